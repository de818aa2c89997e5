// The shortest simple paths between two actors, then the next-shortest, walking relations either way: up to
// $first paths, each with its hops. (cypher/path/connections-directed.cypher walks them only the way they point.)
// - A step walks one relation between two actors that passes the filters: $types (from the fixed RelationType
//   list; null keeps all) and $asOf (valid on that day; null keeps all; partial dates compare as in
//   cypher/relation/relations-of-actors.cypher).
// - Paths are routes through actors. Where two actors have several relations that pass, a step takes one of
//   them: the best sourced (confirmed, then reported, then alleged), then the smallest id. The others are
//   `shadowed` and make no extra paths; were they walked, one route would count once per combination of its
//   parallel relations (Microsoft and OpenAI have a dozen) and crowd out the other routes.
// - Paths are simple: no actor twice.
// - Cypher takes quantifier bounds and SHORTEST's count only as literals. The slot `maxHops` (1 to
//   LIMITS.maxHops, src/path/path.service.ts) is the bound asked, so a 2-hop question searches 2 hops deep.
//   SHORTEST 100 is the largest `first`; $first cuts the sorted list.
// - Speed: the filters and the shadow test are about one relation each, so Neo4j applies them while it searches;
//   only the no-actor-twice test waits for whole paths. A shadow test run per path instead (NOT EXISTS on the
//   other relations of the step) made Neo4j enumerate the paths through parallel relations: seconds between hubs
//   of the seeds. Finding the shadowed relations reads every relation once: a few milliseconds for the seeds,
//   about 0.3 s per 100,000 relations.
// Order: by length, then by the ids of the actors along the path, which name one path: a fixed order.
// Retracted relations (retractedAt set, see retractRelation) are left out.
// Parameters: {from: "saudi-arabia", to: "openai", types: ["CONTROLS", "OWNS", "FUNDS"], asOf: "2024-01-01", first: 5}
// The relations that share their two actors with a better-sourced one (or an equally sourced one of smaller id).
// Comparing element ids meets each relation once, from one of its ends.
CALL () {
  MATCH (x:Actor)-[r]-(y:Actor)
  WHERE elementId(x) < elementId(y)
    AND ($types IS NULL OR type(r) IN $types)
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
  ((x:Actor)-[r]-(y:Actor)
    WHERE ($types IS NULL OR type(r) IN $types)
      AND {{validOn r}} AND {{notRetracted r}}
      AND NOT r IN shadowed
  ){1,{{maxHops}}}
  (b:Actor {id: $to})
  WHERE all(i IN range(0, size(y) - 1) WHERE NOT y[i] IN x[0..i + 1])
)
WITH p, x, r, [n IN nodes(p) | n.id] AS route
ORDER BY length(p), route
LIMIT toInteger($first)
CALL (x, r) {
  UNWIND range(0, size(r) - 1) AS i
  WITH i, x[i] AS start, r[i] AS rel
  ORDER BY i
  RETURN collect({
    direction: CASE WHEN startNode(rel) = start THEN 'FORWARD' ELSE 'BACKWARD' END,
    relation: {{relationProjection rel}}
  }) AS hops
}
RETURN length(p) AS length, route, [n IN nodes(p) | {{actorProjection n}}] AS actors, hops
