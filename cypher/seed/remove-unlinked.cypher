// Deletes actors or sources (the slot `label`) that a dataset no longer holds, unless something else still links to
// them (a relation or citation of another dataset); those stay.
// Parameters: {ids: ["old-id"]}
UNWIND $ids AS id
MATCH (n:{{label}} {id: id})
WHERE NOT (n)--()
DELETE n
