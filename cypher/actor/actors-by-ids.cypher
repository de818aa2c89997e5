// Actors by their slug ids, for the per-request batch loader: one query however many actors a response names.
// Ids with no actor return no row. The id of an actor merged into another (a MergedActor) answers the kept actor;
// `id` is the id asked for.
// Parameters: {ids: ["openai", "microsoft"]}
UNWIND $ids AS id
OPTIONAL MATCH (merged:MergedActor {id: id})
MATCH (a:Actor {id: coalesce(merged.mergedInto, id)})
RETURN id, a {
  .id, .name, .kind, .country, .description,
  aliases: coalesce(a.aliases, []),
  regime: CASE WHEN a.regime IS NULL THEN null
          ELSE {class: a.regime, index: a.regimeIndex, year: a.regimeYear, score: a.regimeScore} END
} AS actor
