// Creates or updates funding rounds, each tied to the actor that raised it and to its lead investor, if any.
// Investors' parts are FUNDS relations whose fundingRound property names the round.
// Parameters: {dataset, rows: [{id, digest, recipient, lead, props: {name, date, dateKind, amount, currency,
//   amountUsd, amountKind, valuationUsd, confidence}}]}
UNWIND $rows AS row
MERGE (r:FundingRound {id: row.id})
ON CREATE SET r.recordedAt = datetime()
SET r += row.props, r.digest = row.digest, r.dataset = $dataset
WITH r, row
OPTIONAL MATCH (r)-[old:RAISED_BY|LED_BY]->()
DELETE old
WITH DISTINCT r, row
MATCH (recipient:Actor {id: row.recipient})
MERGE (r)-[:RAISED_BY]->(recipient)
WITH r, row
CALL (r, row) {
  MATCH (lead:Actor {id: row.lead})
  MERGE (r)-[:LED_BY]->(lead)
}
