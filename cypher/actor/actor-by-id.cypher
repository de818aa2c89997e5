// One actor by its slug id.
// Parameters: {id: "openai"}
MATCH (a:Actor {id: $id})
RETURN a {
  .id, .name, .kind, .country, .description,
  aliases: coalesce(a.aliases, []),
  regime: CASE WHEN a.regime IS NULL THEN null
          ELSE {class: a.regime, index: a.regimeIndex, year: a.regimeYear, score: a.regimeScore} END
} AS actor
