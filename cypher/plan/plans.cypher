// The plans the graph holds, oldest first, undated last, then by id: the list behind `plans`.
// $limit arrives as a float from JavaScript, hence toInteger.
// Parameters: {limit: 20}
MATCH (p:Plan)
WITH p ORDER BY coalesce(p.date, '~'), p.id
LIMIT toInteger($limit)
RETURN p {.id, .name, .date, authorId: head([(author:Actor)-[:AUTHORED]->(p) | author.id])} AS plan
