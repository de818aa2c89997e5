// The fast first try at `connections` (cypher/path/connections.cypher holds the full rules and is the fallback):
// the shortest walks between two actors, collapsed to their routes (the actors along them), the first $first
// routes by length then ids, each with one relation per step: the best sourced (confirmed, then reported, then
// alleged), then the smallest id, among the relations between those two actors that pass the filters.
// - Why: connections.cypher first finds every relation shadowed by a parallel one, which reads every relation of
//   the graph (0.3 s per 100,000). Here parallel relations are left in the search and collapsed afterwards, and
//   the best relation of a step is looked up between its two actors only.
// - The answer is the same as connections.cypher's when it is complete, which the service checks with `walks`
//   and `longest`: SHORTEST 100 found every walk (walks < 100), or the routes returned are all shorter than the
//   longest walk found, so every route of their lengths was met. Otherwise the service runs connections.cypher.
// - Filters ($types, $asOf, retracted), simple paths and the bound (slot `maxHops`) as in connections.cypher;
//   the slot `direction` is BOTH, or OUTGOING for `directed: true`: both patterns then point forward.
// Returns one row per route: walks (how many walks SHORTEST returned, at most 100), longest (the longest walk's
// length), length, route (actor ids), actors (their properties, in walking order: the request needs no second
// statement to name them), hops ({direction, relation} in walking order). No row: no path.
// Parameters: {from: "saudi-arabia", to: "openai", types: ["CONTROLS", "OWNS", "FUNDS"], asOf: null, first: 5}
MATCH p = SHORTEST 100 (
  (a:Actor {id: $from})
  ((x:Actor){{relationship r direction}}(y:Actor)
    WHERE ($types IS NULL OR type(r) IN $types)
      AND {{validOn r}} AND {{notRetracted r}}
  ){1,{{maxHops}}}
  (b:Actor {id: $to})
  WHERE all(i IN range(0, size(y) - 1) WHERE NOT y[i] IN x[0..i + 1])
)
WITH length(p) AS length, [n IN nodes(p) | n.id] AS route
WITH count(*) AS walks, max(length) AS longest, collect(DISTINCT route) AS routes
UNWIND routes AS route
WITH walks, longest, route
ORDER BY size(route), route
LIMIT toInteger($first)
CALL (route) {
  UNWIND range(0, size(route) - 2) AS i
  MATCH (u:Actor {id: route[i]})
  MATCH (v:Actor {id: route[i + 1]})
  CALL (u, v) {
    MATCH (u){{relationship step direction}}(v)
    WHERE ($types IS NULL OR type(step) IN $types)
      AND {{validOn step}} AND {{notRetracted step}}
    RETURN step ORDER BY CASE step.confidence WHEN 'confirmed' THEN 0 WHEN 'reported' THEN 1 ELSE 2 END, step.id
    LIMIT 1
  }
  WITH i, u, v, step ORDER BY i
  RETURN collect({
    direction: CASE WHEN startNode(step) = u THEN 'FORWARD' ELSE 'BACKWARD' END,
    relation: {{relationProjection step}}
  }) AS hops, collect(u) + collect(v)[-1..] AS along
}
RETURN walks, longest, size(route) - 1 AS length, route, [a IN along | {{actorProjection a}}] AS actors, hops
