// A page of the relations of each of many actors, for the per-request loader of Actor.relations, funders,
// investees, board and members: one query for every actor of a list.
// - Slots (src/relation/relation.service.ts): `direction` (OUTGOING, INCOMING, BOTH) and `type` (a relation
//   type of the model's list when the filter names exactly one, else none) write the MATCH's pattern, so Neo4j
//   reads only that group of each actor's relationships; the WHERE below then holds trivially for them.
// - $types: relation types to keep, from the fixed RelationType list; null keeps all.
// - $direction: "OUTGOING" (the actor is the source), "INCOMING" or "BOTH", as the `direction` slot.
// - $asOf: keeps relations valid on that day ({{validOn}}: a start counts from its earliest day and an end until
//   its latest); null keeps all.
// - $includeRetracted: true keeps retracted relations too; false (the default) leaves them out.
// - $knownAt: an ISO date-time: what the graph said then ({{asRecorded}}): keeps relations recorded by then and
//   not retracted by then (a retraction after knownAt did not exist yet, so includeRetracted does not matter for
//   it); null: now.
// Order: by type, then newest first, undated last, then id: a fixed order, so offsets page reliably.
// Only the page's relations are projected, each with the properties of its other end (fromActor or toActor;
// the actor's own come once per actor, as `actor`), so a response that shows who is at each end needs no
// further query; sorting carries bare relationships.
// Parameters: {ids: ["openai"], types: ["BOARD_MEMBER_OF"], direction: "INCOMING", asOf: "2023-11-20",
//   includeRetracted: false, knownAt: null, offset: 0, limit: 21}
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL (a) {
  MATCH (a){{relationship r direction type}}(:Actor)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = a))
    AND {{validOn r}}
    AND {{asRecorded r}}
  WITH r ORDER BY {{newestFirst r byType}}
  WITH collect(r) AS sorted
  CALL (a, sorted) {
    UNWIND sorted[$offset..$offset + $limit] AS r
    WITH r, startNode(r) AS x, endNode(r) AS y
    RETURN collect({{relationProjection r x y withActorsExcept a}}) AS relations
  }
  RETURN size(sorted) AS total, relations
}
RETURN id, {{actorProjection a}} AS actor, total, relations
