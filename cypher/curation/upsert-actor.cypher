// Creates or updates one actor from an edit. A new actor belongs to the "curation" dataset, so seeding never
// removes it; an edited seeded actor keeps its dataset. The search text and keys are recomputed by the caller
// from the name and the stored aliases.
// Parameters: {id, by, props: {kind, name, country, description, searchText, searchKeys}}
MERGE (a:Actor {id: $id})
ON CREATE SET a.dataset = 'curation', a.aliases = [], a.aliasLanguages = [], a.recordedAt = datetime.transaction()
SET a += $props, a.updatedAt = datetime.transaction(), a.updatedBy = $by
RETURN a {.id, .kind, .name, .country, .description, aliases: coalesce(a.aliases, []), .identifierSchemes, .identifierValues, .dataset} AS actor
