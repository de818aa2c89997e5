// TARGETS links of instruments: whom each applies to, how (effect) and when. Serves an instrument's `targets`,
// an actor's `policies` and the timeline's policy entries. Each null condition keeps all:
// - $policyIds: links of these instruments; $targetIds: links to these actors; $linkIds: these links.
// - $effects: stored effects ("requires_licence").
// - $asOf: links in force that day. A link holds from its own valid_from, else the instrument's in-force date,
//   else its announced date; until its own valid_to, else the instrument's end. A start counts from its earliest
//   day and an end until its latest ('~' sorts after every digit), as for relations: a rule revoked on
//   2025-05-13 still holds that day and no longer the day after.
// Order: newest start first, then id.
// Parameters: {policyIds: null, targetIds: ["nvidia"], linkIds: null, effects: null, asOf: "2025-03-01"}
MATCH (p:Policy)-[t:TARGETS]->(a:Actor)
WHERE ($policyIds IS NULL OR p.id IN $policyIds)
  AND ($targetIds IS NULL OR a.id IN $targetIds)
  AND ($linkIds IS NULL OR t.id IN $linkIds)
  AND ($effects IS NULL OR t.effect IN $effects)
WITH p, t, a, {{linkStart t p}} AS starts, {{linkEnd t p}} AS ends
WHERE {{heldOn starts ends $asOf}}
RETURN t {.id, .effect, .role, .validFrom, .validFromKind, .validTo, .confidence, policyId: p.id, targetId: a.id, starts: starts, ends: ends} AS target
ORDER BY starts DESC, target.id
