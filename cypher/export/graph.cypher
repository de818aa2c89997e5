// The graph, or the part a selection keeps, for /export/graph.json and /export/graph.graphml: the actors, the
// relations among them with their citations, and the sources those citations name. Each null keeps all:
// - $dataset: records of this dataset ("seeds"); a relation is kept only when it and both its ends are.
// - $kinds: actors of these kinds (stored values, "company"); a relation is kept only when both its ends are.
// - $types: relations of these types, from the fixed RelationType list.
// - $asOf: relations valid on that day (the API's rule: a start counts from its earliest day, an end until its
//   latest; undated relations always hold). Actors have no dates and are kept whatever the day.
// Relations are projected to the API's RelationRow shape, plus their citations. A state's regime carries its
// own citations. Order: actors, relations and sources by id; each fact's citations newest source first, as
// the API lists them. Returns one row.
// Retracted relations (retractedAt set, see retractRelation) are left out.
// Parameters: {dataset: null, kinds: ["company", "investor", "state"], types: ["FUNDS", "OWNS", "CONTROLS"],
//   asOf: "2024-12-31"}
CALL () {
  MATCH (a:Actor)
  WHERE ($dataset IS NULL OR a.dataset = $dataset) AND ($kinds IS NULL OR a.kind IN $kinds)
  OPTIONAL MATCH (c:Citation {fact: a.id})-[:CITES]->(s:Source) WHERE c.factKind = 'regime'
  WITH a, c, s ORDER BY s.published DESC, s.id
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
    AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR $asOf <= r.validTo + '~'))) AND r.retractedAt IS NULL
  OPTIONAL MATCH (c:Citation {fact: r.id})-[:CITES]->(s:Source) WHERE c.factKind = 'relation'
  WITH r, c, s ORDER BY s.published DESC, s.id
  WITH r, collect(CASE WHEN s IS NOT NULL THEN {source: s.id, quote: c.quote} END) AS citations
  ORDER BY r.id
  RETURN collect(r {.id, .validFrom, .validFromKind, .validTo, .amount, .currency, .amountUsd, .amountKind, fundingRoundId: r.fundingRound, .round, .instrument, .stake, .role, .position, .sharedPosition, .note,
                    .confidence, recordedAt: toString(r.recordedAt), type: type(r), fromId: startNode(r).id, toId: endNode(r).id,
                    .dataset, citations: citations}) AS edges
}
CALL (nodes, edges) {
  UNWIND [n IN nodes | n.regimeCitations] + [e IN edges | e.citations] AS citations
  UNWIND citations AS citation
  WITH DISTINCT citation.source AS id
  MATCH (s:Source {id: id})
  WITH s ORDER BY s.id
  RETURN collect(s {.id, .url, .via, .title, .publisher, .published, .language}) AS sources
}
RETURN nodes, edges, sources
