// The changes recorded about one entity (an actor, relation, source or dataset id, or an actor merged into or
// from it), newest first, a page at a time. Order: time, then id, so offsets page reliably.
// Parameters: {entity: "openai", offset: 0, limit: 21}
MATCH (c:Change)
WHERE c.entityId = $entity OR $entity IN c.related
WITH c ORDER BY c.at DESC, c.id DESC
RETURN count(c) AS total,
       collect(c {.id, at: toString(c.at), .by, .action, .entityKind, .entityId, .before, .after, .reason})[$offset..$offset + $limit] AS changes
