// Creates or updates one relation from an edit. The slot `type` is the relation type, one text per type of
// schema/model.json's fixed list (src/curation/curation.service.ts), never input.
// A relation whose type or ends changed is recreated, keeping when it was first recorded, its dataset and its
// retraction. Returns it in the RelationRow shape plus its dataset.
// Parameters: {id, from, to, type, by, props: {confidence, validFrom, validTo, amount, currency, amountUsd,
//   amountKind, fundingRound, round, instrument, stake, role, position, sharedPosition, validFromKind, note}}
MATCH (a:Actor {id: $from})
MATCH (b:Actor {id: $to})
OPTIONAL MATCH (x)-[old {id: $id}]->(y) WHERE x <> a OR y <> b OR type(old) <> $type
WITH a, b, old, properties(old) AS kept
DELETE old
WITH a, b, kept
MERGE (a)-[r:{{type}} {id: $id}]->(b)
ON CREATE SET r.recordedAt = coalesce(kept.recordedAt, datetime.transaction()), r.dataset = coalesce(kept.dataset, 'curation'),
              r.retractedAt = kept.retractedAt, r.retractedBy = kept.retractedBy, r.retractionReason = kept.retractionReason
SET r += $props, r.updatedAt = datetime.transaction(), r.updatedBy = $by
WITH r, {{relationProjection r}} AS relation
RETURN relation {.*, dataset: r.dataset} AS relation
