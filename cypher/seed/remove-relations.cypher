// Deletes relations of one type that a dataset no longer holds. The slot `type` is filled as in upsert-relations.
// Parameters: {ids: ["old-relation-id"]}
UNWIND $ids AS id
MATCH ()-[r:{{type}} {id: id}]->()
DELETE r
