// The dated facts that touch one actor, in time order, one window of them: the relations it is an end of (an
// entry where each starts, and another where each ends), the statements it made or that are about it, and the
// events it took part in. Facts without a date are left out.
// - Order: by date, earliest first. Dates are partial strings and a prefix sorts before its extensions, so
//   "2023" comes before "2023-01-23": a fact sorts at its earliest day. Same date: by kind, then id, a unique
//   key, so offsets page reliably.
// - $from / $to: keep the entries that overlap [from, to]: a fact's earliest day is on or before $to and its
//   latest day ('~' sorts after every digit, so `until + '~'` stands for the last day of a year or month) is on
//   or after $from. An event spans date..endDate; every other entry is a single date. Null: no bound.
// - $kinds: "relation_start", "relation_end", "statement", "event" to keep; null keeps all.
// Relations use the RelationRow projection, statements the StatementRow one, events the EventRow one.
// Retracted relations (retractedAt set, see retractRelation) are left out.
// Parameters: {id: "openai", from: "2023-01-01", to: "2023-12-31", kinds: null, offset: 0, limit: 21}
MATCH (a:Actor {id: $id})
CALL (a) {
  MATCH (a)-[r]-(:Actor)
  WHERE r.validFrom IS NOT NULL AND r.retractedAt IS NULL
  RETURN 'relation_start' AS kind, r.id AS id, r.validFrom AS date, r.validFrom AS until, r AS rel,
         null AS statement, null AS event, null AS role
  UNION ALL
  MATCH (a)-[r]-(:Actor)
  WHERE r.validTo IS NOT NULL AND r.retractedAt IS NULL
  RETURN 'relation_end' AS kind, r.id AS id, r.validTo AS date, r.validTo AS until, r AS rel,
         null AS statement, null AS event, null AS role
  UNION ALL
  MATCH (a)-[:MADE|ABOUT]-(st:Statement)
  WHERE st.date IS NOT NULL
  WITH DISTINCT st
  RETURN 'statement' AS kind, st.id AS id, st.date AS date, st.date AS until, null AS rel,
         st {.id, .stance, .quote, .date, .confidence,
             actorId: head([(speaker:Actor)-[:MADE]->(st) | speaker.id]),
             aboutKind: head([(st)-[:ABOUT]->(x) | CASE WHEN x:Plan THEN 'plan' WHEN x:Pillar THEN 'pillar' ELSE 'actor' END]),
             aboutId: head([(st)-[:ABOUT]->(x) | x.id])} AS statement,
         null AS event, null AS role
  UNION ALL
  MATCH (a)-[part:INVOLVED_IN]->(e:Event)
  WHERE e.date IS NOT NULL
  RETURN 'event' AS kind, e.id AS id, e.date AS date, coalesce(e.endDate, e.date) AS until, null AS rel,
         null AS statement,
         e {.id, .name, .date, .endDate, .description, .confidence,
            participants: COLLECT { MATCH (p:Actor)-[i:INVOLVED_IN]->(e) WITH p, i ORDER BY i.role, p.id RETURN {actorId: p.id, role: i.role} }} AS event,
         part.role AS role
}
WITH kind, id, date, until, rel, statement, event, role
WHERE ($kinds IS NULL OR kind IN $kinds)
  AND ($to IS NULL OR date <= $to)
  AND ($from IS NULL OR until + '~' >= $from)
ORDER BY date, kind, id
WITH collect({kind: kind, id: id, date: date, role: role, statement: statement, event: event,
              relation: CASE WHEN rel IS NULL THEN null ELSE rel {.id, .validFrom, .validFromKind, .validTo, .amount, .currency, .amountUsd, .amountKind, fundingRoundId: rel.fundingRound, .round,
                  .instrument, .stake, .role, .position, .sharedPosition, .note, .confidence, recordedAt: toString(rel.recordedAt), type: type(rel), fromId: startNode(rel).id,
                  toId: endNode(rel).id} END}) AS entries
RETURN size(entries) AS total, entries[$offset..$offset + $limit] AS entries
