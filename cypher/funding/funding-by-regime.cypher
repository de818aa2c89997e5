// The money reaching an actor, with the states that control each funder, for `fundingByRegime`: every FUNDS
// relation into $recipient, and for each the states above its funder, found by walking control upward the way
// ultimate-controllers.cypher does (CONTROLS; OWNS when it gives control, see there; a government body's
// MEMBER_OF a state). A state funder is its own controller (a chain of no hops). The caller groups by regime.
// - $recipient: the actor the money reaches.
// - $fundTypes: ["FUNDS"]; $controlTypes: ["CONTROLS"]; $ownershipTypes: ["OWNS"]; $memberTypes: ["MEMBER_OF"];
//   from the fixed RelationType list.
// - $controllingStake: 0.5; $everyOwner: false counts owners by the stake rule, true counts them all.
// - $governmentKinds: ["state", "government_body"]; $bodyKinds: ["government_body"]; $stateKind: "state".
// - $asOf: the funding and every control step must be valid on that day; null keeps all. Control is read as of
//   $asOf, not as of each funding's date.
// At most 6 control steps (LIMITS.maxHops); a chain visits no actor twice. Per funding and state: the shortest
// chain (ties broken by relation ids) from the state down to the funder, and how many chains there are. CONTROLS
// and OWNS hops are FORWARD; a MEMBER_OF hop (state to its government body) is BACKWARD. A funding with no state
// above its funder has an empty `controls`.
// Order: newest funding first, undated last, then id; controls by state id.
// Retracted relations (retractedAt set, see retractRelation) are left out.
// Parameters: {recipient: "xai", fundTypes: ["FUNDS"], controlTypes: ["CONTROLS"], ownershipTypes: ["OWNS"],
//   memberTypes: ["MEMBER_OF"], controllingStake: 0.5, everyOwner: false,
//   governmentKinds: ["state", "government_body"], bodyKinds: ["government_body"], stateKind: "state", asOf: null}
MATCH (recipient:Actor {id: $recipient})
MATCH (funder:Actor)-[f]->(recipient)
WHERE type(f) IN $fundTypes
  AND {{validOn f}} AND {{notRetracted f}}
CALL (funder) {
  OPTIONAL MATCH p = (funder) ((lower:Actor)-[r]-(upper:Actor)
                      WHERE {{controlStep r lower upper}}
                        AND {{validOn r}} AND {{notRetracted r}}
                    ){0,6} (state:Actor)
  WHERE state.kind = $stateKind
    AND all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
  WITH state, p ORDER BY length(p), [x IN relationships(p) | x.id]
  WITH state, collect(p) AS chains
  WITH state, chains[0] AS best, size(chains) AS chainCount
  WITH state, chainCount, nodes(best) AS walked,
       [x IN relationships(best) | {{relationProjection x}}] AS relations
  ORDER BY state.id
  RETURN collect(CASE WHEN state IS NULL THEN null ELSE {
           stateId: state.id,
           regime: state.regime,
           chainCount: chainCount,
           chain: [i IN range(size(relations) - 1, 0, -1) |
                     {direction: CASE WHEN relations[i].fromId = walked[i + 1].id THEN 'FORWARD' ELSE 'BACKWARD' END,
                      relation: relations[i]}]
         } END) AS controls
}
RETURN {{relationProjection f}} AS funding,
       controls
ORDER BY {{newestFirst f}}
