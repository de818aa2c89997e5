// Policy instruments by id, for the per-request loader: the one projection of an instrument (PolicyRow in
// src/policy/policy.type.ts); every other policy query returns ids and goes through this one.
// Parameters: {ids: ["us-ai-diffusion-rule-2025-01"]}
UNWIND $ids AS id
MATCH (p:Policy {id: id})
RETURN p {.id, .kind, .name, .officialTitle, .description, .announced, .inForce, .amended, .ended, .endKind, .confidence,
          aliases: coalesce(p.aliases, []), jurisdictionId: p.jurisdiction} AS policy
