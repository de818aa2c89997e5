// Creates or updates one relation from an edit. REL_TYPE stands for the type: the code runs this text with
// REL_TYPE replaced by one type of schema/model.json's fixed list (see cypherPerName), never by input.
// A relation whose type or ends changed is recreated, keeping when it was first recorded, its dataset and its
// retraction. In Neo4j Browser, replace REL_TYPE by hand, e.g. FUNDS.
// Parameters: {id, from, to, type, by, props: {confidence, validFrom, validTo, amount, currency, amountUsd,
//   amountKind, fundingRound, round, instrument, stake, role, position, sharedPosition, validFromKind, note}}
MATCH (a:Actor {id: $from})
MATCH (b:Actor {id: $to})
OPTIONAL MATCH (x)-[old {id: $id}]->(y) WHERE x <> a OR y <> b OR type(old) <> $type
WITH a, b, old, properties(old) AS kept
DELETE old
WITH a, b, kept
MERGE (a)-[r:REL_TYPE {id: $id}]->(b)
ON CREATE SET r.recordedAt = coalesce(kept.recordedAt, datetime.transaction()), r.dataset = coalesce(kept.dataset, 'curation'),
              r.retractedAt = kept.retractedAt, r.retractedBy = kept.retractedBy, r.retractionReason = kept.retractionReason
SET r += $props, r.updatedAt = datetime.transaction(), r.updatedBy = $by
RETURN r {.id, .validFrom, .validFromKind, .validTo, .amount, .currency, .amountUsd, .amountKind, fundingRoundId: r.fundingRound, .round, .instrument, .stake, .role, .position, .sharedPosition, .note,
          .confidence, recordedAt: toString(r.recordedAt), retractedAt: toString(r.retractedAt), .retractedBy, .retractionReason, .dataset,
          type: type(r), fromId: startNode(r).id, toId: endNode(r).id} AS relation
