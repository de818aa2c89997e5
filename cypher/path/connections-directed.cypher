// The shortest simple paths from one actor to another walking relations only the way they point (from a funder
// to what it funds, from a state to the fund it controls), then the next-shortest: up to $first paths, each with
// its hops. Every hop is FORWARD. The same question as cypher/path/connections.cypher otherwise, with the same
// rules: filters $types and $asOf; one relation per step where several run the same way between two actors (the
// best sourced, then the smallest id; the others are shadowed); no actor twice; the slot `maxHops` is the bound
// asked, and SHORTEST 100 the largest `first`, which $first cuts.
// The direction is in the pattern (->), not in a predicate on the step: Neo4j cannot apply `startNode(r) = x`
// while it searches, and an undirected search filtered afterwards took seconds between hubs of the seeds.
// Order: by length, then by the ids of the actors along the path: a fixed order.
// Retracted relations (retractedAt set, see retractRelation) are left out.
// Parameters: {from: "saudi-arabia", to: "openai", types: ["CONTROLS", "OWNS", "FUNDS"], asOf: null, first: 5}
// The relations that run the same way between the same two actors as a better-sourced one (or an equally
// sourced one of smaller id).
CALL () {
  MATCH (x:Actor)-[r]->(y:Actor)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND {{validOn r}} AND {{notRetracted r}}
  WITH x, y, collect(r) AS parallel
  WHERE size(parallel) > 1
  WITH parallel, reduce(best = head(parallel), r IN tail(parallel) |
    CASE WHEN [CASE r.confidence WHEN 'confirmed' THEN 0 WHEN 'reported' THEN 1 ELSE 2 END, r.id]
            < [CASE best.confidence WHEN 'confirmed' THEN 0 WHEN 'reported' THEN 1 ELSE 2 END, best.id]
         THEN r ELSE best END) AS kept
  UNWIND parallel AS other
  WITH other, kept
  WHERE other <> kept
  RETURN collect(other) AS shadowed
}
MATCH p = SHORTEST 100 (
  (a:Actor {id: $from})
  ((x:Actor)-[r]->(y:Actor)
    WHERE ($types IS NULL OR type(r) IN $types)
      AND {{validOn r}} AND {{notRetracted r}}
      AND NOT r IN shadowed
  ){1,{{maxHops}}}
  (b:Actor {id: $to})
  WHERE all(i IN range(0, size(y) - 1) WHERE NOT y[i] IN x[0..i + 1])
)
WITH p, r, [n IN nodes(p) | n.id] AS route
ORDER BY length(p), route
LIMIT toInteger($first)
CALL (r) {
  UNWIND range(0, size(r) - 1) AS i
  WITH i, r[i] AS rel
  ORDER BY i
  RETURN collect({
    direction: 'FORWARD',
    relation: {{relationProjection rel}}
  }) AS hops
}
RETURN length(p) AS length, route, [n IN nodes(p) | {{actorProjection n}}] AS actors, hops
