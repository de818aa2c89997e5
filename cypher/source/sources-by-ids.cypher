// Sources by their ids, for the per-request loader behind `source(id)`. Ids with no source return no row.
// Parameters: {ids: ["latimes-2023-01-23-microsoft-10bn-openai"]}
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN {{sourceProjection s}} AS source
