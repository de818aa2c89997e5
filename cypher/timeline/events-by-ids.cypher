// Events by their ids, for the per-request loader behind a source's facts. Ids with no event return no row.
// Projected as every event query does: its properties and its participants (agents, then participants, then
// subjects, each by actor id).
// Parameters: {ids: ["altman-fired-2023-11-17"]}
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN e {.id, .name, .date, .endDate, .description, .confidence,
          participants: COLLECT { MATCH (p:Actor)-[i:INVOLVED_IN]->(e) WITH p, i ORDER BY i.role, p.id RETURN {actorId: p.id, role: i.role} }} AS event
