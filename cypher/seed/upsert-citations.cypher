// Creates or updates citations: one source supporting one fact (a relation, statement, event, plan, pillar or
// a state's regime), with the quote that does so.
// Parameters: {dataset, rows: [{id, fact, source, digest, props: {fact, factKind, quote}}]}
UNWIND $rows AS row
MATCH (s:Source {id: row.source})
MERGE (c:Citation {id: row.id})
ON CREATE SET c.recordedAt = datetime()
SET c += row.props, c.digest = row.digest, c.dataset = $dataset
MERGE (c)-[:CITES]->(s)
