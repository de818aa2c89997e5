// Contradiction rule "criticizes-while-funding" (schema/contradiction-rules.json): an actor that criticizes another
// while it funds it or is funded by it.
// - Criticism: a Statement with a stance in $criticalStances about an actor, or a relation of $criticismTypes
//   (CRITICIZES) to it.
// - Money: a relation of $moneyTypes (FUNDS, OWNS) between the two, either way: basis FUNDS_IT when the critic
//   gives it, FUNDED_BY_IT when it receives it.
// - $actor: only findings about this critic; null keeps all. $asOf is not used here: the service keeps the findings
//   whose two sides hold on that day (see src/analysis/contradiction/time-span.ts).
// Returns the shared finding row: actorId (the critic), counterpartId (the criticized actor), basis, position and
// tie as {kind, id, starts, ends, confidence}, via (empty). Retracted relations are left out.
// Order: critic, position, tie.
// Parameters: {actor: null, criticalStances: ["criticizes", "opposes"], criticismTypes: ["CRITICIZES"],
//   moneyTypes: ["FUNDS", "OWNS"]}
CALL () {
  MATCH (critic:Actor)-[:MADE]->(st:Statement)-[:ABOUT]->(target:Actor)
  WHERE st.stance IN $criticalStances
  RETURN critic, target, {kind: 'STATEMENT', id: st.id, starts: st.date, ends: null, confidence: st.confidence} AS position
  UNION
  MATCH (critic:Actor)-[c]->(target:Actor)
  WHERE type(c) IN $criticismTypes AND {{notRetracted c}}
  RETURN critic, target, {kind: 'RELATION', id: c.id, starts: c.validFrom, ends: c.validTo, confidence: c.confidence} AS position
}
WITH critic, target, position
WHERE ($actor IS NULL OR critic.id = $actor) AND critic <> target
MATCH (critic)-[m]-(target)
WHERE type(m) IN $moneyTypes AND {{notRetracted m}}
RETURN critic.id AS actorId,
       target.id AS counterpartId,
       CASE WHEN startNode(m) = critic THEN 'FUNDS_IT' ELSE 'FUNDED_BY_IT' END AS basis,
       position,
       {kind: 'RELATION', id: m.id, starts: m.validFrom, ends: m.validTo, confidence: m.confidence} AS tie,
       [] AS via
ORDER BY actorId, position.id, tie.id
