// The citations of many facts at once, for the per-request batch loader: each fact's sources with their
// quotes, newest source first. A fact is a relation, statement, event, plan, pillar or a state's regime,
// named by its kind and id.
// Parameters: {facts: [{kind: "relation", fact: "microsoft-funds-openai-2019"}]}
UNWIND $facts AS wanted
MATCH (c:Citation {fact: wanted.fact})-[:CITES]->(s:Source)
WHERE c.factKind = wanted.kind
WITH wanted, c, s
ORDER BY {{newestSourceFirst s}}
RETURN wanted.kind AS kind, wanted.fact AS fact,
       collect({quote: c.quote, source: {{sourceProjection s}}}) AS citations
