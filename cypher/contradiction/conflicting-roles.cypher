// Contradiction rule "conflicting-roles" (schema/contradiction-rules.json): a person with a seat at one actor who
// holds a role at its funder, its regulator or its competitor.
// - The seat (position): a relation of $seatTypes (BOARD_MEMBER_OF, LEADS) from a person ($personKind) to an actor.
// - The other role (tie): a relation of $roleTypes (BOARD_MEMBER_OF, LEADS, EMPLOYED_BY) from the same person to
//   another actor that
//   funds or owns the first ($moneyTypes, basis FUNDER), unless it controls the first ($parentTypes): a parent
//   governs its subsidiary through shared seats, which is no conflict; or
//   regulates it ($regulationTypes, or it ISSUED an instrument whose TARGETS link to the first has an effect in
//   $regulatingEffects; basis REGULATOR); or
//   competes with it: both are of $competitorKinds and each has a relation of $makesTypes to a product of one kind
//   (basis COMPETITOR; one pair of products, the first by ids). A competitor pair where both roles are seats is
//   reported once, from the actor with the smaller id.
// - via: the facts that join the two actors: every money or REGULATES relation, every such TARGETS link, or the two
//   MAKES relations.
// - $actor: only findings about this person; null keeps all. $asOf is not used here: the service keeps the findings
//   whose two sides hold on that day (see src/analysis/contradiction/time-span.ts).
// Returns the shared finding row: actorId (the person), counterpartId (the other actor), basis, position and tie as
// {kind, id, starts, ends, confidence}, via. One finding per seat, role and basis. Retracted relations are left
// out. Order: person, position, tie, basis.
// Parameters: {actor: null, personKind: "person", seatTypes: ["BOARD_MEMBER_OF", "LEADS"],
//   roleTypes: ["BOARD_MEMBER_OF", "LEADS", "EMPLOYED_BY"], moneyTypes: ["FUNDS", "OWNS"], parentTypes: ["CONTROLS"],
//   regulationTypes: ["REGULATES"],
//   regulatingEffects: ["restricts", "requires_licence", "bans", "exempts", "authorises", "obliges"],
//   makesTypes: ["MAKES"], competitorKinds: ["company"]}
MATCH (person:Actor)-[a]->(org:Actor)
WHERE person.kind = $personKind AND type(a) IN $seatTypes AND {{notRetracted a}}
  AND ($actor IS NULL OR person.id = $actor)
MATCH (person)-[b]->(other:Actor)
WHERE type(b) IN $roleTypes AND {{notRetracted b}} AND other <> org
CALL (org, other, b) {
  MATCH (other)-[m]->(org)
  WHERE type(m) IN $moneyTypes AND {{notRetracted m}}
    AND NOT EXISTS { MATCH (other)-[c]->(org) WHERE type(c) IN $parentTypes AND {{notRetracted c}} }
  WITH m ORDER BY m.id
  WITH collect({kind: 'RELATION', id: m.id, starts: m.validFrom, ends: m.validTo, confidence: m.confidence}) AS links
  WHERE size(links) > 0
  RETURN 'FUNDER' AS basis, links
  UNION
  CALL (other, org) {
    MATCH (other)-[g]->(org)
    WHERE type(g) IN $regulationTypes AND {{notRetracted g}}
    RETURN {kind: 'RELATION', id: g.id, starts: g.validFrom, ends: g.validTo, confidence: g.confidence} AS link
    UNION
    MATCH (other)-[:ISSUED]->(i:Policy)-[tg:TARGETS]->(org)
    WHERE tg.effect IN $regulatingEffects
    RETURN {kind: 'POLICY_TARGET', id: tg.id, starts: coalesce(tg.validFrom, i.inForce, i.announced), ends: coalesce(tg.validTo, i.ended),
            confidence: tg.confidence} AS link
  }
  WITH link ORDER BY link.id
  WITH collect(link) AS links
  WHERE size(links) > 0
  RETURN 'REGULATOR' AS basis, links
  UNION
  MATCH (org)-[m1]->(p1:Actor), (other)-[m2]->(p2:Actor)
  WHERE org.kind IN $competitorKinds AND other.kind IN $competitorKinds
    AND type(m1) IN $makesTypes AND type(m2) IN $makesTypes AND p1.kind = p2.kind
    AND {{notRetracted m1}} AND {{notRetracted m2}}
    AND (NOT type(b) IN $seatTypes OR org.id < other.id)
  WITH m1, m2 ORDER BY m1.id, m2.id LIMIT 1
  RETURN 'COMPETITOR' AS basis,
         [x IN [m1, m2] | {kind: 'RELATION', id: x.id, starts: x.validFrom, ends: x.validTo, confidence: x.confidence}] AS links
}
RETURN person.id AS actorId,
       other.id AS counterpartId,
       basis,
       {kind: 'RELATION', id: a.id, starts: a.validFrom, ends: a.validTo, confidence: a.confidence} AS position,
       {kind: 'RELATION', id: b.id, starts: b.validFrom, ends: b.validTo, confidence: b.confidence} AS tie,
       links AS via
ORDER BY actorId, position.id, tie.id, basis
