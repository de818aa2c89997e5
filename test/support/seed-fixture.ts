/**
 * A small, complete seed folder for tests, with every id prefixed so test files can share a database.
 * The facts are test data, not claims about the world.
 */
export function seedFixture(p: string): Record<string, string> {
  return {
    "sources.csv": `id,url,title,publisher,published,language
${p}src-a,https://example.org/a,"Lab A raises money, again",Example News,2024-10-02,en
${p}src-b,https://example.org/b,Fonds souverain,Exemple,2024-03,fr
`,
    "actors.csv": `id,kind,name,country,description
${p}lab,company,Lab A,US,A test lab.
${p}fund,investor,Sovereign Fund,SA,A test fund.
${p}state,state,Kingdom,SA,
${p}ceo,person,Chief Executive,US,
`,
    "aliases.csv": `actor,lang,alias
${p}state,fr,Royaume
`,
    "regimes.csv": `state,index,year,regime,score,source,quote
${p}state,EIU Democracy Index,2023,authoritarian,2.08,${p}src-b,"classé régime autoritaire"
`,
    "relations.csv": `id,type,from,to,valid_from,valid_to,amount,currency,amount_usd,amount_kind,round,instrument,stake,role,confidence,source,quote
${p}state-controls-fund,CONTROLS,${p}state,${p}fund,2015,,,,,,,,,,confirmed,${p}src-b,"Le fonds est contrôlé par l'État"
${p}fund-funds-lab,FUNDS,${p}fund,${p}lab,2024-10-02,,1500000000,USD,1500000000,paid,2024-10 round,equity,,,reported,${p}src-a,"The fund put in $1.5 billion, people said"
${p}ceo-leads-lab,LEADS,${p}ceo,${p}lab,2019,2023-11-17,,,,,,,,chief executive,confirmed,${p}src-a,"The chief executive, who has led Lab A since 2019"
`,
    "citations.csv": `fact,source,quote
${p}fund-funds-lab,${p}src-b,"Le fonds a investi dans Lab A"
`,
    "plans.csv": `id,name,author,date,source,quote
${p}plan,A plan,${p}ceo,2024-07-25,${p}src-a,"The chief executive set out a plan"
`,
    "pillars.csv": `id,plan,position,name,description,source,quote
${p}pillar-one,${p}plan,1,One,The first point.,${p}src-a,"First, security"
`,
    "statements.csv": `id,actor,about,stance,date,quote,confidence,source
${p}ceo-proposes-one,${p}ceo,${p}pillar-one,proposes,2024-07-25,"We need security first",confirmed,${p}src-a
${p}fund-claims,${p}fund,,claims,2024,"AI will decide the century",reported,${p}src-b
`,
    "events.csv": `id,name,date,end_date,description,confidence,source,quote
${p}ceo-fired,Chief executive fired,2023-11-17,,The board fired the chief executive.,confirmed,${p}src-a,"The board fired him on Friday"
`,
    "event_actors.csv": `event,actor,role
${p}ceo-fired,${p}ceo,subject
${p}ceo-fired,${p}lab,agent
`,
    "policies.csv": `id,kind,name,official_title,description,jurisdiction,announced,in_force,amended,ended,end_kind,confidence,source,quote
${p}chip-rule,export_rule,Chip rule,Rule on the export of chips,The kingdom requires a licence to sell chips to Lab A.,${p}state,2024-01-10,2024-02-01,,2024-06-30,revoked,confirmed,${p}src-b,"Le royaume soumet les puces à licence"
${p}chip-repeal,executive_order,Chip rule repeal,,Revokes the chip rule.,${p}state,2024-06-30,2024-06-30,,,,confirmed,${p}src-a,"The kingdom repealed the chip rule"
`,
    "policy_aliases.csv": `policy,lang,alias
${p}chip-rule,fr,règle sur les puces
`,
    "policy_links.csv": `id,type,from,to,effect,valid_from,valid_from_kind,valid_to,role,reason,confidence,source,quote
${p}state-issued-chip-rule,ISSUED,${p}state,${p}chip-rule,,,,,,,confirmed,${p}src-b,"Le royaume soumet les puces à licence"
${p}state-issued-chip-repeal,ISSUED,${p}state,${p}chip-repeal,,,,,,,confirmed,${p}src-a,"The kingdom repealed the chip rule"
${p}chip-rule-targets-lab,TARGETS,${p}chip-rule,${p}lab,requires_licence,2024-03,began,,licence for chips,,confirmed,${p}src-b,"Lab A doit demander une licence"
${p}chip-repeal-revokes-chip-rule,REVOKES,${p}chip-repeal,${p}chip-rule,,,,,,,confirmed,${p}src-a,"The kingdom repealed the chip rule"
${p}chip-rule-implements-one,IMPLEMENTS,${p}chip-rule,${p}pillar-one,,,,,,Licensing chips is the security the first point asks for.,,,
`,
  };
}
