// Loads sources.csv into (:Source) nodes, the properties upsert-sources.cypher writes (see src/seed/seed-plan.ts)
// except the digest. An empty cell reads as null, and setting null leaves the property out, as the seeder does.
// Parameters: {url: "file:///sources.csv", dataset: "seeds", batchSize: 10000}
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MERGE (s:Source {id: row.id})
  SET s.url = row.url, s.via = row.via, s.title = row.title, s.publisher = row.publisher, s.published = row.published,
      s.language = row.language, s.dataset = $dataset
} IN TRANSACTIONS OF $batchSize ROWS
RETURN count(row) AS rows
