// Funding rounds by id, for the per-request loader (Funding.fundingRound, Relation.fundingRound, fundingRound):
// each with the ids of the actor that raised it and of its lead. An unknown id returns no row.
// Parameters: {ids: ["anthropic-2025-03-series-e"]}
UNWIND $ids AS id
MATCH (r:FundingRound {id: id})-[:RAISED_BY]->(recipient:Actor)
OPTIONAL MATCH (r)-[:LED_BY]->(lead:Actor)
RETURN r {.id, .name, .date, .dateKind, .amount, .currency, .amountUsd, .amountKind, .valuationUsd, .confidence,
          recipientId: recipient.id, leadId: lead.id} AS round
