// How many actors the graph holds.
MATCH (a:Actor)
RETURN count(a) AS actors
