import { ActorInput, AliasInput } from "../actor/actor.input";
import { IdentifierInput } from "../actor/identifier.input";
import { RegimeInput } from "../actor/regime.input";
import { EventActorInput, EventInput } from "../event/event.input";
import { FundingRoundInput } from "../funding/funding-round.input";
import { PillarInput, PlanInput, StatementInput } from "../plan/plan.input";
import { PolicyAliasInput, PolicyInput, PolicyLinkInput } from "../policy/policy.input";
import { RelationInput } from "../relation/relation.input";
import { CitationInput, SourceInput } from "../source/source.input";
import type { TableSpec } from "./seed-table";

/** The seed files, each read with the input class the API shares. Columns are listed in export order. */
export const sourceTable: TableSpec<SourceInput> = {
  file: "sources.csv",
  rowClass: SourceInput,
  columns: ["id", "url", "title", "publisher", "published", "language", "via"],
  required: ["id", "url", "title", "language"],
  key: (row) => row.id,
};

export const actorTable: TableSpec<ActorInput> = {
  file: "actors.csv",
  rowClass: ActorInput,
  columns: ["id", "kind", "name", "country", "description"],
  required: ["id", "kind", "name"],
  key: (row) => row.id,
};

export const aliasTable: TableSpec<AliasInput> = {
  file: "aliases.csv",
  rowClass: AliasInput,
  columns: ["actor", "lang", "alias"],
  required: ["actor", "lang", "alias"],
  key: (row) => `${row.actor}\u0000${row.lang}\u0000${row.alias}`,
};

export const identifierTable: TableSpec<IdentifierInput> = {
  file: "identifiers.csv",
  rowClass: IdentifierInput,
  columns: ["actor", "scheme", "value", "source", "quote"],
  required: ["actor", "scheme", "value", "source", "quote"],
  key: (row) => `${row.actor}\u0000${row.scheme}\u0000${row.value}`,
};

export const regimeTable: TableSpec<RegimeInput> = {
  file: "regimes.csv",
  rowClass: RegimeInput,
  columns: ["state", "index", "year", "regime", "score", "source", "quote"],
  required: ["state", "index", "year", "regime", "source", "quote"],
  numeric: ["year", "score"],
  key: (row) => row.state,
};

export const relationTable: TableSpec<RelationInput> = {
  file: "relations.csv",
  rowClass: RelationInput,
  columns: [
    "id",
    "type",
    "from",
    "to",
    "valid_from",
    "valid_from_kind",
    "valid_to",
    "amount",
    "currency",
    "amount_usd",
    "amount_kind",
    "funding_round",
    "round",
    "instrument",
    "stake",
    "role",
    "position",
    "shared_position",
    "note",
    "confidence",
    "source",
    "quote",
  ],
  required: ["id", "type", "from", "to", "confidence", "source", "quote"],
  numeric: ["amount", "amount_usd", "stake"],
  key: (row) => row.id,
};

export const fundingRoundTable: TableSpec<FundingRoundInput> = {
  file: "rounds.csv",
  rowClass: FundingRoundInput,
  columns: [
    "id",
    "recipient",
    "name",
    "date",
    "date_kind",
    "lead",
    "amount",
    "currency",
    "amount_usd",
    "amount_kind",
    "valuation_usd",
    "confidence",
    "source",
    "quote",
  ],
  required: ["id", "recipient", "name", "confidence", "source", "quote"],
  numeric: ["amount", "amount_usd", "valuation_usd"],
  key: (row) => row.id,
};

export const citationTable: TableSpec<CitationInput> = {
  file: "citations.csv",
  rowClass: CitationInput,
  columns: ["fact", "source", "quote"],
  required: ["fact", "source", "quote"],
  key: (row) => `${row.fact}\u0000${row.source}`,
};

export const planTable: TableSpec<PlanInput> = {
  file: "plans.csv",
  rowClass: PlanInput,
  columns: ["id", "name", "author", "date", "source", "quote"],
  required: ["id", "name", "author", "source", "quote"],
  key: (row) => row.id,
};

export const pillarTable: TableSpec<PillarInput> = {
  file: "pillars.csv",
  rowClass: PillarInput,
  columns: ["id", "plan", "position", "name", "description", "source", "quote"],
  required: ["id", "plan", "position", "name", "source", "quote"],
  numeric: ["position"],
  key: (row) => row.id,
};

export const statementTable: TableSpec<StatementInput> = {
  file: "statements.csv",
  rowClass: StatementInput,
  columns: ["id", "actor", "about", "stance", "date", "quote", "confidence", "source"],
  required: ["id", "actor", "stance", "quote", "confidence", "source"],
  key: (row) => row.id,
};

export const eventTable: TableSpec<EventInput> = {
  file: "events.csv",
  rowClass: EventInput,
  columns: ["id", "name", "date", "end_date", "description", "confidence", "source", "quote"],
  required: ["id", "name", "date", "confidence", "source", "quote"],
  key: (row) => row.id,
};

export const eventActorTable: TableSpec<EventActorInput> = {
  file: "event_actors.csv",
  rowClass: EventActorInput,
  columns: ["event", "actor", "role"],
  required: ["event", "actor", "role"],
  key: (row) => `${row.event}\u0000${row.actor}`,
};

export const policyTable: TableSpec<PolicyInput> = {
  file: "policies.csv",
  rowClass: PolicyInput,
  columns: [
    "id",
    "kind",
    "name",
    "official_title",
    "description",
    "jurisdiction",
    "announced",
    "in_force",
    "amended",
    "ended",
    "end_kind",
    "confidence",
    "source",
    "quote",
  ],
  required: ["id", "kind", "name", "confidence", "source", "quote"],
  key: (row) => row.id,
};

export const policyAliasTable: TableSpec<PolicyAliasInput> = {
  file: "policy_aliases.csv",
  rowClass: PolicyAliasInput,
  columns: ["policy", "lang", "alias"],
  required: ["policy", "lang", "alias"],
  key: (row) => `${row.policy}\u0000${row.lang}\u0000${row.alias}`,
};

export const policyLinkTable: TableSpec<PolicyLinkInput> = {
  file: "policy_links.csv",
  rowClass: PolicyLinkInput,
  columns: [
    "id",
    "type",
    "from",
    "to",
    "effect",
    "valid_from",
    "valid_from_kind",
    "valid_to",
    "role",
    "reason",
    "confidence",
    "source",
    "quote",
  ],
  required: ["id", "type", "from", "to"],
  key: (row) => row.id,
};

/**
 * Every seed file, in the order an export writes them: what others point at comes first, citations last. The
 * exporter writes these files and /export/seeds lists them.
 */
export const seedTables = [
  sourceTable,
  actorTable,
  aliasTable,
  regimeTable,
  identifierTable,
  fundingRoundTable,
  relationTable,
  planTable,
  pillarTable,
  statementTable,
  eventTable,
  eventActorTable,
  policyTable,
  policyAliasTable,
  policyLinkTable,
  citationTable,
] as const;
