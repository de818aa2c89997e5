// Everything one dataset holds, in the shape of the seed files, for `npm run export`.
// Parameters: {dataset: "seeds"}
CALL {
  MATCH (s:Source) WHERE s.dataset = $dataset
  RETURN 'source' AS kind, s {.id, .url, .title, .publisher, .published, .language} AS row
  UNION ALL
  MATCH (a:Actor) WHERE a.dataset = $dataset
  RETURN 'actor' AS kind, a {.id, .kind, .name, .country, .description, .aliases, .aliasLanguages, .regime, .regimeIndex, .regimeYear, .regimeScore} AS row
  UNION ALL
  MATCH (a:Actor)-[r]->(b:Actor) WHERE r.dataset = $dataset AND r.id IS NOT NULL
  RETURN 'relation' AS kind, r {.id, type: type(r), from: a.id, to: b.id, .validFrom, .validTo, .amount, .currency, .amountUsd, .round, .instrument, .stake, .role, .confidence} AS row
  UNION ALL
  MATCH (author:Actor)-[:AUTHORED]->(p:Plan) WHERE p.dataset = $dataset
  RETURN 'plan' AS kind, p {.id, .name, author: author.id, .date} AS row
  UNION ALL
  MATCH (p:Pillar)-[:PART_OF]->(plan:Plan) WHERE p.dataset = $dataset
  RETURN 'pillar' AS kind, p {.id, plan: plan.id, .position, .name, .description} AS row
  UNION ALL
  MATCH (speaker:Actor)-[:MADE]->(st:Statement) WHERE st.dataset = $dataset
  OPTIONAL MATCH (st)-[:ABOUT]->(target)
  RETURN 'statement' AS kind, st {.id, actor: speaker.id, about: target.id, .stance, .date, .quote, .confidence} AS row
  UNION ALL
  MATCH (e:Event) WHERE e.dataset = $dataset
  OPTIONAL MATCH (a:Actor)-[i:INVOLVED_IN]->(e)
  WITH e, a, i ORDER BY a.id
  WITH e, [x IN collect({actor: a.id, role: i.role}) WHERE x.actor IS NOT NULL] AS actors
  RETURN 'event' AS kind, e {.id, .name, .date, .endDate, .description, .confidence, actors: actors} AS row
  UNION ALL
  MATCH (c:Citation)-[:CITES]->(s:Source) WHERE c.dataset = $dataset
  RETURN 'citation' AS kind, c {.fact, .factKind, .quote, source: s.id} AS row
}
RETURN kind, row
ORDER BY kind, coalesce(row.id, row.fact + '@' + row.source)
