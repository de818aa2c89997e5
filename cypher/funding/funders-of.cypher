// Who put money into an actor, directly or through other actors: every actor with a chain of money relations
// (FUNDS, OWNS: an owner has put money in) of at most $depth hops ending at the actor, for `funders`.
// - $of: the actor the money reaches.
// - $types: the money relation types to walk, a subset of ["FUNDS", "OWNS"] from the fixed RelationType list.
// - $depth: 1 to 3 hops. The pattern's bound is the API's maximum (3, LIMITS.maxDepth: Cypher takes no parameter
//   there) and $depth cuts the chains that are longer.
// - $asOf: each hop must be valid on that day; null keeps all.
// A chain visits no actor twice. Per funder: the shortest chain (ties broken by the relation ids, so the choice is
// fixed), its length as depth, and how many chains of up to $depth hops lead from it (several rounds between the
// same two actors are several chains).
// Each chain runs in the money's direction, from the funder to $of, so every hop is FORWARD.
// Order: nearest first, then id. Paged by $offset and $limit; total counts every funder.
// Retracted relations (retractedAt set, see retractRelation) are left out.
// Parameters: {of: "openai", types: ["FUNDS", "OWNS"], depth: 2, asOf: null, offset: 0, limit: 21}
MATCH (target:Actor {id: $of})
MATCH p = (funder:Actor) ((:Actor)-[r]->(:Actor)
            WHERE type(r) IN $types
              AND {{validOn r}} AND {{notRetracted r}}
          ){1,3} (target)
WHERE length(p) <= $depth
  AND all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
WITH funder, p ORDER BY length(p), [x IN relationships(p) | x.id]
WITH funder, collect(p) AS chains
WITH funder, chains[0] AS best, size(chains) AS chainCount
ORDER BY length(best), funder.id
WITH collect({
       actorId: funder.id,
       depth: length(best),
       chainCount: chainCount,
       chain: [x IN relationships(best) | {direction: 'FORWARD', relation: {{relationProjection x}}}]
     }) AS links
RETURN size(links) AS total, links[$offset..$offset + $limit] AS links
