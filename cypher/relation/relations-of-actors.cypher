// A page of the relations of each of many actors, for the per-request loader of Actor.relations, funders,
// investees, board and members: one query for every actor of a list.
// - $types: relation types to keep, from the fixed RelationType list; null keeps all. The service runs this text
//   with its MATCH line naming the type and direction when there is one type (src/relation/relation.service.ts),
//   so Neo4j reads only that group of each actor's relationships; the WHERE below then holds trivially.
// - $direction: "OUTGOING" (the actor is the source), "INCOMING" or "BOTH".
// - $asOf: keeps relations valid on that day; null keeps all. A start counts from its earliest day and an end
//   until its latest: partial dates are strings, a prefix sorts before its extensions ("2023-11" <= "2023-11-20"),
//   and "~" sorts after every digit, so `$asOf <= validTo + '~'` holds on every day of a year or month.
// - $includeRetracted: true keeps retracted relations too; false (the default) leaves them out.
// - $knownAt: an ISO date-time: what the graph said then: keeps relations recorded by then and not retracted by
//   then (a retraction after knownAt did not exist yet, so includeRetracted does not matter for it); null: now.
// Order: by type, then newest first, undated last, then id: a fixed order, so offsets page reliably.
// Only the page's relations are projected, each with the properties of its other end (fromActor or toActor;
// the actor's own come once per actor, as `actor`), so a response that shows who is at each end needs no
// further query; sorting carries bare relationships.
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
  CALL (a, sorted) {
    UNWIND sorted[$offset..$offset + $limit] AS r
    WITH r, startNode(r) AS x, endNode(r) AS y
    RETURN collect(r {.id, .validFrom, .validFromKind, .validTo, .amount, .currency, .amountUsd, .amountKind, fundingRoundId: r.fundingRound, .round, .instrument, .stake, .role, .position, .sharedPosition, .note,
             .confidence, recordedAt: toString(r.recordedAt), retractedAt: toString(r.retractedAt), .retractedBy, .retractionReason, type: type(r), fromId: x.id, toId: y.id,
             fromActor: CASE WHEN x <> a THEN x {.id, .name, .kind, .country, .description, .aliases, .identifierSchemes, .identifierValues, .regime, .regimeIndex, .regimeYear, .regimeScore} END,
             toActor: CASE WHEN y <> a THEN y {.id, .name, .kind, .country, .description, .aliases, .identifierSchemes, .identifierValues, .regime, .regimeIndex, .regimeYear, .regimeScore} END}) AS relations
  }
  RETURN size(sorted) AS total, relations
}
RETURN id, a {.id, .name, .kind, .country, .description, .aliases, .identifierSchemes, .identifierValues, .regime, .regimeIndex, .regimeYear, .regimeScore} AS actor, total, relations
