// Statements by their ids, for the per-request loader behind a source's facts. Ids with no statement return no
// row. Projected as every statement query does (see statements-about.cypher).
// Parameters: {ids: ["altman-proposes-pillar-security"]}
UNWIND $ids AS id
MATCH (st:Statement {id: id})
RETURN st {.id, .stance, .quote, .date, .confidence,
           actorId: head([(speaker:Actor)-[:MADE]->(st) | speaker.id]),
           aboutKind: head([(st)-[:ABOUT]->(x) | CASE WHEN x:Plan THEN 'plan' WHEN x:Pillar THEN 'pillar' ELSE 'actor' END]),
           aboutId: head([(st)-[:ABOUT]->(x) | x.id])} AS statement
