// The relations around an actor, ready to draw: every relation among the actors within $depth steps of the
// centre that passes the filters, one page of them, with how far each end lies from the centre.
// - A step walks one relation either way that passes $types (from the fixed RelationType list; null keeps all)
//   and $asOf (valid on that day; null keeps all; partial dates compare as in
//   cypher/relation/relations-of-actors.cypher). An actor's distance is the fewest such steps from the centre.
// - A relation belongs when both its ends are within reach. Its distance is that of its farther end: the
//   smallest depth at which it shows, so the relations between two neighbours come with those to the centre.
// - {0,3} is the largest depth; Cypher takes quantifier bounds only as literals, so the service runs this text
//   with the bound lowered to the depth asked (src/neighborhood/neighborhood.service.ts). ANY SHORTEST reaches
//   each actor once, by a shortest path: a breadth-first walk, not an enumeration of paths through hubs.
// Order: by distance, then relation id (unique): a fixed order, so offsets page reliably.
// Returns one row: how many actors are within reach (the centre included) and how many relations belong in all;
// the page's relations, each with its ends' distances.
// Parameters: {id: "mgx", types: null, asOf: "2025-01-01", offset: 0, limit: 21}
MATCH (center:Actor {id: $id})
CALL (center) {
  MATCH p = ANY SHORTEST (center)
    ((x:Actor)-[r]-(y:Actor)
      WHERE ($types IS NULL OR type(r) IN $types)
        AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR $asOf <= r.validTo + '~')))
    ){0,3}
    (actor:Actor)
  RETURN actor, length(p) AS distance
}
WITH count(actor) AS totalNodes, collect({actor: actor, distance: distance}) AS reached
CALL (reached) {
  UNWIND reached AS end
  WITH end.actor AS a, end.distance AS distance
  MATCH (a)-[r]-(:Actor)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR $asOf <= r.validTo + '~')))
  // Seen once from each end that is within reach: twice when the relation belongs.
  WITH r, collect({id: a.id, distance: distance}) AS ends
  WHERE size(ends) = 2
  WITH r, ends, CASE WHEN ends[0].distance > ends[1].distance THEN ends[0].distance ELSE ends[1].distance END AS distance
  ORDER BY distance, r.id
  RETURN collect({relation: r, ends: ends}) AS edges
}
CALL (edges) {
  UNWIND range($offset, $offset + $limit - 1) AS i
  WITH i, edges[i] AS edge
  WHERE edge IS NOT NULL
  WITH i, edge.relation AS r, edge.ends AS ends
  ORDER BY i
  RETURN collect({
    ends: ends,
    relation: r {.id, .validFrom, .validTo, .amount, .currency, .amountUsd, .round, .instrument, .stake, .role,
                 .confidence, .recordedAt, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}
  }) AS page
}
RETURN totalNodes, size(edges) AS totalEdges, page
