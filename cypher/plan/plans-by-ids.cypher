// Plans by their ids, for the per-request loader behind `plan(id)`, a pillar's plan and a statement's subject.
// Ids with no plan return no row.
// Parameters: {ids: ["altman-democratic-ai-plan"]}
UNWIND $ids AS id
MATCH (p:Plan {id: id})
RETURN p {.id, .name, .date, authorId: head([(author:Actor)-[:AUTHORED]->(p) | author.id])} AS plan
