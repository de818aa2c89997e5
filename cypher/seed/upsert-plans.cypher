// Creates or updates plans and links each to its author.
// Parameters: {dataset, rows: [{id, author, digest, props: {name, date}}]}
UNWIND $rows AS row
MATCH (author:Actor {id: row.author})
MERGE (p:Plan {id: row.id})
ON CREATE SET p.recordedAt = datetime()
SET p += row.props, p.digest = row.digest, p.dataset = $dataset
WITH p, author
OPTIONAL MATCH (p)<-[old:AUTHORED]-()
DELETE old
MERGE (author)-[:AUTHORED]->(p)
