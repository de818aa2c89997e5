// Contradiction rule "security-backer-deals-with-target" (schema/contradiction-rules.json): an actor that backs
// export controls or security rules while it partners with, negotiates with or supplies a party they target.
// - The rules: instruments of $policyKinds whose TARGETS link has an effect in $restrictingEffects, to a target that
//   is not in the country of the instrument's jurisdiction (a target or jurisdiction with no country counts as
//   foreign): the rule's own exporters are not what it guards against.
// - Backing, one position per actor, TARGETS link and tie, in this order of preference:
//   the actor ISSUED the instrument (basis ISSUER; the position is the TARGETS link itself);
//   a Statement with a stance in $backingStances about a pillar the instrument IMPLEMENTS, then about the plan
//   that pillar is PART_OF (basis BACKER; the TARGETS link is in `via`). A statement counts for its speaker and
//   for each organisation the speaker LEADS in a position of $speaksForPositions on the statement's day (that
//   LEADS relation is in `via` too); then by statement id.
// - Ties: a relation of $dealTypes between the actor and the target, either way, or of $supplyTypes from the actor
//   to the target.
// - $actor: only findings about this actor; null keeps all. $asOf is not used here: the service keeps the findings
//   whose two sides hold on that day (see src/analysis/contradiction/time-span.ts).
// Returns the shared finding row: actorId, counterpartId (the target), basis, position and tie as
// {kind, id, starts, ends, confidence}, via. A TARGETS link holds from its own valid_from, else the instrument's
// in-force date, else its announcement, until its valid_to, else the instrument's end (as policy-targets.cypher).
// Retracted relations are left out. Order: actor, TARGETS link, tie.
// Parameters: {actor: null, policyKinds: ["export_rule", "entity_listing", "licence_decision", "investment_screening"],
//   restrictingEffects: ["restricts", "bans", "requires_licence"], backingStances: ["proposes", "endorses"],
//   speaksForPositions: ["chief_executive"], dealTypes: ["PARTNERS_WITH", "NEGOTIATES_WITH"], supplyTypes: ["SUPPLIES"]}
MATCH (i:Policy)-[tg:TARGETS]->(target:Actor)
WHERE i.kind IN $policyKinds AND tg.effect IN $restrictingEffects
OPTIONAL MATCH (home:Actor {id: i.jurisdiction})
WITH i, tg, target, home
WHERE target.country IS NULL OR home IS NULL OR home.country IS NULL OR target.country <> home.country
WITH i, tg, target,
     {kind: 'POLICY_TARGET', id: tg.id, starts: coalesce(tg.validFrom, i.inForce, i.announced), ends: coalesce(tg.validTo, i.ended),
      confidence: tg.confidence} AS targeting
CALL (i, targeting) {
  MATCH (issuer:Actor)-[:ISSUED]->(i)
  RETURN issuer AS backer, 'ISSUER' AS basis, 0 AS rank, targeting AS position, [] AS via
  UNION
  MATCH (speaker:Actor)-[:MADE]->(st:Statement)-[:ABOUT]->(subject)
  WHERE st.stance IN $backingStances
    AND ((subject:Pillar AND EXISTS { (i)-[:IMPLEMENTS]->(subject) })
         OR (subject:Plan AND EXISTS { (i)-[:IMPLEMENTS]->(:Pillar)-[:PART_OF]->(subject) }))
  CALL (speaker, st) {
    RETURN speaker AS backer, null AS lead
    UNION
    MATCH (speaker)-[l:LEADS]->(org:Actor)
    WHERE l.position IN $speaksForPositions AND st.date IS NOT NULL AND {{notRetracted l}}
      AND {{overlaps st.date st.date l.validFrom l.validTo}}
    RETURN org AS backer, l AS lead
  }
  RETURN backer, 'BACKER' AS basis, CASE WHEN subject:Pillar THEN 1 ELSE 2 END AS rank,
         {kind: 'STATEMENT', id: st.id, starts: st.date, ends: null, confidence: st.confidence} AS position,
         [targeting] + [x IN CASE WHEN lead IS NULL THEN [] ELSE [lead] END |
                          {kind: 'RELATION', id: x.id, starts: x.validFrom, ends: x.validTo, confidence: x.confidence}] AS via
}
WITH i, tg, target, backer, basis, rank, position, via
WHERE ($actor IS NULL OR backer.id = $actor) AND backer <> target
MATCH (backer)-[t]-(target)
WHERE {{notRetracted t}}
  AND (type(t) IN $dealTypes OR (type(t) IN $supplyTypes AND startNode(t) = backer))
WITH backer, target, tg, t, basis, rank, position, via ORDER BY rank, position.id
WITH backer, target, tg, t, head(collect({basis: basis, position: position, via: via})) AS backing
RETURN backer.id AS actorId,
       target.id AS counterpartId,
       backing.basis AS basis,
       backing.position AS position,
       {kind: 'RELATION', id: t.id, starts: t.validFrom, ends: t.validTo, confidence: t.confidence} AS tie,
       backing.via AS via
ORDER BY actorId, tg.id, tie.id
