// Deletes every node and its relationships in batches, so no one transaction holds the whole graph. The
// schema stays: constraints and indexes are not data, and the :SchemaMigration nodes that record the applied
// migrations are kept, so the database still reads as migrated (src/neo4j/migrations.ts isSchemaCurrent).
// Parameters: {batchSize: 10000}
MATCH (n) WHERE NOT n:SchemaMigration
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF $batchSize ROWS
