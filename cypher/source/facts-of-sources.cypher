// The facts each of many sources supports, one window of each, for the per-request loader of Source.facts: one
// query for every source of a list. A fact is named by its kind ("relation", "statement", "event", "plan",
// "pillar", "regime") and id (for "regime", the state's actor id), with the quote that supports it.
// Order: by kind, then fact id: unique for one source, so offsets page reliably.
// - $kinds: stored kinds to keep; null keeps all.
// Parameters: {ids: ["latimes-2023-01-23-microsoft-10bn-openai"], kinds: null, offset: 0, limit: 21}
UNWIND $ids AS id
MATCH (s:Source {id: id})
CALL (s) {
  MATCH (c:Citation)-[:CITES]->(s)
  WHERE $kinds IS NULL OR c.factKind IN $kinds
  WITH c ORDER BY c.factKind, c.fact
  RETURN count(c) AS total, collect({kind: c.factKind, id: c.fact, quote: c.quote})[$offset..$offset + $limit] AS facts
}
RETURN id, total, facts
