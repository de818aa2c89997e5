// Merges a duplicate actor into the one kept. Every relationship of the removed actor (to actors, statements,
// events, plans) is recreated on the kept one with the same type and properties, then deleted: the type comes
// from the graph itself through a Neo4j 5.26 dynamic type, $(type(r)), never from input. A relation between
// the two becomes a loop and is retracted. The removed node stays as (:MergedActor {id, mergedInto}), so its
// id redirects to the kept actor; ids that were merged into the removed one now redirect to the kept one too.
// Parameters: {keep: "openai", remove: "open-ai", by: "alice"}
MATCH (k:Actor {id: $keep})
MATCH (x:Actor {id: $remove})
CALL (k, x) {
  MATCH (x)-[r]->(other)
  WITH k, r, CASE WHEN other = x THEN k ELSE other END AS target
  CREATE (k)-[n:$(type(r))]->(target)
  SET n = properties(r)
  WITH n, target, k, r
  DELETE r
  WITH n, target = k AS loop
  SET n.retractedAt = CASE WHEN loop THEN coalesce(n.retractedAt, datetime.transaction()) ELSE n.retractedAt END,
      n.retractedBy = CASE WHEN loop AND n.retractedBy IS NULL THEN $by ELSE n.retractedBy END,
      n.retractionReason = CASE WHEN loop AND n.retractionReason IS NULL THEN 'merged: both ends are now ' + $keep ELSE n.retractionReason END
  RETURN count(n) AS outgoing
}
CALL (k, x) {
  MATCH (other)-[r]->(x)
  CREATE (other)-[n:$(type(r))]->(k)
  SET n = properties(r)
  WITH n, other = k AS loop, r
  DELETE r
  SET n.retractedAt = CASE WHEN loop THEN coalesce(n.retractedAt, datetime.transaction()) ELSE n.retractedAt END,
      n.retractedBy = CASE WHEN loop AND n.retractedBy IS NULL THEN $by ELSE n.retractedBy END,
      n.retractionReason = CASE WHEN loop AND n.retractionReason IS NULL THEN 'merged: both ends are now ' + $keep ELSE n.retractionReason END
  RETURN count(n) AS incoming
}
CALL (x) {
  OPTIONAL MATCH (earlier:MergedActor {mergedInto: x.id})
  SET earlier.mergedInto = $keep
  RETURN count(earlier) AS redirected
}
REMOVE x:Actor
SET x:MergedActor, x.mergedInto = $keep, x.mergedAt = datetime.transaction(), x.mergedBy = $by
RETURN outgoing + incoming AS moved, redirected
