// Loads the rows of relations.csv of one type as relationships between actors, with the properties
// upsert-relations.cypher writes except the digest: camelCase names, the numbers as floats (the seeder sends
// JavaScript numbers, which Neo4j stores as floats), recordedAt on creation. REL_TYPE stands for the type:
// bench/import/load-csv-import.ts runs this text once per type of schema/model.json with REL_TYPE replaced by
// it, and passes the same type as $type to pick that type's rows. In Neo4j Browser, replace REL_TYPE by hand.
// A row whose `from` or `to` is not an actor writes nothing (the MATCH finds no row); the seeder rejects it.
// Parameters: {url: "file:///relations.csv", type: "FUNDS", dataset: "seeds", batchSize: 10000}
LOAD CSV WITH HEADERS FROM $url AS row
WITH row WHERE row.type = $type
CALL (row) {
  MATCH (a:Actor {id: row.from})
  MATCH (b:Actor {id: row.to})
  MERGE (a)-[r:REL_TYPE {id: row.id}]->(b)
  ON CREATE SET r.recordedAt = datetime()
  SET r.confidence = row.confidence, r.validFrom = row.valid_from, r.validFromKind = row.valid_from_kind, r.validTo = row.valid_to,
      r.amount = toFloat(row.amount), r.currency = row.currency, r.amountUsd = toFloat(row.amount_usd), r.amountKind = row.amount_kind,
      r.fundingRound = row.funding_round, r.round = row.round, r.instrument = row.instrument, r.stake = toFloat(row.stake),
      r.role = row.role, r.position = row.position, r.sharedPosition = row.shared_position, r.note = row.note, r.dataset = $dataset
} IN TRANSACTIONS OF $batchSize ROWS
RETURN count(row) AS rows
