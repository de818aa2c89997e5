// Creates or updates the pillars of plans.
// Parameters: {dataset, rows: [{id, plan, digest, props: {position, name, description}}]}
UNWIND $rows AS row
MATCH (plan:Plan {id: row.plan})
MERGE (p:Pillar {id: row.id})
ON CREATE SET p.recordedAt = datetime()
SET p += row.props, p.digest = row.digest, p.dataset = $dataset
WITH p, plan
OPTIONAL MATCH (p)-[old:PART_OF]->()
DELETE old
MERGE (p)-[:PART_OF]->(plan)
