// Policy instruments as records (schema/model.json recordKinds.Policy), found by id and by name: the full-text
// index holds the name, the official title and the aliases in every language, one per line in searchText, with
// the same accent-folding analyzer as actor names. Their links carry an id (for citations) and are written with
// their instrument, so they need no index of their own.
CREATE CONSTRAINT policy_id IF NOT EXISTS FOR (n:Policy) REQUIRE n.id IS UNIQUE;
CREATE INDEX policy_dataset IF NOT EXISTS FOR (n:Policy) ON (n.dataset);
CREATE FULLTEXT INDEX policy_names IF NOT EXISTS
FOR (p:Policy) ON EACH [p.name, p.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
