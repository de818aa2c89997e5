// Loads actors.csv into (:Actor) nodes, the properties upsert-actors.cypher writes for a seed without
// aliases.csv, identifiers.csv or regimes.csv: kind, name, country, description, empty alias and identifier lists, and searchText (the name
// alone, which is what the seeder computes when an actor has no aliases). Not written: digest, searchKeys
// (the seeder's accent-free lower-case words of the name, src/actor/lucene-query.ts `searchKey`).
// Parameters: {url: "file:///actors.csv", dataset: "seeds", batchSize: 10000}
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MERGE (a:Actor {id: row.id})
  SET a.kind = row.kind, a.name = row.name, a.country = row.country, a.description = row.description,
      a.aliases = [], a.aliasLanguages = [], a.identifierSchemes = [], a.identifierValues = [], a.searchText = row.name,
      a.dataset = $dataset
} IN TRANSACTIONS OF $batchSize ROWS
RETURN count(row) AS rows
