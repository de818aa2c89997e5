import { createHash } from "node:crypto";
import { identifierFact, identifierFormats } from "../actor/identifier.input";
import { actorSearchFields } from "../actor/lucene-query";
import { model } from "../model/model";
import { comparePartialDates } from "../validation/validators";
import { readTable, type Located } from "./seed-table";
import {
  actorTable,
  aliasTable,
  citationTable,
  eventActorTable,
  eventTable,
  fundingRoundTable,
  identifierTable,
  pillarTable,
  planTable,
  policyAliasTable,
  policyLinkTable,
  policyTable,
  regimeTable,
  relationTable,
  sourceTable,
  statementTable,
} from "./seed-tables";
import type { PolicyAliasInput, PolicyInput, PolicyLinkInput } from "../policy/policy.input";
import { relationProps } from "../relation/relation.input";
import { sourceProps } from "../source/source.input";

/** Every problem found in the seed folders, each as `file:line: column: message`. Nothing was written. */
export class SeedValidationError extends Error {
  override name = "SeedValidationError";
  constructor(readonly problems: readonly string[]) {
    super(`The seed data has ${problems.length} problem(s); nothing was written:\n${problems.join("\n")}`);
  }
}

/** The kinds of record a seed holds, in the order they are written (what others point at comes first). */
export const recordKinds = ["source", "actor", "round", "relation", "plan", "pillar", "statement", "event", "policy", "citation"] as const;
export type RecordKind = (typeof recordKinds)[number];

/** How reports name many records of a kind: "relations", "policies". */
export function pluralOf(kind: RecordKind): string {
  return kind === "policy" ? "policies" : `${kind}s`;
}

/** One record as it is written: its key, what it links to, its properties, and a digest of all of them. */
export interface SeedRecord {
  id: string;
  digest: string;
  props: Record<string, unknown>;
  [link: string]: unknown;
}

/** A relation record also carries its type, which picks the query it is written with. */
export interface RelationRecord extends SeedRecord {
  type: string;
  from: string;
  to: string;
}

/** What a fact id names: a record, or a link of a policy instrument (links are written with their instrument). */
export type FactKind = RecordKind | "policyLink";

