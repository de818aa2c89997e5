// Contradiction rule "safety-commitment-contrary" (schema/contradiction-rules.json): an actor that signed a safety
// commitment, and that another actor criticizes on safety.
// - The commitment: an instrument of $commitmentKinds (standard) whose TARGETS link to the actor has an effect in
//   $commitmentEffects (obliges). The link holds from its own valid_from, else the instrument's in-force date, else
//   its announcement, until its valid_to, else the instrument's end (as policy-targets.cypher).
// - The criticism: a Statement by another actor, with a stance in $criticalStances, about the signatory, whose
//   quote contains one of $topicWords (lower case). The graph does not link statements to instruments, so these
//   words are how the rule keeps criticism that concerns safety; read the quote.
// - $actor: only findings about this signatory; null keeps all. $asOf is not used here: the service keeps the
//   findings whose two sides hold on that day (see src/contradiction/time-span.ts).
// Returns the shared finding row: actorId (the signatory), counterpartId (the critic), basis CRITICIZED, position
// (the TARGETS link) and tie (the statement) as {kind, id, starts, ends, confidence}, via (empty).
// Order: signatory, position, tie.
// Parameters: {actor: null, commitmentKinds: ["standard"], commitmentEffects: ["obliges"],
//   criticalStances: ["criticizes", "opposes"], topicWords: ["safety", "safe ", "sécurité"]}
MATCH (c:Policy)-[tg:TARGETS]->(signatory:Actor)
WHERE c.kind IN $commitmentKinds AND tg.effect IN $commitmentEffects
  AND ($actor IS NULL OR signatory.id = $actor)
MATCH (critic:Actor)-[:MADE]->(st:Statement)-[:ABOUT]->(signatory)
WHERE st.stance IN $criticalStances AND critic <> signatory
  AND any(word IN $topicWords WHERE toLower(st.quote) CONTAINS word)
RETURN signatory.id AS actorId,
       critic.id AS counterpartId,
       'CRITICIZED' AS basis,
       {kind: 'POLICY_TARGET', id: tg.id, starts: coalesce(tg.validFrom, c.inForce, c.announced), ends: coalesce(tg.validTo, c.ended),
        confidence: tg.confidence} AS position,
       {kind: 'STATEMENT', id: st.id, starts: st.date, ends: null, confidence: st.confidence} AS tie,
       [] AS via
ORDER BY actorId, position.id, tie.id
