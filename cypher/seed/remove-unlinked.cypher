// Deletes actors or sources (NODE_LABEL) that a dataset no longer holds, unless something else still links to
// them (a relation or citation of another dataset); those stay.
// Parameters: {ids: ["old-id"]}
UNWIND $ids AS id
MATCH (n:NODE_LABEL {id: id})
WHERE NOT (n)--()
DELETE n
