// Retracts one relation, softly: it stays in the graph, marked with who retracted it, when and why, and reads
// leave it out unless asked for retracted relations (includeRetracted) or for a day before the retraction (knownAt).
// Parameters: {id, by, reason}
MATCH ()-[r {id: $id}]->()
WHERE r.retractedAt IS NULL
SET r.retractedAt = datetime.transaction(), r.retractedBy = $by, r.retractionReason = $reason
RETURN r {.id, .validFrom, .validFromKind, .validTo, .amount, .currency, .amountUsd, .amountKind, fundingRoundId: r.fundingRound, .round, .instrument, .stake, .role, .position, .sharedPosition, .note,
          .confidence, recordedAt: toString(r.recordedAt), retractedAt: toString(r.retractedAt), .retractedBy, .retractionReason, .dataset,
          type: type(r), fromId: startNode(r).id, toId: endNode(r).id} AS relation
