// The stored state of one actor, for an edit's "before" and for its checks; also tells whether the id was merged
// away (then `mergedInto` names the actor that kept it). No row when the id is unknown.
// Parameters: {id: "openai"}
OPTIONAL MATCH (a:Actor {id: $id})
OPTIONAL MATCH (m:MergedActor {id: $id})
WITH a, m WHERE a IS NOT NULL OR m IS NOT NULL
RETURN CASE WHEN a IS NULL THEN null
       ELSE a {.id, .kind, .name, .country, .description, aliases: coalesce(a.aliases, []), .aliasLanguages, .identifierSchemes, .identifierValues, .dataset} END AS actor,
       m.mergedInto AS mergedInto
