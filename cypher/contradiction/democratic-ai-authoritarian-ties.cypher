// Contradiction rule "democratic-ai-authoritarian-ties" (schema/contradiction-rules.json): an actor that backs the
// plan for democratic AI or one of its pillars, and receives money from, negotiates with, or is controlled by a
// state of a given regime class.
// - Backing: a Statement with a stance in $backingStances about the plan $plan or a pillar PART_OF it. It counts
//   for its speaker, and for each organisation the speaker LEADS in a position of $speaksForPositions on the
//   statement's day (a partial date counts on any of its days; an undated statement speaks for its speaker only).
//   One position per actor: the statement about the plan itself first, then the pillars, then by id.
// - Ties: FUNDS into the actor ($moneyTypes, basis MONEY); NEGOTIATES_WITH either way ($talkTypes, basis TALKS);
//   and the actor itself under control (basis CONTROL, the tie being the first step up from it).
// - The other party must be a state whose regime is in $regimes, or be controlled by one: control is walked upward
//   exactly as in cypher/funding/funding-by-regime.cypher (same step, same parameters $controlTypes,
//   $ownershipTypes, $memberTypes, $controllingStake, $everyOwner, $governmentKinds, $bodyKinds, $stateKind;
//   at most 6 steps, no actor twice; a unit test checks the step is the same text). Per tie and state: the shortest
//   chain, ties broken by relation ids.
// - $asOf: every control step must be valid that day; null keeps all. The two sides are kept or dropped by the
//   service (a side holds on a day from its start; see src/analysis/contradiction/time-span.ts).
// - $actor: only findings about this actor; null keeps all.
// Returns the shared finding row: actorId, counterpartId (the state), basis, position and tie as
// {kind, id, starts, ends, confidence}, and via: the speaker's LEADS relation, if any, then the control chain from
// the state down. Retracted relations are left out. Order: actor, tie, state.
// Parameters: {actor: null, plan: "altman-democratic-ai-plan", backingStances: ["proposes", "endorses"],
//   speaksForPositions: ["chief_executive"], moneyTypes: ["FUNDS"], talkTypes: ["NEGOTIATES_WITH"],
//   regimes: ["authoritarian"], controlTypes: ["CONTROLS"], ownershipTypes: ["OWNS"], memberTypes: ["MEMBER_OF"],
//   controllingStake: 0.5, everyOwner: false, governmentKinds: ["state", "government_body"],
//   bodyKinds: ["government_body"], stateKind: "state", asOf: null}
MATCH (speaker:Actor)-[:MADE]->(st:Statement)-[:ABOUT]->(subject)
WHERE st.stance IN $backingStances
  AND ((subject:Plan AND subject.id = $plan) OR (subject:Pillar AND EXISTS { (subject)-[:PART_OF]->(:Plan {id: $plan}) }))
CALL (speaker, st) {
  RETURN speaker AS backer, null AS lead
  UNION
  MATCH (speaker)-[l:LEADS]->(org:Actor)
  WHERE l.position IN $speaksForPositions AND st.date IS NOT NULL AND {{notRetracted l}}
    AND {{overlaps st.date st.date l.validFrom l.validTo}}
  RETURN org AS backer, l AS lead
}
WITH backer, lead, st, CASE WHEN subject:Plan THEN 0 ELSE 1 END AS rank
WHERE $actor IS NULL OR backer.id = $actor
WITH backer, lead, st ORDER BY backer.id, rank, st.id
WITH backer, head(collect({st: st, lead: lead})) AS position
CALL (backer) {
  MATCH (party:Actor)-[t]->(backer)
  WHERE type(t) IN $moneyTypes AND {{notRetracted t}}
  RETURN party, t, 'MONEY' AS basis
  UNION
  MATCH (backer)-[t]-(party:Actor)
  WHERE type(t) IN $talkTypes AND {{notRetracted t}}
  RETURN party, t, 'TALKS' AS basis
  UNION
  RETURN backer AS party, null AS t, 'CONTROL' AS basis
}
CALL (party) {
  MATCH p = (party) ((lower:Actor)-[r]-(upper:Actor)
              WHERE {{controlStep r lower upper}}
                AND {{validOn r}} AND {{notRetracted r}}
            ){0,6} (state:Actor)
  WHERE state.kind = $stateKind AND state.regime IN $regimes
    AND all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
  WITH state, p ORDER BY length(p), [x IN relationships(p) | x.id]
  WITH state, head(collect(relationships(p))) AS steps
  RETURN state, steps
}
WITH backer, position, party, t, basis, state, steps
WHERE t IS NOT NULL OR size(steps) > 0
WITH backer, position, basis, state, coalesce(t, steps[0]) AS tie,
     CASE WHEN t IS NULL THEN steps[1..] ELSE steps END AS chain
RETURN backer.id AS actorId,
       state.id AS counterpartId,
       basis,
       {kind: 'STATEMENT', id: position.st.id, starts: position.st.date, ends: null, confidence: position.st.confidence} AS position,
       {kind: 'RELATION', id: tie.id, starts: tie.validFrom, ends: tie.validTo, confidence: tie.confidence} AS tie,
       [x IN CASE WHEN position.lead IS NULL THEN [] ELSE [position.lead] END + reverse(chain) |
          {kind: 'RELATION', id: x.id, starts: x.validFrom, ends: x.validTo, confidence: x.confidence}] AS via
ORDER BY actorId, tie.id, counterpartId
