// Actors matching a filter, one page, and how many match in all. Serves both `actors` (ordered by name) and
// `search` (ranked by full-text score).
// - $lucene: a Lucene query over names, aliases and identifiers in every language (index actor_names,
//   accent-folding), built by the API from the user's words with every special character removed
//   (src/actor/lucene-query.ts: optional words for `search`, required ones for `actors`); null for no text condition.
// - $kinds, $countries, $regimes: lists of stored values (from GraphQL enums and checked codes); null keeps all.
// - $rankByScore: true ranks actors with a name, alias or identifier whose exact-name key is $key ("etatsunis",
//   src/actor/lucene-query.ts exactNameKey) first, then by score (best first); false orders by name. Both end on
//   id so pages are stable.
// Parameters: {lucene: "(etats^2 OR etats~1) (unis^2 OR unis*) etatsunis^3 OR \"etats unis\"^4", key: "etatsunis", kinds: ["state"],
//   countries: null, regimes: null, rankByScore: true, offset: 0, limit: 21}
CALL () {
  WITH $lucene AS lucene WHERE lucene IS NOT NULL
  CALL db.index.fulltext.queryNodes('actor_names', lucene) YIELD node, score
  RETURN node AS a, score
  UNION
  WITH $lucene AS lucene WHERE lucene IS NULL
  MATCH (a:Actor)
  RETURN a, null AS score
}
WITH a, score
WHERE ($kinds IS NULL OR a.kind IN $kinds)
  AND ($countries IS NULL OR a.country IN $countries)
  AND ($regimes IS NULL OR a.regime IN $regimes)
WITH a, score
ORDER BY CASE WHEN $rankByScore AND $key IN coalesce(a.searchKeys, []) THEN 0 ELSE 1 END,
         CASE WHEN $rankByScore THEN -score ELSE 0 END, a.name, a.id
WITH collect({a: a, score: score}) AS matches
WITH size(matches) AS total, matches[$offset..$offset + $limit] AS window
// The actor projection is the shared one (actorProjection), as in actors-by-ids.cypher, so a listed actor primes
// the request loader.
CALL (window) {
  UNWIND window AS match
  WITH match.a AS a, match.score AS score
  RETURN collect({score: score, actor: {{actorProjection a}}}) AS page
}
RETURN total, page
