// One window of the sources matching a filter, newest first (undated last), then by id, and how many match.
// - $publisher: the whole publisher name, any case; null: any publisher.
// - $language: ISO 639-1 code ("en"); null: any language.
// - $text: words found, in any case, in the title, URL or publisher; null: no text filter.
// Counted and paged in two subqueries with the same filter, so a page holds only its window in memory.
// $offset and $limit arrive as floats from JavaScript, hence toInteger.
// Parameters: {publisher: null, language: "en", text: "openai", offset: 0, limit: 21}
CALL () {
  MATCH (s:Source)
  WHERE ($publisher IS NULL OR toLower(s.publisher) = toLower($publisher))
    AND ($language IS NULL OR s.language = $language)
    AND ($text IS NULL OR toLower(s.title) CONTAINS toLower($text) OR toLower(s.url) CONTAINS toLower($text)
         OR toLower(coalesce(s.publisher, '')) CONTAINS toLower($text))
  RETURN count(s) AS total
}
CALL () {
  MATCH (s:Source)
  WHERE ($publisher IS NULL OR toLower(s.publisher) = toLower($publisher))
    AND ($language IS NULL OR s.language = $language)
    AND ($text IS NULL OR toLower(s.title) CONTAINS toLower($text) OR toLower(s.url) CONTAINS toLower($text)
         OR toLower(coalesce(s.publisher, '')) CONTAINS toLower($text))
  WITH s ORDER BY coalesce(s.published, '') DESC, s.id
  SKIP toInteger($offset) LIMIT toInteger($limit)
  RETURN collect({{sourceProjection s}}) AS sources
}
RETURN total, sources
