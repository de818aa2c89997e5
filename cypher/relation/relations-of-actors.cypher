// A page of the relations of each of many actors, for the per-request loader of Actor.relations, funders,
// investees, board and members: one query for every actor of a list.
// - $types: relation types to keep, from the fixed RelationType list; null keeps all.
// - $direction: "OUTGOING" (the actor is the source), "INCOMING" or "BOTH".
// - $asOf: keeps relations valid on that day; null keeps all. A start counts from its earliest day and an end
//   until its latest: partial dates are strings, a prefix sorts before its extensions ("2023-11" <= "2023-11-20"),
//   and "~" sorts after every digit, so `$asOf <= validTo + '~'` holds on every day of a year or month.
// - $includeRetracted: true keeps retracted relations too; false (the default) leaves them out.
// - $knownAt: an ISO date-time: what the graph said then: keeps relations recorded by then and not retracted by
//   then (a retraction after knownAt did not exist yet, so includeRetracted does not matter for it); null: now.
// Order: by type, then newest first, undated last, then id: a fixed order, so offsets page reliably.
// Only the page's relations are projected, each with its ends' properties (fromActor, toActor), so a response
// that shows who is at each end needs no further query; sorting carries bare relationships.
// Parameters: {ids: ["openai"], types: ["BOARD_MEMBER_OF"], direction: "INCOMING", asOf: "2023-11-20",
//   includeRetracted: false, knownAt: null, offset: 0, limit: 21}
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL (a) {
  MATCH (a)-[r]-(:Actor)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = a))
    AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR $asOf <= r.validTo + '~')))
    AND ($knownAt IS NULL OR (r.recordedAt <= datetime($knownAt) AND (r.retractedAt IS NULL OR r.retractedAt > datetime($knownAt) OR $includeRetracted)))
    AND ($includeRetracted OR r.retractedAt IS NULL OR ($knownAt IS NOT NULL AND r.retractedAt > datetime($knownAt)))
  WITH r ORDER BY type(r), coalesce(r.validFrom, '') DESC, r.id
  WITH collect(r) AS sorted
  RETURN size(sorted) AS total,
         [r IN sorted[$offset..$offset + $limit] | r {.id, .validFrom, .validTo, .amount, .currency, .amountUsd, .round, .instrument, .stake, .role,
            .confidence, .recordedAt, .retractedAt, .retractedBy, .retractionReason, type: type(r), fromId: startNode(r).id, toId: endNode(r).id,
            fromActor: properties(startNode(r)), toActor: properties(endNode(r))}] AS relations
}
RETURN id, total, relations
