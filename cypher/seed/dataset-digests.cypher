// Every record a dataset holds, with the digest of what was seeded: the seeder compares them with its input
// to tell what is added, changed, unchanged or removed.
// Parameters: {dataset: "seeds"}
CALL {
  MATCH (n:Source) WHERE n.dataset = $dataset RETURN 'source' AS kind, n.id AS id, null AS relType, n.digest AS digest
  UNION ALL
  MATCH (n:Actor) WHERE n.dataset = $dataset RETURN 'actor' AS kind, n.id AS id, null AS relType, n.digest AS digest
  UNION ALL
  MATCH ()-[r]->() WHERE r.dataset = $dataset RETURN 'relation' AS kind, r.id AS id, type(r) AS relType, r.digest AS digest
  UNION ALL
  MATCH (n:FundingRound) WHERE n.dataset = $dataset RETURN 'round' AS kind, n.id AS id, null AS relType, n.digest AS digest
  UNION ALL
  MATCH (n:Plan) WHERE n.dataset = $dataset RETURN 'plan' AS kind, n.id AS id, null AS relType, n.digest AS digest
  UNION ALL
  MATCH (n:Pillar) WHERE n.dataset = $dataset RETURN 'pillar' AS kind, n.id AS id, null AS relType, n.digest AS digest
  UNION ALL
  MATCH (n:Statement) WHERE n.dataset = $dataset RETURN 'statement' AS kind, n.id AS id, null AS relType, n.digest AS digest
  UNION ALL
  MATCH (n:Event) WHERE n.dataset = $dataset RETURN 'event' AS kind, n.id AS id, null AS relType, n.digest AS digest
  UNION ALL
  MATCH (n:Policy) WHERE n.dataset = $dataset RETURN 'policy' AS kind, n.id AS id, null AS relType, n.digest AS digest
  UNION ALL
  MATCH (n:Citation) WHERE n.dataset = $dataset RETURN 'citation' AS kind, n.id AS id, null AS relType, n.digest AS digest
}
RETURN kind, id, relType, digest
