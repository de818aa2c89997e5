// Who ultimately controls an actor, for `ultimateControllers`: walks control upward from the actor to the actors
// nothing controls. A step up from an actor to its controller is one of:
// - a CONTROLS relation pointing at it;
// - an OWNS relation pointing at it, when the owner controls by it: its recorded stake is at least
//   $controllingStake (a majority), or no stake is recorded and the owner is a state or government body (a
//   state-owned vehicle: abu-dhabi OWNS mgx); with $everyOwner, every OWNS relation, whatever its stake;
// - from a government body to the state it is a MEMBER_OF (abu-dhabi MEMBER_OF united-arab-emirates: the
//   emirate's government answers to the federation). Other memberships (states in the G7) are not control.
// - $of: the controlled actor.
// - $controlTypes: ["CONTROLS"]; $ownershipTypes: ["OWNS"]; $memberTypes: ["MEMBER_OF"]; from the fixed
//   RelationType list.
// - $controllingStake: 0.5; $everyOwner: false counts owners by the rule above, true counts them all.
// - $governmentKinds: ["state", "government_body"]; $bodyKinds: ["government_body"]; $stateKind: "state".
// - $asOf: every step must be valid on that day, and so must the relations that would put a controller above
//   the top; null keeps all.
// At most 6 steps (LIMITS.maxHops; Cypher takes no parameter there); a chain visits no actor twice. An actor
// with no controller returns no row; a top beyond 6 steps, or a cycle with nothing above it, is not reached.
// Per ultimate controller: the shortest chain (ties broken by the relation ids), its length as depth, and how
// many chains lead to it. Each chain runs from the controller down to $of: CONTROLS and OWNS hops are
// FORWARD; a MEMBER_OF hop (from the state to its government body) is BACKWARD.
// Order: nearest first, then id.
// Retracted relations (retractedAt set, see retractRelation) are left out.
// Parameters: {of: "mubadala", controlTypes: ["CONTROLS"], ownershipTypes: ["OWNS"], memberTypes: ["MEMBER_OF"],
//   controllingStake: 0.5, everyOwner: false, governmentKinds: ["state", "government_body"],
//   bodyKinds: ["government_body"], stateKind: "state", asOf: null}
MATCH (target:Actor {id: $of})
MATCH p = (target) ((lower:Actor)-[r]-(upper:Actor)
            WHERE {{controlStep r lower upper}}
              AND {{validOn r}} AND {{notRetracted r}}
          ){1,6} (top:Actor)
WHERE all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
  AND NOT EXISTS {
    MATCH (top)-[c]-(above:Actor)
    WHERE {{controlStep c top above}}
      AND {{validOn c}} AND {{notRetracted c}}
  }
WITH top, p ORDER BY length(p), [x IN relationships(p) | x.id]
WITH top, collect(p) AS chains
WITH top, chains[0] AS best, size(chains) AS chainCount
WITH top, chainCount, nodes(best) AS walked,
     [x IN relationships(best) | {{relationProjection x}}] AS relations
RETURN top.id AS controllerId,
       top.kind = $stateKind AS isState,
       size(relations) AS depth,
       chainCount,
       [i IN range(size(relations) - 1, 0, -1) |
          {direction: CASE WHEN relations[i].fromId = walked[i + 1].id THEN 'FORWARD' ELSE 'BACKWARD' END,
           relation: relations[i]}] AS chain
ORDER BY depth, controllerId
