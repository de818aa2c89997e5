// Records that a source supports a fact, with its quote; the id follows the seeder's scheme
// ("relation:<fact>@<source>"), so the same citation is never stored twice.
// Parameters: {id, fact, factKind: "relation", source, quote}
MATCH (s:Source {id: $source})
MERGE (c:Citation {id: $id})
ON CREATE SET c.recordedAt = datetime.transaction(), c.dataset = 'curation'
SET c.fact = $fact, c.factKind = $factKind, c.quote = $quote
MERGE (c)-[:CITES]->(s)
RETURN c.id AS id
