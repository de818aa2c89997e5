// Creates or updates sources. The seeder sends only rows that are new or whose digest changed.
// Parameters: {dataset: "seeds", rows: [{id, digest, props: {url, title, publisher, published, language}}]}
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s += row.props, s.digest = row.digest, s.dataset = $dataset
