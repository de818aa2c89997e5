// Gives the generated graph's synthetic states a regime class, for the BROKERAGE ranking: the generator writes no
// regimes.csv (the LOAD CSV comparison reads only sources, actors and relations), so the benchmark classes its states
// before timing. Synthetic data; the classes are the benchmark's, not claims about the world.
// Parameters: {classes: [{id: "syn-state-us", regime: "flawed_democracy"}, ...]}
UNWIND $classes AS class
MATCH (s:Actor {id: class.id})
SET s.regime = class.regime
RETURN count(s) AS classed
