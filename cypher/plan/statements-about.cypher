// The statements about each of many plans or pillars, with the given stances: one query for `for`, `against`
// or `statements` of every pillar (or plan) of a list. Oldest first, undated last, then by id; the first
// $limit of each.
// - $stances: stored stances to keep ("proposes", "endorses", "opposes", "criticizes", "claims"); null keeps all.
// Each statement is projected as every statement query does: its properties, who made it (actorId) and what it
// is about (aboutKind "plan" | "pillar" | "actor", aboutId).
// Parameters: {ids: ["pillar-security", "pillar-infrastructure"], stances: ["proposes", "endorses"], limit: 20}
UNWIND $ids AS id
CALL (id) {
  MATCH (subject:Plan {id: id}) RETURN subject
  UNION
  MATCH (subject:Pillar {id: id}) RETURN subject
}
CALL (subject) {
  MATCH (st:Statement)-[:ABOUT]->(subject)
  WHERE $stances IS NULL OR st.stance IN $stances
  WITH st ORDER BY coalesce(st.date, '~'), st.id
  LIMIT toInteger($limit)
  RETURN collect(st {.id, .stance, .quote, .date, .confidence,
                     actorId: head([(speaker:Actor)-[:MADE]->(st) | speaker.id]),
                     aboutKind: head([(st)-[:ABOUT]->(x) | CASE WHEN x:Plan THEN 'plan' WHEN x:Pillar THEN 'pillar' ELSE 'actor' END]),
                     aboutId: head([(st)-[:ABOUT]->(x) | x.id])}) AS statements
}
RETURN id, statements
