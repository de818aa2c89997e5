// One actor by its slug id.
// Parameters: {id: "openai"}
MATCH (a:Actor {id: $id})
RETURN a {.id, .name, .kind, .country, aliases: coalesce(a.aliases, [])} AS actor
