// Creates or updates relations of one type. REL_TYPE stands for the type: the seeder runs this text once per
// type of schema/model.json with REL_TYPE replaced by it (a type cannot be a parameter before Neo4j 5.26, and
// only the model's fixed list is ever substituted). In Neo4j Browser, replace REL_TYPE by hand, e.g. FUNDS.
// Parameters: {dataset, rows: [{id, from, to, digest, props: {confidence, validFrom, validTo, amount, currency,
//   amountUsd, round, instrument, stake, role}}]}
UNWIND $rows AS row
MATCH (a:Actor {id: row.from})
MATCH (b:Actor {id: row.to})
// A relation whose endpoints changed is recreated between its new endpoints.
OPTIONAL MATCH (x)-[moved:REL_TYPE {id: row.id}]->(y) WHERE x <> a OR y <> b
DELETE moved
WITH a, b, row
MERGE (a)-[r:REL_TYPE {id: row.id}]->(b)
ON CREATE SET r.recordedAt = datetime()
SET r += row.props, r.digest = row.digest, r.dataset = $dataset
