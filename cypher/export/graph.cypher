// The graph, or the part a selection keeps, for /export/graph.json and /export/graph.graphml: the actors, the
// relations among them with their citations, and the sources those citations name. Each null keeps all:
// - $dataset: records of this dataset ("seeds"); a relation is kept only when it and both its ends are.
// - $kinds: actors of these kinds (stored values, "company"); a relation is kept only when both its ends are.
// - $types: relations of these types, from the fixed RelationType list.
// - $asOf: relations valid on that day (the API's rule: a start counts from its earliest day, an end until its
//   latest; undated relations always hold). Actors have no dates and are kept whatever the day.
// Relations are projected to the API's RelationRow shape, plus their dataset and citations. A state's regime carries its
// own citations.
// Policy instruments come with their links: an instrument is kept when $types is null (a selection of relation
// types asks for relations only) and, with $asOf, when it was in force that day (from its in-force date, else
// its announcement, until its end: the API's inForceOn rule). A link is kept when both its ends are: an actor
// end by $kinds, an instrument end as above, a pillar always (pillars come with the links that name them); a
// TARGETS link with $asOf only when it applied that day (its own dates, else its instrument's).
// Order: actors, relations, instruments, links, pillars and sources by id; each fact's citations newest source
// first, as the API lists them. Returns one row.
// Retracted relations (retractedAt set, see retractRelation) are left out.
// - $policyStartTypes: the link types an instrument starts (schema/model.json policyLinkTypes whose from is a
//   policy); ISSUED ends at it.
// Parameters: {dataset: null, kinds: ["company", "investor", "state"], types: ["FUNDS", "OWNS", "CONTROLS"],
//   asOf: "2024-12-31", policyStartTypes: ["TARGETS", "AMENDS", "REPLACES", "REVOKES", "IMPLEMENTS", "WORKS_AGAINST"]}
CALL () {
  MATCH (a:Actor)
  WHERE ($dataset IS NULL OR a.dataset = $dataset) AND ($kinds IS NULL OR a.kind IN $kinds)
  OPTIONAL MATCH (c:Citation {fact: a.id})-[:CITES]->(s:Source) WHERE c.factKind = 'regime'
  WITH a, c, s ORDER BY {{newestSourceFirst s}}
  WITH a, collect(CASE WHEN s IS NOT NULL THEN {source: s.id, quote: c.quote} END) AS citations
  ORDER BY a.id
  RETURN collect(a {.id, .kind, .name, .country, .description, .aliases, .aliasLanguages, .identifierSchemes, .identifierValues, .regime, .regimeIndex,
                    .regimeYear, .regimeScore, .dataset, regimeCitations: citations}) AS nodes
}
CALL () {
  MATCH (a:Actor)-[r]->(b:Actor)
  WHERE r.id IS NOT NULL
    AND ($dataset IS NULL OR (r.dataset = $dataset AND a.dataset = $dataset AND b.dataset = $dataset))
    AND ($kinds IS NULL OR (a.kind IN $kinds AND b.kind IN $kinds))
    AND ($types IS NULL OR type(r) IN $types)
    AND {{validOn r}} AND {{notRetracted r}}
  OPTIONAL MATCH (c:Citation {fact: r.id})-[:CITES]->(s:Source) WHERE c.factKind = 'relation'
  WITH r, c, s ORDER BY {{newestSourceFirst s}}
  WITH r, collect(CASE WHEN s IS NOT NULL THEN {source: s.id, quote: c.quote} END) AS citations
  WITH r, citations, {{relationProjection r}} AS relation
  ORDER BY r.id
  RETURN collect(relation {.*, dataset: r.dataset, citations: citations}) AS edges
}
CALL () {
  MATCH (p:Policy)
  WITH p, {{instrumentStart p}} AS starts
  WHERE $types IS NULL AND ($dataset IS NULL OR p.dataset = $dataset)
    AND {{heldOn starts p.ended $asOf}}
  OPTIONAL MATCH (c:Citation {fact: p.id})-[:CITES]->(s:Source) WHERE c.factKind = 'policy'
  WITH p, c, s ORDER BY {{newestSourceFirst s}}
  WITH p, collect(CASE WHEN s IS NOT NULL THEN {source: s.id, quote: c.quote} END) AS citations
  ORDER BY p.id
  RETURN collect(p {.id, .kind, .name, .officialTitle, .description, .aliases, .aliasLanguages, .jurisdiction, .announced, .inForce, .amended, .ended,
                    .endKind, .confidence, .dataset, citations: citations}) AS policies
}
CALL (policies) {
  UNWIND policies AS kept
  MATCH (p:Policy {id: kept.id})
  CALL (p) {
    MATCH (a:Actor)-[link:ISSUED]->(p)
    RETURN link, a, p AS b
    UNION
    MATCH (p)-[link]->(b)
    WHERE type(link) IN $policyStartTypes
    RETURN link, p AS a, b
  }
  WITH p, link, a, b, {{linkStart link p}} AS starts, {{linkEnd link p}} AS ends
  WHERE (NOT a:Actor OR (($dataset IS NULL OR a.dataset = $dataset) AND ($kinds IS NULL OR a.kind IN $kinds)))
    AND (NOT b:Actor OR (($dataset IS NULL OR b.dataset = $dataset) AND ($kinds IS NULL OR b.kind IN $kinds)))
    AND (NOT b:Policy OR b.id IN [x IN policies | x.id])
    AND (type(link) <> 'TARGETS' OR {{heldOn starts ends $asOf}})
  OPTIONAL MATCH (c:Citation {fact: link.id})-[:CITES]->(s:Source) WHERE c.factKind = 'policyLink'
  WITH link, a, b, c, s ORDER BY {{newestSourceFirst s}}
  WITH link, a, b, collect(CASE WHEN s IS NOT NULL THEN {source: s.id, quote: c.quote} END) AS citations
  ORDER BY link.id
  RETURN collect(link {.id, type: type(link), fromId: a.id, toId: b.id, toPillar: b:Pillar, .effect, .validFrom, .validFromKind, .validTo, .role, .reason,
                       .confidence, citations: citations}) AS policyLinks
}
CALL (policyLinks) {
  UNWIND policyLinks AS link
  WITH link WHERE link.toPillar
  WITH DISTINCT link.toId AS id
  MATCH (pillar:Pillar {id: id})-[:PART_OF]->(plan:Plan)
  WITH pillar, plan ORDER BY pillar.id
  RETURN collect(pillar {.id, plan: plan.id, .position, .name}) AS pillars
}
CALL (nodes, edges, policies, policyLinks) {
  UNWIND [n IN nodes | n.regimeCitations] + [e IN edges | e.citations] + [p IN policies | p.citations] + [l IN policyLinks | l.citations] AS citations
  UNWIND citations AS citation
  WITH DISTINCT citation.source AS id
  MATCH (s:Source {id: id})
  WITH s ORDER BY s.id
  RETURN collect({{sourceProjection s}}) AS sources
}
RETURN nodes, edges, policies, policyLinks, pillars, sources
