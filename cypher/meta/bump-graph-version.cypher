// Raises the graph's version by one, in the transaction that changes the graph: the new version commits with the
// change, or neither does. Every write path runs it (recordChange for a mutation or a seed's last transaction, and
// each earlier transaction of a seed), as its last statement, so the version node's lock is held only until commit.
// `epoch` is drawn when the node is made: if the node is ever deleted (a database emptied by hand), the count starts
// again under a new epoch, so an old (epoch, version) pair never names a new graph.
// Parameters: none.
MERGE (v:GraphVersion {id: 'graph'})
ON CREATE SET v.epoch = randomUUID()
SET v.version = coalesce(v.version, 0) + 1, v.changedAt = datetime.transaction()
RETURN v.version AS version
