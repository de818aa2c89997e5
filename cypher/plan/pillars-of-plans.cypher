// The pillars of many plans at once, each plan's in their order in it (position, then id): one query for the
// `pillars` of every plan of a list.
// Parameters: {ids: ["altman-democratic-ai-plan"]}
UNWIND $ids AS id
MATCH (plan:Plan {id: id})
CALL (plan) {
  MATCH (p:Pillar)-[:PART_OF]->(plan)
  WITH p ORDER BY p.position, p.id
  RETURN collect(p {.id, .position, .name, .description, planId: plan.id}) AS pillars
}
RETURN id, pillars
