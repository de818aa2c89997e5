// The stored state of one relation, whatever its type, in the RelationRow shape plus its retraction and
// dataset: an edit's "before". No row when no relation has the id.
// Parameters: {id: "microsoft-funds-openai-2019"}
MATCH ()-[r {id: $id}]->()
WITH r, {{relationProjection r}} AS relation
LIMIT 1
RETURN relation {.*, dataset: r.dataset} AS relation
