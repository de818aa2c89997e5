// Deletes relations of one type that a dataset no longer holds. REL_TYPE is replaced as in upsert-relations.
// Parameters: {ids: ["old-relation-id"]}
UNWIND $ids AS id
MATCH ()-[r:REL_TYPE {id: id}]->()
DELETE r
