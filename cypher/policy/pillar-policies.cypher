// The instruments linked to each of many pillars: those that implement it and those that work against it.
// Parameters: {ids: ["pillar-commercial-diplomacy"]}
UNWIND $ids AS id
MATCH (pillar:Pillar {id: id})
CALL (pillar) {
  MATCH (p:Policy)-[link:IMPLEMENTS|WORKS_AGAINST]->(pillar)
  WITH p, link ORDER BY {{instrumentStart p}} DESC, p.id
  RETURN collect(link {.id, type: type(link), policyId: p.id, .reason, .confidence}) AS links
}
RETURN pillar.id AS pillarId, links
