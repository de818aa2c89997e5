// Loads each row of relations.csv as the relation's citation: (:Citation)-[:CITES]->(:Source), with the id
// src/seed/seed-plan.ts gives it ("relation:<relation id>@<source id>") and the properties upsert-citations.cypher
// writes except the digest. A row whose source is not in sources.csv writes nothing; the seeder rejects it.
// Parameters: {url: "file:///relations.csv", dataset: "seeds", batchSize: 10000}
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (s:Source {id: row.source})
  MERGE (c:Citation {id: 'relation:' + row.id + '@' + row.source})
  ON CREATE SET c.recordedAt = datetime()
  SET c.fact = row.id, c.factKind = 'relation', c.quote = row.quote, c.dataset = $dataset
  MERGE (c)-[:CITES]->(s)
} IN TRANSACTIONS OF $batchSize ROWS
RETURN count(row) AS rows
