// Funding rounds as records, and the id index of MAKES (a product's maker), the relation type the knowledge
// base's second edition adds. A test checks that every type in schema/model.json has its id index.
CREATE CONSTRAINT funding_round_id IF NOT EXISTS FOR (n:FundingRound) REQUIRE n.id IS UNIQUE;
CREATE INDEX funding_round_dataset IF NOT EXISTS FOR (n:FundingRound) ON (n.dataset);
CREATE INDEX rel_makes_id IF NOT EXISTS FOR ()-[r:MAKES]-() ON (r.id);
