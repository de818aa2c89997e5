// Creates or updates actors from validated seed rows. Idempotent: the same rows leave the graph unchanged.
// Parameters: {actors: [{id, kind, name, country, description, aliases, aliasLanguages, searchText}]}
UNWIND $actors AS row
MERGE (a:Actor {id: row.id})
SET a.kind = row.kind,
    a.name = row.name,
    a.country = row.country,
    a.description = row.description,
    a.aliases = row.aliases,
    a.aliasLanguages = row.aliasLanguages,
    a.searchText = row.searchText
