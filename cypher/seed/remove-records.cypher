// Deletes records of one kind that a dataset no longer holds, with their links. The slot `label` is one of the
// fixed record labels (Citation, Policy, Statement, Event, Pillar, Plan, FundingRound); an instrument goes with its links.
// Parameters: {ids: ["old-record-id"]}
UNWIND $ids AS id
MATCH (n:{{label}} {id: id})
DETACH DELETE n
