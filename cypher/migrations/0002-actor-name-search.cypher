// Full-text search over names and aliases in every language. The folding analyzer drops accents, so
// "Etats-Unis" finds "États-Unis". `searchText` holds the name and all aliases, one per line.
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS
FOR (a:Actor) ON EACH [a.name, a.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
