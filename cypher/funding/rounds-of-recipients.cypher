// The funding rounds each of many actors raised, newest first (undated last, then by id), for Actor.fundingRounds:
// one query for every actor of a list. Rounds are few per actor (a lab raises a handful a year), so all are returned.
// Parameters: {ids: ["anthropic"]}
UNWIND $ids AS id
MATCH (recipient:Actor {id: id})
CALL (recipient) {
  OPTIONAL MATCH (r:FundingRound)-[:RAISED_BY]->(recipient)
  OPTIONAL MATCH (r)-[:LED_BY]->(lead:Actor)
  WITH r, lead ORDER BY coalesce(r.date, '') DESC, r.id
  RETURN [x IN collect(CASE WHEN r IS NULL THEN null ELSE r {.id, .name, .date, .dateKind, .amount, .currency, .amountUsd, .amountKind,
           .valuationUsd, .confidence, recipientId: recipient.id, leadId: lead.id} END) WHERE x IS NOT NULL] AS rounds
}
RETURN id, rounds
