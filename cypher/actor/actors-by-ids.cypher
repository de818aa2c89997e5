// Actors by their slug ids, for the per-request batch loader: one query however many actors a response names.
// Ids with no actor return no row.
// Parameters: {ids: ["openai", "microsoft"]}
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a {
  .id, .name, .kind, .country, .description,
  aliases: coalesce(a.aliases, []),
  regime: CASE WHEN a.regime IS NULL THEN null
          ELSE {class: a.regime, index: a.regimeIndex, year: a.regimeYear, score: a.regimeScore} END
} AS actor
