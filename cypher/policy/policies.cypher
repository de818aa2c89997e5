// Policy instruments matching a filter, one page, and how many match in all. Each null condition keeps all:
// - $lucene: a Lucene query over names, official titles and aliases in every language (index policy_names,
//   accent-folding), built by src/actor/lucene-query.ts from the user's words; with it, the best match comes first.
// - $key: the exact-name key of the words (src/actor/lucene-query.ts exactNameKey): an instrument whose name or
//   alias has it ranks first.
// - $kinds: stored kinds ("export_rule"); $issuer / $target: actor ids; $pillar: a pillar id it implements or
//   works against.
// - $inForceOn: instruments in force that day: from the in-force date (else the announced one) until the end,
//   a start counting from its earliest day and an end until its latest, as in policy-targets.cypher.
// Otherwise ordered newest first (by in-force date, else announced), then by id, so pages are stable.
// Parameters: {lucene: null, key: null, kinds: null, issuer: "bis", target: null, pillar: null, inForceOn: null, offset: 0, limit: 21}
CALL () {
  WITH $lucene AS lucene WHERE lucene IS NOT NULL
  CALL db.index.fulltext.queryNodes('policy_names', lucene) YIELD node, score
  RETURN node AS p, score
  UNION
  WITH $lucene AS lucene WHERE lucene IS NULL
  MATCH (p:Policy)
  RETURN p, null AS score
}
WITH p, score, {{instrumentStart p}} AS starts
WHERE ($kinds IS NULL OR p.kind IN $kinds)
  AND ($issuer IS NULL OR EXISTS { MATCH (:Actor {id: $issuer})-[:ISSUED]->(p) })
  AND ($target IS NULL OR EXISTS { MATCH (p)-[:TARGETS]->(:Actor {id: $target}) })
  AND ($pillar IS NULL OR EXISTS { MATCH (p)-[:IMPLEMENTS|WORKS_AGAINST]->(:Pillar {id: $pillar}) })
  AND {{heldOn starts p.ended $inForceOn}}
WITH p, score, starts
ORDER BY CASE WHEN $key IS NOT NULL AND $key IN coalesce(p.searchKeys, []) THEN 0 ELSE 1 END,
         CASE WHEN score IS NULL THEN 0 ELSE -score END, starts DESC, p.id
WITH collect(p.id) AS ids
RETURN size(ids) AS total, ids[$offset..$offset + $limit] AS ids
