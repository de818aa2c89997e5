// Deletes records of one kind that a dataset no longer holds, with their links. NODE_LABEL is replaced by one
// of the fixed record labels (Citation, Policy, Statement, Event, Pillar, Plan, FundingRound); an instrument goes with its links.
// Parameters: {ids: ["old-record-id"]}
UNWIND $ids AS id
MATCH (n:NODE_LABEL {id: id})
DETACH DELETE n
