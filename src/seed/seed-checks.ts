import { identifierFormats } from "../actor/identifier.input";
import { model } from "../model/model";
import { comparePartialDates } from "../validation/validators";
import { recordKinds, SeedValidationError, type FactKind, type RecordKind } from "./seed-types";
import { shownWhere, streamTable, type TableSpec, type Where } from "./seed-table";
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

/** A fact id's entry: its kind, where its row is, and the source that row cites (if it cites one). */
interface Fact {
  kind: FactKind;
  where: Where;
  source: string | undefined;
}

/**
 * What the first reading keeps of a valid seed: no record, only what the second reading needs to build them.
 * - `records`: how many records of each kind the seed holds.
 * - `factKind`: the kind of each fact id, which a citations.csv row's citation carries.
 * - `statementsCitedAgain`: `statement id \0 source` for each citations.csv row that gives another passage for
 *   the source a statement's own row cites: that row's citation replaces the statement's own.
 */
export interface ValidatedSeed {
  dirs: readonly string[];
  records: Record<RecordKind, number>;
  factKind: ReadonlyMap<string, { kind: FactKind }>;
  statementsCitedAgain: ReadonlySet<string>;
}

/**
 * The first reading of the layered seed folders: streams every table once, in dependency order (what a row
 * points at is read before it), validates each row with its input class and checks it against the rows read
 * before it: ids resolve, kinds fit the relation type's direction, dates are in order, fact ids are unique
 * across files. It keeps ids, kinds and keys, never the rows, so its memory grows with the number of ids only.
 * Throws SeedValidationError listing every problem at once: first those of single rows, file by file, then those
 * across rows.
 */
