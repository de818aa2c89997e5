// Retracts one relation, softly: it stays in the graph, marked with who retracted it, when and why, and reads
// leave it out unless asked for retracted relations (includeRetracted) or for a day before the retraction (knownAt).
// Parameters: {id, by, reason}
MATCH ()-[r {id: $id}]->()
WHERE {{notRetracted r}}
SET r.retractedAt = datetime.transaction(), r.retractedBy = $by, r.retractionReason = $reason
WITH r, {{relationProjection r}} AS relation
RETURN relation {.*, dataset: r.dataset} AS relation
