// Creates or updates relations of one type. The slot `type` is the type: the seeder runs one text per type of
// schema/model.json (a type cannot be a parameter before Neo4j 5.26, and only the model's fixed list is ever
// filled in; see src/neo4j/cypher-file.ts).
// - The relation is found by its id through the type's id index, never by MERGE on the pattern: MERGE between
//   two actors reads the relations of one of them, and between hubs (a sovereign fund and a lab with thousands
//   of fundings) that made seeding slow down as the graph grew.
// - A relation whose endpoints changed is deleted and created between its new endpoints.
// Parameters: {dataset, rows: [{id, from, to, digest, props: {confidence, validFrom, validTo, amount, currency,
//   amountUsd, amountKind, fundingRound, round, instrument, stake, role, position, sharedPosition, validFromKind, note}}]}
UNWIND $rows AS row
MATCH (a:Actor {id: row.from})
MATCH (b:Actor {id: row.to})
OPTIONAL MATCH (x)-[old:{{type}} {id: row.id}]->(y)
WITH row, a, b, old, old IS NOT NULL AND x = a AND y = b AS inPlace
CALL (old, inPlace) {
  WITH old, inPlace WHERE old IS NOT NULL AND NOT inPlace
  DELETE old
}
CALL (row, old, inPlace) {
  WITH row, old, inPlace WHERE inPlace
  SET old += row.props, old.digest = row.digest, old.dataset = $dataset
}
CALL (row, a, b, inPlace) {
  WITH row, a, b, inPlace WHERE NOT inPlace
  CREATE (a)-[r:{{type}} {id: row.id}]->(b)
  SET r.recordedAt = datetime(), r += row.props, r.digest = row.digest, r.dataset = $dataset
}
