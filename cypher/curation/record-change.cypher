// Records one change in the audit trail, in the transaction that makes it: who, when (the transaction's
// time, datetime.transaction(): the same instant the change's own timestamps carry), what, and the values before and after as JSON.
// `related` lists other ids the change touched (the kept actor of a merge), so history finds it from either.
// Parameters: {by: "alice", action: "upsertRelation", entityKind: "relation", entityId: "x-funds-y",
//   related: [], before: "{...}" or null, after: "{...}" or null, reason: null}
CREATE (c:Change {id: randomUUID(), at: datetime.transaction(), by: $by, action: $action, entityKind: $entityKind,
                  entityId: $entityId, related: $related, before: $before, after: $after, reason: $reason})
RETURN c {.id, at: toString(c.at), .by, .action, .entityKind, .entityId, .before, .after, .reason} AS change
