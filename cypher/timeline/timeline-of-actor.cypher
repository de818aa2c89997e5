// The dated facts that touch one actor, in time order, one window of them: the relations it is an end of (an
// entry where each starts, and another where each ends), the statements it made or that are about it, the
// events it took part in, and the policy instruments that target it (an entry where each began to apply, from
// the target's own date or else the instrument's in-force or announced date, and one where it stopped: the
// target's end or else the instrument's). Facts without a date are left out.
// - Order: by date, earliest first. Dates are partial strings and a prefix sorts before its extensions, so
//   "2023" comes before "2023-01-23": a fact sorts at its earliest day. Same date: by kind, then id, a unique
//   key, so offsets page reliably.
// - $from / $to: keep the entries that overlap [from, to]: a fact's earliest day is on or before $to and its
//   latest day (of a year or month, for a partial date) is on or after $from. An event spans date..endDate; every other entry is a single date. Null: no bound.
// - $kinds: "relation_start", "relation_end", "statement", "event", "policy_start", "policy_end" to keep; null
//   keeps all.
// Relations use the RelationRow projection, statements the StatementRow one, events the EventRow one; a policy
// entry gives its TARGETS link's id (targetLink), which the API reads through cypher/policy/policy-targets.cypher.
// Retracted relations (retractedAt set, see retractRelation) are left out.
// Parameters: {id: "openai", from: "2023-01-01", to: "2023-12-31", kinds: null, offset: 0, limit: 21}
MATCH (a:Actor {id: $id})
CALL (a) {
  MATCH (a)-[r]-(:Actor)
  WHERE r.validFrom IS NOT NULL AND {{notRetracted r}}
  RETURN 'relation_start' AS kind, r.id AS id, r.validFrom AS date, r.validFrom AS until, r AS rel,
         null AS statement, null AS event, null AS role, null AS targetLink
  UNION ALL
  MATCH (a)-[r]-(:Actor)
  WHERE r.validTo IS NOT NULL AND {{notRetracted r}}
  RETURN 'relation_end' AS kind, r.id AS id, r.validTo AS date, r.validTo AS until, r AS rel,
         null AS statement, null AS event, null AS role, null AS targetLink
  UNION ALL
  MATCH (a)-[:MADE|ABOUT]-(st:Statement)
  WHERE st.date IS NOT NULL
  WITH DISTINCT st
  RETURN 'statement' AS kind, st.id AS id, st.date AS date, st.date AS until, null AS rel,
         st {.id, .stance, .quote, .date, .confidence,
             actorId: head([(speaker:Actor)-[:MADE]->(st) | speaker.id]),
             aboutKind: head([(st)-[:ABOUT]->(x) | CASE WHEN x:Plan THEN 'plan' WHEN x:Pillar THEN 'pillar' ELSE 'actor' END]),
             aboutId: head([(st)-[:ABOUT]->(x) | x.id])} AS statement,
         null AS event, null AS role, null AS targetLink
  UNION ALL
  MATCH (a)-[part:INVOLVED_IN]->(e:Event)
  WHERE e.date IS NOT NULL
  RETURN 'event' AS kind, e.id AS id, e.date AS date, coalesce(e.endDate, e.date) AS until, null AS rel,
         null AS statement,
         e {.id, .name, .date, .endDate, .description, .confidence,
            participants: COLLECT { MATCH (p:Actor)-[i:INVOLVED_IN]->(e) WITH p, i ORDER BY i.role, p.id RETURN {actorId: p.id, role: i.role} }} AS event,
         part.role AS role, null AS targetLink
  UNION ALL
  MATCH (a)<-[t:TARGETS]-(p:Policy)
  WITH t, {{linkStart t p}} AS starts
  WHERE starts IS NOT NULL
  RETURN 'policy_start' AS kind, t.id AS id, starts AS date, starts AS until, null AS rel,
         null AS statement, null AS event, null AS role, t.id AS targetLink
  UNION ALL
  MATCH (a)<-[t:TARGETS]-(p:Policy)
  WITH t, {{linkEnd t p}} AS ends
  WHERE ends IS NOT NULL
  RETURN 'policy_end' AS kind, t.id AS id, ends AS date, ends AS until, null AS rel,
         null AS statement, null AS event, null AS role, t.id AS targetLink
}
WITH kind, id, date, until, rel, statement, event, role, targetLink
WHERE ($kinds IS NULL OR kind IN $kinds)
  AND ($to IS NULL OR {{mayFallOnOrBefore date $to}})
  AND ($from IS NULL OR {{mayFallOnOrAfter until $from}})
ORDER BY date, kind, id
WITH collect({kind: kind, id: id, date: date, role: role, statement: statement, event: event, targetLink: targetLink,
              relation: CASE WHEN rel IS NULL THEN null ELSE {{relationProjection rel}} END}) AS entries
RETURN size(entries) AS total, entries[$offset..$offset + $limit] AS entries
