// The links of many instruments at once, seen from each: who issued it (ISSUED, in), the instruments it changes
// (AMENDS, REPLACES, REVOKES, out) and those that change it (the same types, in), and the pillars it implements or
// works against (out). Targets are read by policy-targets.cypher, which filters them by day and effect.
// Parameters: {ids: ["us-ai-diffusion-rule-2025-01"]}
UNWIND $ids AS id
MATCH (p:Policy {id: id})
CALL (p) {
  MATCH (p)-[link]-(other)
  WHERE link.id IS NOT NULL AND NOT type(link) = 'TARGETS'
  WITH link, other, startNode(link) = p AS outgoing
  ORDER BY type(link), link.id
  RETURN collect(link {.id, type: type(link), outgoing: outgoing, otherId: other.id, .reason, .confidence}) AS links
}
RETURN p.id AS policyId, links
