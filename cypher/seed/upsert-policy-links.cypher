// Creates the links of one type of the policy instruments that upsert-policies has just written (their old links
// are gone). LINK_TYPE is replaced by one of schema/model.json's policyLinkTypes, as REL_TYPE is in
// upsert-relations; in Neo4j Browser, replace it by hand, e.g. TARGETS. The ends are found by id among the labels
// a link can join: the seed plan checks that the ids of actors, instruments and pillars never coincide.
// Parameters: {rows: [{id, from, to, props: {effect, validFrom, validFromKind, validTo, role, reason, confidence}}]}
UNWIND $rows AS row
MATCH (a:Actor|Policy {id: row.from})
MATCH (b:Actor|Policy|Pillar {id: row.to})
CREATE (a)-[link:LINK_TYPE {id: row.id}]->(b)
SET link += row.props
