// Loads the rows of relations.csv of one type as relationships between actors, with the properties
// upsert-relations.cypher writes except the digest: camelCase names, the numbers as floats (the seeder sends
// JavaScript numbers, which Neo4j stores as floats), recordedAt on creation. The slot `type` is the type:
// bench/import/load-csv-import.ts runs one text per type of schema/model.json (src/neo4j/cypher-file.ts
// templates), and passes the same type as $type to pick that type's rows.
// A row whose `from` or `to` is not an actor writes nothing (the MATCH finds no row); the seeder rejects it.
// Parameters: {url: "file:///relations.csv", type: "FUNDS", dataset: "seeds", batchSize: 10000}
LOAD CSV WITH HEADERS FROM $url AS row
WITH row WHERE row.type = $type
CALL (row) {
  MATCH (a:Actor {id: row.from})
  MATCH (b:Actor {id: row.to})
  MERGE (a)-[r:{{type}} {id: row.id}]->(b)
  ON CREATE SET r.recordedAt = datetime()
  SET r.confidence = row.confidence, r.validFrom = row.valid_from, r.validFromKind = row.valid_from_kind, r.validTo = row.valid_to,
      r.amount = toFloat(row.amount), r.currency = row.currency, r.amountUsd = toFloat(row.amount_usd), r.amountKind = row.amount_kind,
      r.fundingRound = row.funding_round, r.round = row.round, r.instrument = row.instrument, r.stake = toFloat(row.stake),
      r.role = row.role, r.position = row.position, r.sharedPosition = row.shared_position, r.note = row.note, r.dataset = $dataset
} IN TRANSACTIONS OF $batchSize ROWS
RETURN count(row) AS rows
