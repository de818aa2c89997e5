// The graph's version: one (:GraphVersion {id: "graph"}) node whose `version` every write transaction (each
// mutation, each transaction of a seed) raises by one, so a cache of computed answers (the rankings) knows when the
// graph changed. The constraint makes concurrent MERGEs of it meet on one node.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE;