export async function validateSeed(dirs: readonly string[]): Promise<ValidatedSeed> {
  const problems: string[] = [];
  const across: string[] = [];
  const read = <T extends object>(spec: TableSpec<T>, visit: (row: T, where: Where) => void) =>
    streamTable(dirs, spec, visit, { problems });
  const check = (ok: boolean, where: Where, column: string, message: string) =>
    ok || across.push(`${shownWhere(where)}: ${column}: ${message}`);
  const records = Object.fromEntries(recordKinds.map((kind) => [kind, 0])) as Record<RecordKind, number>;

  const sourceIds = new Set<string>();
  await read(sourceTable, (row) => {
    sourceIds.add(row.id);
    records.source++;
  });
  const actorKind = new Map<string, string>();
  await read(actorTable, (row) => {
    actorKind.set(row.id, row.kind);
    records.actor++;
  });
  const actorExists = (id: string, where: Where, column: string) =>
    check(actorKind.has(id), where, column, `"${id}" is not an id in actors.csv`);
  const sourceExists = (id: string, where: Where) => check(sourceIds.has(id), where, "source", `"${id}" is not an id in sources.csv`);

  await read(aliasTable, (row, where) => actorExists(row.actor, where, "actor"));
  await read(identifierTable, (row, where) => {
    records.citation++;
    actorExists(row.actor, where, "actor");
    sourceExists(row.source, where);
    const format = identifierFormats[row.scheme];
    if (format)
      check(format.pattern.test(row.value), where, "value", `"${row.value}" is not a ${row.scheme} identifier (e.g. ${format.example})`);
  });
  await read(regimeTable, (row, where) => {
    records.citation++;
    actorExists(row.state, where, "state");
    if (actorKind.has(row.state))
      check(actorKind.get(row.state) === "state", where, "state", `"${row.state}" is a ${actorKind.get(row.state)}, not a state`);
    sourceExists(row.source, where);
  });
  /** An amount needs its currency and what it is; what it is needs an amount. */
  const checkMoney = (row: { amount?: number; currency?: string; amountKind?: string }, where: Where) => {
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

  // Fact ids share one namespace, since citations.csv refers to any of them. Each fact is one record of its kind
  // (a policy link is written with its instrument) and, when its row cites a source, one citation.
  const facts = new Map<string, Fact>();
  const registerFact = (id: string, kind: FactKind, where: Where, source: string | undefined) => {
    if (kind !== "policyLink") records[kind]++;
    if (source !== undefined) records.citation++;
    const earlier = facts.get(id);
    if (earlier) across.push(`${shownWhere(where)}: id: "${id}" is already the id of a ${earlier.kind} at ${shownWhere(earlier.where)}`);
    else facts.set(id, { kind, where, source });
  };

  const roundRecipient = new Map<string, string>();
  await read(fundingRoundTable, (row, where) => {
    roundRecipient.set(row.id, row.recipient);
    registerFact(row.id, "round", where, row.source);
    sourceExists(row.source, where);
    actorExists(row.recipient, where, "recipient");
    if (row.lead !== undefined) actorExists(row.lead, where, "lead");
    checkMoney(row, where);
    if (row.dateKind !== undefined) check(row.date !== undefined, where, "date_kind", "is given without a date");
  });
  const positionTypes = Object.entries(model.relationTypes)
    .filter(([, t]) => "position" in t.properties.optional)
    .map(([name]) => name);
  const boardRoles = Object.keys(model.vocabularies.boardRole);
  await read(relationTable, (row, where) => {
    registerFact(row.id, "relation", where, row.source);
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
      const recipient = roundRecipient.get(row.fundingRound);
      check("funding_round" in type.properties.optional, where, "funding_round", `${row.type} has no funding round (only FUNDS does)`);
      check(recipient !== undefined, where, "funding_round", `"${row.fundingRound}" is not an id in rounds.csv`);
      if (recipient !== undefined)
        check(recipient === row.to, where, "funding_round", `"${row.fundingRound}" is a round of ${recipient}, not of ${row.to}`);
    }
    if (row.type === "BOARD_MEMBER_OF" && row.role)
      check(boardRoles.includes(row.role), where, "role", `"${row.role}" is not a board role (${boardRoles.join(", ")})`);
  });
  const planIds = new Set<string>();
  await read(planTable, (row, where) => {
    planIds.add(row.id);
    registerFact(row.id, "plan", where, row.source);
    actorExists(row.author, where, "author");
    sourceExists(row.source, where);
  });
  const pillarIds = new Set<string>();
  await read(pillarTable, (row, where) => {
    pillarIds.add(row.id);
    registerFact(row.id, "pillar", where, row.source);
    check(planIds.has(row.plan), where, "plan", `"${row.plan}" is not an id in plans.csv`);
    sourceExists(row.source, where);
  });
  await read(statementTable, (row, where) => {
    registerFact(row.id, "statement", where, row.source);
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
  });
  const eventIds = new Set<string>();
  await read(eventTable, (row, where) => {
    eventIds.add(row.id);
    registerFact(row.id, "event", where, row.source);
    sourceExists(row.source, where);
    if (row.endDate) check(comparePartialDates(row.date, row.endDate) <= 0, where, "end_date", `${row.endDate} is before date ${row.date}`);
  });
  await read(eventActorTable, (row, where) => {
    check(eventIds.has(row.event), where, "event", `"${row.event}" is not an id in events.csv`);
    actorExists(row.actor, where, "actor");
  });

  // Policy instruments: ids resolve, each link joins the kinds of record its type joins (schema/model.json
  // policyLinkTypes), a TARGETS link says its effect, a pillar link has a source or a reason, every other link a
  // source, a quote and a confidence, dates are in order, and every instrument has an issuer.
  const policies = new Map<string, Where>();
  await read(policyTable, (row, where) => {
    policies.set(row.id, where);
    registerFact(row.id, "policy", where, row.source);
    check(!actorKind.has(row.id), where, "id", `"${row.id}" is also an actor id; a policy's id must differ from every actor's`);
    sourceExists(row.source, where);
    if (row.jurisdiction !== undefined)
      check(actorKind.has(row.jurisdiction), where, "jurisdiction", `"${row.jurisdiction}" is not an id in actors.csv`);
    check(row.announced !== undefined || row.inForce !== undefined, where, "announced", "an instrument needs announced or in_force");
    const start = row.inForce ?? row.announced;
    if (start && row.ended) check(comparePartialDates(start, row.ended) <= 0, where, "ended", `${row.ended} is before its start ${start}`);
    check((row.ended === undefined) === (row.endKind === undefined), where, "end_kind", "ended and end_kind go together");
  });
  await read(policyAliasTable, (row, where) =>
    check(policies.has(row.policy), where, "policy", `"${row.policy}" is not an id in policies.csv`),
  );
  const exists: Record<string, (id: string) => boolean> = {
    actor: (id) => actorKind.has(id),
    policy: (id) => policies.has(id),
    pillar: (id) => pillarIds.has(id),
  };
  const file: Record<string, string> = { actor: "actors.csv", policy: "policies.csv", pillar: "pillars.csv" };
  const issued = new Set<string>();
  await read(policyLinkTable, (row, where) => {
    const cited = row.source !== undefined && row.quote !== undefined;
    registerFact(row.id, "policyLink", where, cited ? row.source : undefined);
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
    if (type.to === "pillar") {
      check(cited || row.reason !== undefined, where, "reason", "a pillar link needs a source and quote, or a reason");
    } else {
      check(cited, where, "source", `${row.type} needs a source and a quote`);
      check(row.reason === undefined, where, "reason", "only a pillar link gives a reason");
    }
    if (cited) {
      sourceExists(row.source!, where);
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
  });
  for (const [id, where] of policies)
    check(issued.has(id), where, "id", `"${id}" has no ISSUED link in policy_links.csv: name who issued it`);

  // A fact cites a source once, with one quote: a citations.csv row for the source of the fact's own row would
  // replace that row's quote (two passages of one page go in one quote, joined by " […] "). A statement is the
  // exception: its row's quote is the statement itself, and citations.csv may give the passage that reports it.
  const statementsCitedAgain = new Set<string>();
  await read(citationTable, (row, where) => {
    const fact = facts.get(row.fact);
    check(
      fact !== undefined,
      where,
      "fact",
      `"${row.fact}" is not the id of a relation, round, statement, event, plan, pillar, policy or policy link`,
    );
    sourceExists(row.source, where);
    const ownSource = fact?.source === row.source;
    check(
      !ownSource || fact?.kind === "statement",
      where,
      "source",
      `"${row.fact}" already cites "${row.source}" on its own row; give one quote per source (join two passages with " […] ")`,
    );
    if (ownSource && fact?.kind === "statement") statementsCitedAgain.add(`${row.fact}\u0000${row.source}`);
    else records.citation++;
  });

  if (problems.length + across.length > 0) throw new SeedValidationError([...problems, ...across]);
  return { dirs, records, factKind: facts, statementsCitedAgain };
}
