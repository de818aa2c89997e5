// Who funds whom: a page of FUNDS relations matching a filter, with the count, the dollar sums per amount kind
// and the number without a dollar figure over ALL matching fundings (not just the page), for the root field `fundings`.
// FUNDS is the one type of FUNDING_TYPES (src/funding/money-relations.ts).
// - Slot `anchor` (src/funding/funding.service.ts): "recipient" or "funder" when the filter names one, else
//   none; the first MATCH then binds that actor's id, so Neo4j starts from the actor's index entry and reads its
//   fundings only, not every funding of the graph.
// - $funder, $recipient: actor ids; null matches any. $fundingRound: a round id (the investors' parts of it); null: any.
// - $minAmountUsd: keeps fundings with amountUsd >= it; a funding without a dollar figure never passes it.
// - $from, $to: days, YYYY-MM-DD; keep fundings whose date (validFrom) may fall in [from, to]: a partial date
//   counts from its earliest to its latest day, as for asOf ("2023" passes from: "2023-06-01"). Undated fundings
//   never pass a date bound.
// - $instruments, $amountKinds, $confidences: stored values ("equity", "paid", "reported"); null keeps all.
// - $asOf: keeps fundings valid on that day (made by then and not ended); null keeps all.
// - $includeRetracted: true keeps retracted fundings too; false leaves them out.
// - $knownAt: an ISO date-time: what the graph said then (recorded by then, not retracted by then); null: now.
// Order: newest first, undated last, then id: a fixed order, so offsets page reliably. Only the page is
// projected, each funding with its ends' properties (fromActor, toActor), so `from` and `to` cost no query.
// Parameters: {funder: "microsoft", recipient: "openai", fundingRound: null, minAmountUsd: 1000000000.0,
//   from: "2019-01-01", to: "2023-12-31", instruments: ["equity"], amountKinds: null, confidences: null, asOf: null,
//   includeRetracted: false, knownAt: null, offset: 0, limit: 21}
MATCH (funder:Actor{{idKey funder anchor}})-[r:FUNDS]->(recipient:Actor{{idKey recipient anchor}})
WHERE ($funder IS NULL OR funder.id = $funder)
  AND ($recipient IS NULL OR recipient.id = $recipient)
  AND ($fundingRound IS NULL OR r.fundingRound = $fundingRound)
  AND ($minAmountUsd IS NULL OR r.amountUsd >= $minAmountUsd)
  AND ($from IS NULL OR {{mayFallOnOrAfter r.validFrom $from}})
  AND ($to IS NULL OR {{mayFallOnOrBefore r.validFrom $to}})
  AND ($instruments IS NULL OR r.instrument IN $instruments)
  AND ($amountKinds IS NULL OR r.amountKind IN $amountKinds)
  AND ($confidences IS NULL OR r.confidence IN $confidences)
  AND {{validOn r}}
  AND {{asRecorded r}}
WITH r ORDER BY {{newestFirst r}}
WITH count(r) AS total,
     count(CASE WHEN r.amountUsd IS NULL THEN 1 END) AS undisclosed,
     collect(r) AS sorted
// The dollar sum per amount kind (paid, committed, up_to...): the service adds up only the kinds the caller counts.
CALL (sorted) {
  UNWIND sorted AS r
  WITH r.amountKind AS amountKind, sum(coalesce(r.amountUsd, 0.0)) AS totalUsd, count(r) AS fundingCount,
       count(CASE WHEN r.amountUsd IS NULL THEN 1 END) AS undisclosedCount
  RETURN collect({amountKind: amountKind, totalUsd: totalUsd, fundingCount: fundingCount, undisclosedCount: undisclosedCount}) AS byAmountKind
}
CALL (sorted) {
  UNWIND sorted[$offset..$offset + $limit] AS r
  WITH r, startNode(r) AS x, endNode(r) AS y
  RETURN collect({{relationProjection r x y withActors}}) AS fundings
}
RETURN total, undisclosed, byAmountKind, fundings
