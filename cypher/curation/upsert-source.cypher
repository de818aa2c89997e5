// Creates or updates one source document from an edit; a new one belongs to the "curation" dataset.
// Parameters: {id, by, props: {url, via, title, publisher, published, language}}
MERGE (s:Source {id: $id})
ON CREATE SET s.dataset = 'curation', s.recordedAt = datetime.transaction()
SET s += $props, s.updatedAt = datetime.transaction(), s.updatedBy = $by
RETURN s {.id, .url, .via, .title, .publisher, .published, .language, .dataset} AS source
