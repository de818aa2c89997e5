// Creates or updates actors, with their aliases, the text the full-text index reads, the search keys of their
// names (accent-free lower-case words, for exact-name ranking), and a state's regime.
// Parameters: {dataset, rows: [{id, digest, props: {kind, name, country, description, aliases, aliasLanguages,
//   searchText, searchKeys, regime, regimeIndex, regimeYear, regimeScore}}]}
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a += row.props, a.digest = row.digest, a.dataset = $dataset
