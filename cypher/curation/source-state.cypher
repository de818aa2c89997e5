// The stored state of one source, for an edit's "before" and to check that a cited source exists.
// Parameters: {id: "latimes-2023-01-23-microsoft-10bn-openai"}
MATCH (s:Source {id: $id})
RETURN s {.id, .url, .via, .title, .publisher, .published, .language, .dataset} AS source
