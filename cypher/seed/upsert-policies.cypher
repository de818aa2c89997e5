// Creates or updates policy instruments and drops their links, which upsert-policy-links then writes anew. An
// instrument's links are those it starts (every type in $startTypes: TARGETS, AMENDS, ... from
// schema/model.json policyLinkTypes) and the ISSUED links that end at it; a link that another instrument starts
// towards it belongs to that one and stays.
// Parameters: {dataset, startTypes: ["TARGETS", "AMENDS"], rows: [{id, digest, props: {kind, name, officialTitle,
//   description, jurisdiction, announced, inForce, amended, ended, endKind, confidence, aliases, aliasLanguages,
//   searchText, searchKeys}}]}
UNWIND $rows AS row
MERGE (p:Policy {id: row.id})
ON CREATE SET p.recordedAt = datetime()
SET p += row.props, p.digest = row.digest, p.dataset = $dataset
WITH p
CALL (p) {
  OPTIONAL MATCH (p)-[started]->()
  WITH started WHERE type(started) IN $startTypes
  DELETE started
}
CALL (p) {
  OPTIONAL MATCH (p)<-[issued:ISSUED]-()
  DELETE issued
}
