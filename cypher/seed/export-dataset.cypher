// Everything a dataset holds, in the shape of the seed files, for `npm run export` and /export/seeds.
// A selection narrows it to a part that still seeds on its own; each null keeps all:
// - $dataset: records of this dataset ("seeds"); null: of every dataset.
// - $kinds: actors of these kinds (stored values, "company"). A record that names a dropped actor goes with it:
//   relations with a dropped end, funding rounds of a dropped recipient
//   (a dropped lead is left empty; rounds are kept whatever $asOf, since the fundings kept name them), plans by a
//   dropped author and their pillars, statements by or about a
//   dropped actor or plan, an event's dropped participants.
// - $types: relations of these types, from the fixed RelationType list.
// - $asOf: relations valid on that day (the API's rule: a start counts from its earliest day, an end until its
//   latest); plans, statements and events dated after that day go. Undated records stay.
// The exporter keeps the citations of the records kept, and the sources they cite.
// Parameters: {dataset: "seeds", kinds: null, types: null, asOf: null}
CALL {
  MATCH (s:Source) WHERE $dataset IS NULL OR s.dataset = $dataset
  RETURN 'source' AS kind, {{sourceProjection s}} AS row
  UNION ALL
  MATCH (a:Actor)
  WHERE ($dataset IS NULL OR a.dataset = $dataset) AND ($kinds IS NULL OR a.kind IN $kinds)
  RETURN 'actor' AS kind, a {.id, .kind, .name, .country, .description, .aliases, .aliasLanguages, .identifierSchemes, .identifierValues, .regime, .regimeIndex, .regimeYear, .regimeScore} AS row
  UNION ALL
  MATCH (a:Actor)-[r]->(b:Actor)
  WHERE r.id IS NOT NULL
    AND ($dataset IS NULL OR r.dataset = $dataset)
    AND ($kinds IS NULL OR (a.kind IN $kinds AND b.kind IN $kinds))
    AND ($types IS NULL OR type(r) IN $types)
    AND {{validOn r}}
  RETURN 'relation' AS kind, r {.id, type: type(r), from: a.id, to: b.id, .validFrom, .validFromKind, .validTo, .amount, .currency, .amountUsd, .amountKind, .fundingRound, .round, .instrument, .stake, .role, .position, .sharedPosition, .note, .confidence} AS row
  UNION ALL
  MATCH (fr:FundingRound)-[:RAISED_BY]->(recipient:Actor)
  WHERE ($dataset IS NULL OR fr.dataset = $dataset)
    AND ($kinds IS NULL OR recipient.kind IN $kinds)
  OPTIONAL MATCH (fr)-[:LED_BY]->(lead:Actor)
  WITH fr, recipient, CASE WHEN $kinds IS NULL OR lead.kind IN $kinds THEN lead END AS lead
  RETURN 'round' AS kind, fr {.id, recipient: recipient.id, .name, .date, .dateKind, lead: lead.id, .amount, .currency, .amountUsd, .amountKind,
           .valuationUsd, .confidence} AS row
  UNION ALL
  MATCH (author:Actor)-[:AUTHORED]->(p:Plan)
  WHERE ($dataset IS NULL OR p.dataset = $dataset)
    AND ($kinds IS NULL OR author.kind IN $kinds)
    AND ($asOf IS NULL OR p.date IS NULL OR p.date <= $asOf)
  RETURN 'plan' AS kind, p {.id, .name, author: author.id, .date} AS row
  UNION ALL
  MATCH (p:Pillar)-[:PART_OF]->(plan:Plan)<-[:AUTHORED]-(author:Actor)
  WHERE ($dataset IS NULL OR p.dataset = $dataset)
    AND ($kinds IS NULL OR author.kind IN $kinds)
    AND ($asOf IS NULL OR plan.date IS NULL OR plan.date <= $asOf)
  RETURN 'pillar' AS kind, p {.id, plan: plan.id, .position, .name, .description} AS row
  UNION ALL
  MATCH (speaker:Actor)-[:MADE]->(st:Statement)
  WHERE ($dataset IS NULL OR st.dataset = $dataset)
    AND ($kinds IS NULL OR speaker.kind IN $kinds)
    AND ($asOf IS NULL OR st.date IS NULL OR st.date <= $asOf)
  OPTIONAL MATCH (st)-[:ABOUT]->(target)
  // A statement about a pillar or a plan stays only while that plan does.
  OPTIONAL MATCH (target)-[:PART_OF]->(pillarPlan:Plan)
  WITH st, speaker, target, coalesce(pillarPlan, CASE WHEN target:Plan THEN target END) AS plan
  OPTIONAL MATCH (plan)<-[:AUTHORED]-(planAuthor:Actor)
  WITH st, speaker, target, plan, planAuthor
  WHERE target IS NULL
     OR (target:Actor AND ($kinds IS NULL OR target.kind IN $kinds))
     OR (plan IS NOT NULL AND ($kinds IS NULL OR planAuthor.kind IN $kinds) AND ($asOf IS NULL OR plan.date IS NULL OR plan.date <= $asOf))
  RETURN 'statement' AS kind, st {.id, actor: speaker.id, about: target.id, .stance, .date, .quote, .confidence} AS row
  UNION ALL
  MATCH (e:Event)
  WHERE ($dataset IS NULL OR e.dataset = $dataset) AND ($asOf IS NULL OR e.date <= $asOf)
  OPTIONAL MATCH (a:Actor)-[i:INVOLVED_IN]->(e) WHERE $kinds IS NULL OR a.kind IN $kinds
  WITH e, a, i ORDER BY a.id
  WITH e, [x IN collect({actor: a.id, role: i.role}) WHERE x.actor IS NOT NULL] AS actors
  RETURN 'event' AS kind, e {.id, .name, .date, .endDate, .description, .confidence, actors: actors} AS row
  UNION ALL
  MATCH (p:Policy)
  WHERE ($dataset IS NULL OR p.dataset = $dataset)
    AND ($asOf IS NULL OR coalesce(p.announced, p.inForce) <= $asOf)
    AND ($kinds IS NULL OR NOT EXISTS { MATCH (p)<-[:ISSUED]-(issuer:Actor) WHERE NOT issuer.kind IN $kinds })
  CALL (p) {
    MATCH (issuer:Actor)-[link:ISSUED]->(p)
    RETURN link, 'ISSUED' AS type, issuer.id AS from, p.id AS to
    UNION ALL
    MATCH (p)-[link]->(end)
    WHERE link.id IS NOT NULL AND NOT end:Source
      AND (NOT end:Actor OR $kinds IS NULL OR end.kind IN $kinds)
      AND (NOT end:Policy OR (($asOf IS NULL OR coalesce(end.announced, end.inForce) <= $asOf)
           AND ($kinds IS NULL OR NOT EXISTS { MATCH (end)<-[:ISSUED]-(issuer:Actor) WHERE NOT issuer.kind IN $kinds })))
      AND (NOT end:Pillar OR EXISTS { MATCH (end)-[:PART_OF]->(plan:Plan)<-[:AUTHORED]-(author:Actor)
           WHERE ($kinds IS NULL OR author.kind IN $kinds) AND ($asOf IS NULL OR plan.date IS NULL OR plan.date <= $asOf) })
    RETURN link, type(link) AS type, p.id AS from, end.id AS to
  }
  WITH p, link, type, from, to ORDER BY link.id
  WITH p, collect(link {.id, type: type, from: from, to: to, .effect, .validFrom, .validFromKind, .validTo, .role, .reason, .confidence}) AS links
  RETURN 'policy' AS kind, p {.id, .kind, .name, .officialTitle, .description, .jurisdiction, .announced, .inForce, .amended, .ended, .endKind,
           .confidence, .aliases, .aliasLanguages, links: links} AS row
  UNION ALL
  MATCH (c:Citation)-[:CITES]->(s:Source) WHERE $dataset IS NULL OR c.dataset = $dataset
  RETURN 'citation' AS kind, c {.fact, .factKind, .quote, source: s.id} AS row
}
RETURN kind, row
ORDER BY kind, coalesce(row.id, row.fact + '@' + row.source)
