// The schema migrations recorded as applied (see cypher/migrations/).
MATCH (m:SchemaMigration)
RETURN m.version AS version
ORDER BY version
