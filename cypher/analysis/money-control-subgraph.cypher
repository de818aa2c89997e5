// The money and control graph on one day, for `rankings`: every FUNDS, OWNS and CONTROLS relation valid on $asOf
// (a start counts from its earliest day and an end until its latest, as everywhere in the API; undated relations
// always hold), retracted relations left out, with what the weighting needs (amount in dollars, its kind, the stake)
// and, for an end that is a state, its regime class (the state's stored class, which is not dated). One row per
// relation; the caller builds the graph and runs the algorithms.
// - $types: ["FUNDS", "OWNS", "CONTROLS"], from the fixed RelationType list; the pattern names the same three, so
//   Neo4j reads only relationships of those types.
// - $stateKind: "state".
// Parameters: {types: ["FUNDS", "OWNS", "CONTROLS"], stateKind: "state", asOf: "2025-01-01"}
MATCH (a:Actor)-[r:FUNDS|OWNS|CONTROLS]->(b:Actor)
WHERE type(r) IN $types
  AND a <> b
  AND {{notRetracted r}}
  AND {{validOn r}}
RETURN a.id AS fromId, b.id AS toId, type(r) AS type, r.amountUsd AS amountUsd, r.amountKind AS amountKind, r.stake AS stake,
       CASE WHEN a.kind = $stateKind THEN a.regime END AS fromRegime,
       CASE WHEN b.kind = $stateKind THEN b.regime END AS toRegime
