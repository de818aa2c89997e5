// Where an actor's money went, directly or through other actors: every actor at the end of a chain of money
// relations (FUNDS, OWNS: an owner has put money in) of at most $depth hops starting at the actor, for `investees`.
// - $of: the actor the money comes from.
// - $types: the money relation types to walk, a subset of ["FUNDS", "OWNS"] from the fixed RelationType list.
// - $depth: 1 to 3 hops. The pattern's bound is the API's maximum (3, LIMITS.maxDepth: Cypher takes no parameter
//   there) and $depth cuts the chains that are longer.
// - $asOf: each hop must be valid on that day; null keeps all.
// A chain visits no actor twice. Per investee: the shortest chain (ties broken by the relation ids, so the choice
// is fixed), its length as depth, and how many chains of up to $depth hops lead to it (several rounds between the
// same two actors are several chains).
// Each chain runs in the money's direction, from $of to the investee, so every hop is FORWARD.
// Order: nearest first, then id. Paged by $offset and $limit; total counts every investee.
// Retracted relations (retractedAt set, see retractRelation) are left out.
// Parameters: {of: "pif", types: ["FUNDS", "OWNS"], depth: 2, asOf: null, offset: 0, limit: 21}
MATCH (source:Actor {id: $of})
MATCH p = (source) ((:Actor)-[r]->(:Actor)
            WHERE type(r) IN $types
              AND {{validOn r}} AND {{notRetracted r}}
          ){1,3} (investee:Actor)
WHERE length(p) <= $depth
  AND all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
WITH investee, p ORDER BY length(p), [x IN relationships(p) | x.id]
WITH investee, collect(p) AS chains
WITH investee, chains[0] AS best, size(chains) AS chainCount
ORDER BY length(best), investee.id
WITH collect({
       actorId: investee.id,
       depth: length(best),
       chainCount: chainCount,
       chain: [x IN relationships(best) | {direction: 'FORWARD', relation: {{relationProjection x}}}]
     }) AS links
RETURN size(links) AS total, links[$offset..$offset + $limit] AS links
