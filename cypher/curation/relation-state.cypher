// The stored state of one relation, whatever its type, in the RelationRow shape plus its retraction and
// dataset: an edit's "before". No row when no relation has the id.
// Parameters: {id: "microsoft-funds-openai-2019"}
MATCH ()-[r {id: $id}]->()
RETURN r {.id, .validFrom, .validFromKind, .validTo, .amount, .currency, .amountUsd, .amountKind, fundingRoundId: r.fundingRound, .round, .instrument, .stake, .role, .position, .sharedPosition, .note,
          .confidence, recordedAt: toString(r.recordedAt), retractedAt: toString(r.retractedAt), .retractedBy, .retractionReason, .dataset,
          type: type(r), fromId: startNode(r).id, toId: endNode(r).id} AS relation
LIMIT 1
