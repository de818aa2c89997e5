// Creates the links of one type of the policy instruments that upsert-policies has just written (their old links
// are gone). The slot `type` is one of schema/model.json's policyLinkTypes, as in
// upsert-relations. The ends are found by id among the labels
// a link can join: the seed plan checks that the ids of actors, instruments and pillars never coincide.
// Parameters: {rows: [{id, from, to, props: {effect, validFrom, validFromKind, validTo, role, reason, confidence}}]}
UNWIND $rows AS row
MATCH (a:Actor|Policy {id: row.from})
MATCH (b:Actor|Policy|Pillar {id: row.to})
CREATE (a)-[link:{{type}} {id: row.id}]->(b)
SET link += row.props
