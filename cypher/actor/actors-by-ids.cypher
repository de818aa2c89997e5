// Actors by their slug ids, for the per-request batch loader: one query however many actors a response names.
// Ids with no actor return no row. The id of an actor merged into another (a MergedActor) answers the kept actor;
// `id` is the id asked for; `actor` holds the properties src/actor/actor-properties.ts reads (the
// same mapping serves relations that carry their ends, see cypher/relation/relations-of-actors.cypher).
// Parameters: {ids: ["openai", "microsoft"]}
UNWIND $ids AS id
OPTIONAL MATCH (merged:MergedActor {id: id})
MATCH (a:Actor {id: coalesce(merged.mergedInto, id)})
RETURN id, {{actorProjection a}} AS actor
