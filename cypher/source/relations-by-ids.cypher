// Relations by their ids, for the per-request loader behind a source's facts, in the RelationRow projection
// (see cypher/relation/relations-of-actors.cypher). Ids with no relation return no row.
// Relationship ids are indexed per type, and a type cannot be a parameter, so this reads every relation
// between actors once per batch: one scan for all the ids a response needs.
// Parameters: {ids: ["microsoft-funds-openai-2023"]}
MATCH (:Actor)-[r]->(:Actor)
WHERE r.id IN $ids
RETURN {{relationProjection r}} AS relation
