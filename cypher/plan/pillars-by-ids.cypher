// Pillars by their ids, for the per-request loader behind a statement's subject. Ids with no pillar return no row.
// Parameters: {ids: ["pillar-security"]}
UNWIND $ids AS id
MATCH (p:Pillar {id: id})
RETURN p {.id, .position, .name, .description, planId: head([(p)-[:PART_OF]->(plan:Plan) | plan.id])} AS pillar
