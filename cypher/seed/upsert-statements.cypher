// Creates or updates statements: who said what, for or against which plan, pillar or actor.
// `about` is null for a bare claim; the seeder has checked that an `about` id names exactly one record.
// Parameters: {dataset, rows: [{id, actor, about, digest, props: {stance, date, quote, confidence}}]}
UNWIND $rows AS row
MATCH (speaker:Actor {id: row.actor})
OPTIONAL MATCH (plan:Plan {id: row.about})
OPTIONAL MATCH (pillar:Pillar {id: row.about})
OPTIONAL MATCH (actor:Actor {id: row.about})
WITH speaker, coalesce(plan, pillar, actor) AS target, row
MERGE (st:Statement {id: row.id})
ON CREATE SET st.recordedAt = datetime()
SET st += row.props, st.digest = row.digest, st.dataset = $dataset
WITH st, speaker, target
OPTIONAL MATCH (st)-[old:ABOUT|MADE]-()
DELETE old
MERGE (speaker)-[:MADE]->(st)
FOREACH (t IN CASE WHEN target IS NULL THEN [] ELSE [target] END | MERGE (st)-[:ABOUT]->(t))
