// The graph's version (see bump-graph-version.cypher) and the epoch it counts in: version 0 and epoch null for a
// graph no write has touched since the version came in.
// Parameters: none.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN coalesce(v.version, 0) AS version, v.epoch AS epoch
