// Creates or updates events and who took part in them.
// Parameters: {dataset, rows: [{id, digest, props: {name, date, endDate, description, confidence},
//   actors: [{actor, role}]}]}
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
ON CREATE SET e.recordedAt = datetime()
SET e += row.props, e.digest = row.digest, e.dataset = $dataset
WITH e, row
OPTIONAL MATCH (e)<-[old:INVOLVED_IN]-()
DELETE old
WITH DISTINCT e, row
UNWIND row.actors AS part
MATCH (a:Actor {id: part.actor})
MERGE (a)-[inv:INVOLVED_IN]->(e)
SET inv.role = part.role