/** One link of a policy instrument as it is written: its type from the model's fixed list, its ends and properties. */
export interface PolicyLinkRecord {
  id: string;
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/** A policy instrument carries its links (those it issues from, points to or is issued by): they are written with it. */
export interface PolicyRecord extends SeedRecord {
  links: PolicyLinkRecord[];
}

export type SeedPlan = {
  [K in RecordKind]: K extends "relation" ? RelationRecord[] : K extends "policy" ? PolicyRecord[] : SeedRecord[];
};

/**
 * Reads and validates the layered seed folders and turns the rows into the records to write.
 * Row checks come from the input classes; the checks across rows are here: ids resolve, kinds fit the relation
 * type's direction, dates are in order, fact ids are unique across files. Throws SeedValidationError listing
 * every problem at once.
 */
export function planSeed(dirs: readonly string[]): SeedPlan {
  const problems: string[] = [];
  const sources = readTable(dirs, sourceTable, problems);
  const actors = readTable(dirs, actorTable, problems);
  const aliases = readTable(dirs, aliasTable, problems);
  const identifiers = readTable(dirs, identifierTable, problems);
  const rounds = readTable(dirs, fundingRoundTable, problems);
  const regimes = readTable(dirs, regimeTable, problems);
  const relations = readTable(dirs, relationTable, problems);
  const citations = readTable(dirs, citationTable, problems);
  const plans = readTable(dirs, planTable, problems);
  const pillars = readTable(dirs, pillarTable, problems);
  const statements = readTable(dirs, statementTable, problems);
  const events = readTable(dirs, eventTable, problems);
  const eventActors = readTable(dirs, eventActorTable, problems);
  const policies = readTable(dirs, policyTable, problems);
  const policyAliases = readTable(dirs, policyAliasTable, problems);
  const policyLinks = readTable(dirs, policyLinkTable, problems);

  const sourceIds = new Set(sources.map((s) => s.row.id));
  const positionTypes = Object.entries(model.relationTypes)
    .filter(([, t]) => "position" in t.properties.optional)
    .map(([name]) => name);
  const actorKind = new Map(actors.map((a) => [a.row.id, a.row.kind]));
  const check = (ok: boolean, where: string, column: string, message: string) => ok || problems.push(`${where}: ${column}: ${message}`);
  const actorExists = (id: string, where: string, column: string) =>
    check(actorKind.has(id), where, column, `"${id}" is not an id in actors.csv`);
  const sourceExists = (id: string, where: string) => check(sourceIds.has(id), where, "source", `"${id}" is not an id in sources.csv`);

  for (const { row, where } of aliases) actorExists(row.actor, where, "actor");
  for (const { row, where } of identifiers) {
    actorExists(row.actor, where, "actor");
    sourceExists(row.source, where);
    const format = identifierFormats[row.scheme];
    if (format)
      check(format.pattern.test(row.value), where, "value", `"${row.value}" is not a ${row.scheme} identifier (e.g. ${format.example})`);
  }
  /** An amount needs its currency and what it is; what it is needs an amount. */
  const checkMoney = (row: { amount?: number; currency?: string; amountKind?: string }, where: string) => {
    if (row.amount !== undefined) check(row.currency !== undefined, where, "currency", "is required when amount is given");
    if (row.amount !== undefined)
      check(
        row.amountKind !== undefined,
        where,
        "amount_kind",
        "is required when amount is given: say whether it was paid, committed, up_to, credit_line or a valuation",
      );
    if (row.amount === undefined) check(row.amountKind === undefined, where, "amount_kind", "is given without an amount");
  };
  for (const { row, where } of regimes) {
    actorExists(row.state, where, "state");
    if (actorKind.has(row.state))
      check(actorKind.get(row.state) === "state", where, "state", `"${row.state}" is a ${actorKind.get(row.state)}, not a state`);
    sourceExists(row.source, where);
  }

  // Fact ids share one namespace, since citations.csv refers to any of them.
  const factKind = new Map<string, { kind: FactKind; where: string }>();
  const registerFact = (id: string, kind: FactKind, where: string) => {
    const earlier = factKind.get(id);
    if (earlier) problems.push(`${where}: id: "${id}" is already the id of a ${earlier.kind} at ${earlier.where}`);
    else factKind.set(id, { kind, where });
  };

  const roundOf = new Map(rounds.map((r) => [r.row.id, r.row]));
  for (const { row, where } of rounds) {
    registerFact(row.id, "round", where);
    sourceExists(row.source, where);
    actorExists(row.recipient, where, "recipient");
    if (row.lead !== undefined) actorExists(row.lead, where, "lead");
    checkMoney(row, where);
    if (row.dateKind !== undefined) check(row.date !== undefined, where, "date_kind", "is given without a date");
  }
  for (const { row, where } of relations) {
    registerFact(row.id, "relation", where);
    sourceExists(row.source, where);
    actorExists(row.from, where, "from");
    actorExists(row.to, where, "to");
    const type = model.relationTypes[row.type]!;
    const fromKind = actorKind.get(row.from);
    const toKind = actorKind.get(row.to);
    if (fromKind)
      check(
        type.source.includes(fromKind),
        where,
        "from",
        `a ${fromKind} cannot be the start of ${row.type} (allowed: ${type.source.join(", ")})`,
      );
    if (toKind)
      check(type.target.includes(toKind), where, "to", `a ${toKind} cannot be the end of ${row.type} (allowed: ${type.target.join(", ")})`);
    if (row.validFrom && row.validTo)
      check(
        comparePartialDates(row.validFrom, row.validTo) <= 0,
        where,
        "valid_to",
        `${row.validTo} is before valid_from ${row.validFrom}`,
      );
    checkMoney(row, where);
    if (row.validFromKind !== undefined) check(row.validFrom !== undefined, where, "valid_from_kind", "is given without a valid_from");
    if (row.position !== undefined)
      check(
        "position" in type.properties.optional,
        where,
        "position",
        `${row.type} has no position (only ${positionTypes.join(" and ")} do)`,
      );
    if (row.sharedPosition !== undefined)
      check(row.position !== undefined, where, "shared_position", "says why a position is shared, so it needs a position");
    if (row.fundingRound !== undefined) {
      const round = roundOf.get(row.fundingRound);
      check("funding_round" in type.properties.optional, where, "funding_round", `${row.type} has no funding round (only FUNDS does)`);
      check(round !== undefined, where, "funding_round", `"${row.fundingRound}" is not an id in rounds.csv`);
      if (round)
        check(
          round.recipient === row.to,
          where,
          "funding_round",
          `"${row.fundingRound}" is a round of ${round.recipient}, not of ${row.to}`,
        );
    }
    if (row.type === "BOARD_MEMBER_OF" && row.role) {
      const roles = Object.keys(model.vocabularies.boardRole);
      check(roles.includes(row.role), where, "role", `"${row.role}" is not a board role (${roles.join(", ")})`);
    }
  }
  for (const { row, where } of plans) {
    registerFact(row.id, "plan", where);
    actorExists(row.author, where, "author");
    sourceExists(row.source, where);
  }
  const planIds = new Set(plans.map((p) => p.row.id));
  const pillarIds = new Set(pillars.map((p) => p.row.id));
  for (const { row, where } of pillars) {
    registerFact(row.id, "pillar", where);
    check(planIds.has(row.plan), where, "plan", `"${row.plan}" is not an id in plans.csv`);
    sourceExists(row.source, where);
  }
  for (const { row, where } of statements) {
    registerFact(row.id, "statement", where);
    actorExists(row.actor, where, "actor");
    sourceExists(row.source, where);
    if (row.about === undefined) {
      check(row.stance === "claims", where, "about", `is required for stance "${row.stance}"; only "claims" stands alone`);
    } else {
      const matches = [planIds.has(row.about), pillarIds.has(row.about), actorKind.has(row.about)].filter(Boolean).length;
      check(
        matches === 1,
        where,
        "about",
        matches === 0 ? `"${row.about}" is not a plan, pillar or actor id` : `"${row.about}" names more than one record; ids must differ`,
      );
    }
  }
  const eventIds = new Set(events.map((e) => e.row.id));
  for (const { row, where } of events) {
    registerFact(row.id, "event", where);
    sourceExists(row.source, where);
    if (row.endDate) check(comparePartialDates(row.date, row.endDate) <= 0, where, "end_date", `${row.endDate} is before date ${row.date}`);
  }
  for (const { row, where } of eventActors) {
    check(eventIds.has(row.event), where, "event", `"${row.event}" is not an id in events.csv`);
    actorExists(row.actor, where, "actor");
  }
  checkPolicies({ policies, policyAliases, policyLinks }, { actorKind, pillarIds, sourceIds }, registerFact, problems);
  // A fact cites a source once, with one quote: a citations.csv row for the source of the fact's own row would
  // replace that row's quote (two passages of one page go in one quote, joined by " […] "). A statement is the
  // exception: its row's quote is the statement itself, and citations.csv may give the passage that reports it.
  const ownSources = new Set(
    [...relations, ...rounds, ...plans, ...pillars, ...events, ...policies, ...policyLinks].map(
      ({ row }) => `${row.id}\u0000${row.source}`,
    ),
  );
  for (const { row, where } of citations) {
    check(
      factKind.has(row.fact),
      where,
      "fact",
      `"${row.fact}" is not the id of a relation, round, statement, event, plan, pillar, policy or policy link`,
    );
    sourceExists(row.source, where);
    check(
      !ownSources.has(`${row.fact}\u0000${row.source}`),
      where,
      "source",
      `"${row.fact}" already cites "${row.source}" on its own row; give one quote per source (join two passages with " […] ")`,
    );
  }
  if (problems.length > 0) throw new SeedValidationError(problems);

  const aliasesOf = groupBy(
    aliases.map((a) => a.row),
    (a) => a.actor,
  );
  const identifiersOf = groupBy(
    identifiers.map((i) => i.row),
    (i) => i.actor,
  );
  const regimeOf = new Map(regimes.map((r) => [r.row.state, r.row]));
  const partsOf = groupBy(
    eventActors.map((p) => p.row),
    (p) => p.event,
  );
  return {
    source: sources.map(({ row }) => record(row.id, sourceProps(row))),
    actor: actors.map(({ row }) => {
      const own = aliasesOf.get(row.id) ?? [];
      const ids = identifiersOf.get(row.id) ?? [];
      const regime = regimeOf.get(row.id);
      return record(row.id, {
        kind: row.kind,
        name: row.name,
        country: row.country ?? null,
        description: row.description ?? null,
        aliases: own.map((a) => a.alias),
        aliasLanguages: own.map((a) => a.lang),
        identifierSchemes: ids.map((i) => i.scheme),
        identifierValues: ids.map((i) => i.value),
        ...actorSearchFields([row.name, ...own.map((a) => a.alias)], ids),
        regime: regime?.regime ?? null,
        regimeIndex: regime?.index ?? null,
        regimeYear: regime?.year ?? null,
        regimeScore: regime?.score ?? null,
      });
    }),
    relation: relations.map(({ row }) => ({
      ...record(row.id, relationProps(row), { type: row.type, from: row.from, to: row.to }),
    })) as RelationRecord[],
    round: rounds.map(({ row }) =>
      record(
        row.id,
        {
          name: row.name,
          date: row.date ?? null,
          dateKind: row.dateKind ?? null,
          amount: row.amount ?? null,
          currency: row.currency ?? null,
          amountUsd: row.amountUsd ?? null,
          amountKind: row.amountKind ?? null,
          valuationUsd: row.valuationUsd ?? null,
          confidence: row.confidence,
        },
        { recipient: row.recipient, lead: row.lead ?? null },
      ),
    ),
    plan: plans.map(({ row }) => record(row.id, { name: row.name, date: row.date ?? null }, { author: row.author })),
    pillar: pillars.map(({ row }) =>
      record(row.id, { position: row.position, name: row.name, description: row.description ?? null }, { plan: row.plan }),
    ),
    statement: statements.map(({ row }) =>
      record(
        row.id,
        { stance: row.stance, date: row.date ?? null, quote: row.quote, confidence: row.confidence },
        { actor: row.actor, about: row.about ?? null },
      ),
    ),
    event: events.map(({ row }) =>
      record(
        row.id,
        { name: row.name, date: row.date, endDate: row.endDate ?? null, description: row.description ?? null, confidence: row.confidence },
        // Sorted by actor id, as the graph gives them back, so the digest does not depend on the order of
        // event_actors.csv's lines and an exported seed compares unchanged.
        {
          actors: (partsOf.get(row.id) ?? [])
            .map((p) => ({ actor: p.actor, role: p.role }))
            .sort((a, b) => (a.actor < b.actor ? -1 : a.actor > b.actor ? 1 : 0)),
        },
      ),
    ),
    policy: policyRecords(policies, policyAliases, policyLinks),
    citation: allCitations(
      { relations, rounds, plans, pillars, statements, events, regimes, identifiers, policies, policyLinks, citations },
      factKind,
    ),
  };
}

/** The row's own source and quote is its first citation; citations.csv adds more; a regime cites its source. */
function allCitations(
  tables: {
    relations: Located<{ id: string; source: string; quote: string }>[];
    rounds: Located<{ id: string; source: string; quote: string }>[];
    plans: Located<{ id: string; source: string; quote: string }>[];
    pillars: Located<{ id: string; source: string; quote: string }>[];
    statements: Located<{ id: string; source: string; quote: string }>[];
    events: Located<{ id: string; source: string; quote: string }>[];
    regimes: Located<{ state: string; source: string; quote: string }>[];
    identifiers: Located<{ actor: string; scheme: string; value: string; source: string; quote: string }>[];
    policies: Located<{ id: string; source: string; quote: string }>[];
    policyLinks: Located<{ id: string; source?: string; quote?: string }>[];
    citations: Located<{ fact: string; source: string; quote: string }>[];
  },
  factKind: Map<string, { kind: FactKind }>,
): SeedRecord[] {
  const cite = (fact: string, kind: string, source: string, quote: string) =>
    record(`${kind}:${fact}@${source}`, { fact, factKind: kind, quote }, { source });
  const byId = new Map<string, SeedRecord>();
  const add = (c: SeedRecord) => byId.set(c.id, c);
  for (const { row } of tables.relations) add(cite(row.id, "relation", row.source, row.quote));
  for (const { row } of tables.rounds) add(cite(row.id, "round", row.source, row.quote));
  for (const { row } of tables.plans) add(cite(row.id, "plan", row.source, row.quote));
  for (const { row } of tables.pillars) add(cite(row.id, "pillar", row.source, row.quote));
  for (const { row } of tables.statements) add(cite(row.id, "statement", row.source, row.quote));
  for (const { row } of tables.events) add(cite(row.id, "event", row.source, row.quote));
  for (const { row } of tables.regimes) add(cite(row.state, "regime", row.source, row.quote));
  for (const { row } of tables.identifiers) add(cite(identifierFact(row), "identifier", row.source, row.quote));
  for (const { row } of tables.policies) add(cite(row.id, "policy", row.source, row.quote));
  for (const { row } of tables.policyLinks) if (row.source && row.quote) add(cite(row.id, "policyLink", row.source, row.quote));
  for (const { row } of tables.citations) add(cite(row.fact, factKind.get(row.fact)!.kind, row.source, row.quote));
  return [...byId.values()];
}

/**
 * The checks of policy instruments across rows: ids resolve, each link joins the kinds of record its type joins
 * (schema/model.json policyLinkTypes), a TARGETS link says its effect, a pillar link has a source or a reason,
 * every other link a source, a quote and a confidence, dates are in order, and every instrument has an issuer.
 */
function checkPolicies(
  tables: {
    policies: Located<PolicyInput>[];
    policyAliases: Located<PolicyAliasInput>[];
    policyLinks: Located<PolicyLinkInput>[];
  },
  known: { actorKind: Map<string, string>; pillarIds: Set<string>; sourceIds: Set<string> },
  registerFact: (id: string, kind: FactKind, where: string) => void,
  problems: string[],
): void {
  const check = (ok: boolean, where: string, column: string, message: string) => ok || problems.push(`${where}: ${column}: ${message}`);
  const policyIds = new Set(tables.policies.map((p) => p.row.id));
  const exists: Record<string, (id: string) => boolean> = {
    actor: (id) => known.actorKind.has(id),
    policy: (id) => policyIds.has(id),
    pillar: (id) => known.pillarIds.has(id),
  };
  const file: Record<string, string> = { actor: "actors.csv", policy: "policies.csv", pillar: "pillars.csv" };
  for (const { row, where } of tables.policies) {
    registerFact(row.id, "policy", where);
    check(!known.actorKind.has(row.id), where, "id", `"${row.id}" is also an actor id; a policy's id must differ from every actor's`);
    check(known.sourceIds.has(row.source), where, "source", `"${row.source}" is not an id in sources.csv`);
    if (row.jurisdiction !== undefined)
      check(known.actorKind.has(row.jurisdiction), where, "jurisdiction", `"${row.jurisdiction}" is not an id in actors.csv`);
    check(row.announced !== undefined || row.inForce !== undefined, where, "announced", "an instrument needs announced or in_force");
    const start = row.inForce ?? row.announced;
    if (start && row.ended) check(comparePartialDates(start, row.ended) <= 0, where, "ended", `${row.ended} is before its start ${start}`);
    check((row.ended === undefined) === (row.endKind === undefined), where, "end_kind", "ended and end_kind go together");
  }
  for (const { row, where } of tables.policyAliases)
    check(policyIds.has(row.policy), where, "policy", `"${row.policy}" is not an id in policies.csv`);
  const issued = new Set<string>();
  for (const { row, where } of tables.policyLinks) {
    registerFact(row.id, "policyLink", where);
    const type = model.policyLinkTypes[row.type]!;
    check(
      exists[type.from]!(row.from),
      where,
      "from",
      `"${row.from}" is not an id in ${file[type.from]} (${row.type} runs from a ${type.from})`,
    );
    check(exists[type.to]!(row.to), where, "to", `"${row.to}" is not an id in ${file[type.to]} (${row.type} runs to a ${type.to})`);
    if (row.type === "ISSUED") issued.add(row.to);
    if (row.type === "TARGETS")
      check(row.effect !== undefined, where, "effect", "is required on TARGETS: say what the instrument does to the target");
    else check(row.effect === undefined, where, "effect", `only TARGETS has an effect, not ${row.type}`);
    const cited = row.source !== undefined && row.quote !== undefined;
    if (type.to === "pillar") {
      check(cited || row.reason !== undefined, where, "reason", "a pillar link needs a source and quote, or a reason");
    } else {
      check(cited, where, "source", `${row.type} needs a source and a quote`);
      check(row.reason === undefined, where, "reason", "only a pillar link gives a reason");
    }
    if (cited) {
      check(known.sourceIds.has(row.source!), where, "source", `"${row.source}" is not an id in sources.csv`);
      check(row.confidence !== undefined, where, "confidence", "is required with a source");
    }
    if (row.validFromKind !== undefined) check(row.validFrom !== undefined, where, "valid_from_kind", "is given without a valid_from");
    if (row.validFrom && row.validTo)
      check(
        comparePartialDates(row.validFrom, row.validTo) <= 0,
        where,
        "valid_to",
        `${row.validTo} is before valid_from ${row.validFrom}`,
      );
  }
  for (const { row, where } of tables.policies)
    check(issued.has(row.id), where, "id", `"${row.id}" has no ISSUED link in policy_links.csv: name who issued it`);
}

/** Each instrument with its names for search and its links, so that a changed link rewrites its instrument. */
function policyRecords(
  policies: Located<PolicyInput>[],
  aliases: Located<PolicyAliasInput>[],
  links: Located<PolicyLinkInput>[],
): PolicyRecord[] {
  const aliasesOf = groupBy(
    aliases.map((a) => a.row),
    (a) => a.policy,
  );
  // A link is written with the instrument it belongs to: ISSUED with the instrument issued, the others with the
  // instrument they start from.
  const linksOf = groupBy(
    links.map((l) => l.row),
    (l) => (l.type === "ISSUED" ? l.to : l.from),
  );
  return policies.map(({ row }) => {
    const own = aliasesOf.get(row.id) ?? [];
    const names = [row.name, ...(row.officialTitle ? [row.officialTitle] : []), ...own.map((a) => a.alias)];
    const links = (linksOf.get(row.id) ?? [])
      .map((l) => ({
        id: l.id,
        type: l.type,
        from: l.from,
        to: l.to,
        props: {
          effect: l.effect ?? null,
          validFrom: l.validFrom ?? null,
          validFromKind: l.validFromKind ?? null,
          validTo: l.validTo ?? null,
          role: l.role ?? null,
          reason: l.reason ?? null,
          confidence: l.confidence ?? null,
        },
      }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return {
      ...record(
        row.id,
        {
          kind: row.kind,
          name: row.name,
          officialTitle: row.officialTitle ?? null,
          description: row.description ?? null,
          jurisdiction: row.jurisdiction ?? null,
          announced: row.announced ?? null,
          inForce: row.inForce ?? null,
          amended: row.amended ?? null,
          ended: row.ended ?? null,
          endKind: row.endKind ?? null,
          confidence: row.confidence,
          aliases: own.map((a) => a.alias),
          aliasLanguages: own.map((a) => a.lang),
          ...actorSearchFields(names, []),
        },
        { links },
      ),
      links,
    } as PolicyRecord;
  });
}

function record(id: string, props: Record<string, unknown>, links: Record<string, unknown> = {}): SeedRecord {
  const digest = createHash("sha256")
    .update(JSON.stringify([props, links]))
    .digest("base64url")
    .slice(0, 22);
  return { id, digest, props, ...links };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
