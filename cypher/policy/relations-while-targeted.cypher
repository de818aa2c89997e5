// For each of many TARGETS links, the relations of its target that held at some time while the instrument applied
// to it: "which listed firms dealt with American labs while they were listed?". A link applies from its own
// valid_from, else the instrument's in-force date, else its announced date, until its own valid_to, else the
// instrument's end (as in policy-targets.cypher). A relation overlaps that span when it began on or before the
// span's latest day and ended on or after its earliest day; partial dates count from their earliest day to their
// latest ('~' sorts after every digit), and an open or undated end always overlaps, as relations hold for `asOf`.
// - $types: relation types, from the fixed RelationType list; $countries: ISO codes of the other end; null keeps all.
// Retracted relations are left out. Order per link: by start, then id.
// Parameters: {linkIds: ["us-entity-listing-huawei-2019-05-targets-huawei"], types: ["NEGOTIATES_WITH"], countries: ["US"]}
UNWIND $linkIds AS linkId
MATCH (p:Policy)-[t:TARGETS]->(a:Actor)
WHERE t.id = linkId
WITH linkId, a, {{linkStart t p}} AS starts, {{linkEnd t p}} AS ends
CALL (a, starts, ends) {
  MATCH (a)-[r]-(other:Actor)
  WHERE r.id IS NOT NULL AND {{notRetracted r}}
    AND ($types IS NULL OR type(r) IN $types)
    AND ($countries IS NULL OR other.country IN $countries)
    AND {{overlaps starts ends r.validFrom r.validTo}}
  WITH r ORDER BY r.validFrom, r.id
  RETURN collect(r.id) AS relationIds
}
RETURN linkId, relationIds
