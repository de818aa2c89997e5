// How much the graph holds, in one query: actors by kind, relations between actors by type with how many of
// them have no source, and the number of sources, plans, statements and events.
// A relation is unsourced when no Citation of kind "relation" names its id, whatever dataset the citation is in.
// - $dataset: count only the records of this dataset ("seeds"); null counts everything.
// Retracted relations (retractedAt set, see retractRelation) are left out.
// Parameters: {dataset: "seeds"}
CALL () {
  MATCH (a:Actor)
  WHERE $dataset IS NULL OR a.dataset = $dataset
  WITH a.kind AS kind, count(*) AS count
  RETURN collect({kind: kind, count: count}) AS actorsByKind
}
CALL () {
  MATCH (:Actor)-[r]->(:Actor)
  WHERE ($dataset IS NULL OR r.dataset = $dataset) AND {{notRetracted r}}
  WITH type(r) AS type, NOT EXISTS { MATCH (c:Citation {fact: r.id}) WHERE c.factKind = 'relation' } AS unsourced
  WITH type, count(*) AS count, count(CASE WHEN unsourced THEN 1 END) AS unsourcedCount
  RETURN collect({type: type, count: count, unsourced: unsourcedCount}) AS relationsByType
}
CALL () {
  MATCH (s:Source) WHERE $dataset IS NULL OR s.dataset = $dataset
  RETURN count(s) AS sources
}
CALL () {
  MATCH (p:Plan) WHERE $dataset IS NULL OR p.dataset = $dataset
  RETURN count(p) AS plans
}
CALL () {
  MATCH (st:Statement) WHERE $dataset IS NULL OR st.dataset = $dataset
  RETURN count(st) AS statements
}
CALL () {
  MATCH (e:Event) WHERE $dataset IS NULL OR e.dataset = $dataset
  RETURN count(e) AS events
}
RETURN actorsByKind, relationsByType, sources, plans, statements, events
