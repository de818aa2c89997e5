import Cypher from "@neo4j/cypher-builder";
import type { FieldNode, GraphQLObjectType } from "graphql";
import { inAmountKindOrder, type AmountTotalRow } from "../funding/amount-total.type";
import type { FundingQuery, FundingSlice } from "../funding/funding.service";
import { FUNDING_TYPES } from "../funding/money-relations";
import type { PageWindow } from "../graphql/pagination";
import { asPredicate, asRecorded, mayFallOnOrAfter, mayFallOnOrBefore, newestFirst, validOn } from "../neo4j/fragments";
import type { RelationShape } from "./relation-selection";
import { connectionSelection, itemTypeOf, RELATION_SHAPE, windowOf } from "./relation-selection";
import type { SelectionContext } from "./selection";

/** The fields of Funding named otherwise than the relation fields they read. */
const RENAMED: Readonly<Record<string, string>> = { date: "validFrom", until: "validTo" };

/** Funding: `funder` and `recipient` are the ends; `date` and `until` read validFrom and validTo; the rest as Relation. */
const FUNDING_SHAPE: RelationShape = {
  ends: { funder: "start", recipient: "end" },
  reads: (field) => RELATION_SHAPE.reads(RENAMED[field] ?? field),
};

/** What the statement answers: the slice, and whether each actor the filter names exists (null: not named). */
export interface CompiledFundings {
  slice: FundingSlice;
  funderFound: boolean | null;
  recipientFound: boolean | null;
}

/** The totals FundingConnection computes from `byAmountKind` (see fundingPage). */
const TOTALS = new Set(["totalUsd", "byAmountKind", "undisclosedCount"]);

/**
 * `fundings(filter, …) { … }` as one statement: the actors the filter names found by id (an id merged into another
 * actor answers the kept one, as the actor loader does), the window of matching FUNDS relations newest first, paged
 * in the database, each projected as its selection asks; COUNT {} of all of them only when totalCount alone is
 * asked, and the sums per amount kind only when a total is. Null when the selection cannot compile.
 */
export function fundingsStatement(
  context: SelectionContext,
  connectionType: GraphQLObjectType,
  nodes: readonly FieldNode[],
  query: FundingQuery,
  window: PageWindow,
): { statement: Cypher.Clause; decode: (row: Record<string, any>) => CompiledFundings } | null {
  const connection = connectionSelection(context, connectionType, nodes);
  if (!connection || [...connection.others].some((field) => !TOTALS.has(field))) return null;
  const clauses: Cypher.Clause[] = [];
  const named = (id: string | null | undefined): Cypher.Node | null => {
    if (!id) return null;
    const idParam = new Cypher.Param(id);
    const merged = new Cypher.Node();
    const actor = new Cypher.Node();
    clauses.push(
      new Cypher.OptionalMatch(new Cypher.Pattern(merged, { labels: ["MergedActor"], properties: { id: idParam } })),
      new Cypher.OptionalMatch(new Cypher.Pattern(actor, { labels: ["Actor"] })).where(
        Cypher.eq(actor.property("id"), Cypher.coalesce(merged.property("mergedInto"), idParam)),
      ),
    );
    return actor;
  };
  const funder = named(query.funder);
  const recipient = named(query.recipient);
  const anchors = [funder, recipient].filter((node): node is Cypher.Node => node !== null);

  const param = (value: unknown) => new Cypher.Param(value ?? null);
  const listParam = (values: readonly string[] | null | undefined) => (values?.length ? new Cypher.Param([...values]) : null);
  const asOf = param(query.asOf);
  const knownAt = param(query.knownAt);
  const includeRetracted = asPredicate(new Cypher.Param(query.includeRetracted ?? false));
  const conditions = {
    fundingRound: query.fundingRound ? new Cypher.Param(query.fundingRound) : null,
    minAmountUsd: query.minAmountUsd === null || query.minAmountUsd === undefined ? null : new Cypher.Param(query.minAmountUsd),
    from: query.from ? new Cypher.Param(query.from) : null,
    to: query.to ? new Cypher.Param(query.to) : null,
    instruments: listParam(query.instruments),
    amountKinds: listParam(query.amountKinds),
    confidences: listParam(query.confidences),
  };
  // A fresh MATCH … WHERE of the matching fundings, anchored on the recipient or the funder when the filter names one.
  const matching = (): { r: Cypher.Relationship; match: Cypher.Match } => {
    const r = new Cypher.Relationship();
    const other = new Cypher.Node();
    const type = FUNDING_TYPES[0];
    const pattern = recipient
      ? new Cypher.Pattern(recipient).related(r, { type, direction: "left" }).to(other, { labels: ["Actor"] })
      : funder
        ? new Cypher.Pattern(funder).related(r, { type, direction: "right" }).to(other, { labels: ["Actor"] })
        : new Cypher.Pattern(other, { labels: ["Actor"] }).related(r, { type, direction: "right" }).to({ labels: ["Actor"] });
    const predicates: (Cypher.Predicate | undefined)[] = [
      recipient && funder ? Cypher.eq(other, funder) : undefined,
      conditions.fundingRound ? Cypher.eq(r.property("fundingRound"), conditions.fundingRound) : undefined,
      conditions.minAmountUsd ? Cypher.gte(r.property("amountUsd"), conditions.minAmountUsd) : undefined,
      conditions.from ? mayFallOnOrAfter(r.property("validFrom"), conditions.from) : undefined,
      conditions.to ? mayFallOnOrBefore(r.property("validFrom"), conditions.to) : undefined,
      conditions.instruments ? Cypher.in(r.property("instrument"), conditions.instruments) : undefined,
      conditions.amountKinds ? Cypher.in(r.property("amountKind"), conditions.amountKinds) : undefined,
      conditions.confidences ? Cypher.in(r.property("confidence"), conditions.confidences) : undefined,
      validOn(r, asOf),
      asRecorded(r, knownAt, includeRetracted),
    ];
    return { r, match: new Cypher.Match(pattern).where(Cypher.and(...predicates)) };
  };

  const result: Record<string, Cypher.Expr> = {};
  let decodeItem = (raw: any) => raw;
  const totals = connection.others.size > 0;
  // The totals need every matching funding: the page is then cut from the one sorted list that counts them.
  const counted = totals || connection.totalCount;
  let sorted: Cypher.Variable | null = null;
  if (connection.node) {
    const page = windowOf(
      context,
      anchors,
      matching(),
      (r) => newestFirst(r, { byType: false }),
      window,
      { type: itemTypeOf(connectionType), nodes: connection.node, shape: FUNDING_SHAPE },
      counted,
    );
    clauses.push(...page.before);
    result.rows = page.rows;
    sorted = page.sorted;
    decodeItem = page.decodeItem;
  } else if (counted) {
    const { r, match } = matching();
    sorted = new Cypher.Variable();
    match.return([Cypher.collect(r), sorted]);
    clauses.push(new Cypher.Call(match, anchors));
  }
  if (sorted) result.total = Cypher.size(sorted);
  if (totals && sorted) {
    // The dollar sum per amount kind (paid, committed…) over every matching funding; the resolver adds up the kinds counted.
    const r = new Cypher.Variable();
    const amountKind = new Cypher.Variable();
    const totalUsd = new Cypher.Variable();
    const fundingCount = new Cypher.Variable();
    const undisclosedCount = new Cypher.Variable();
    const byAmountKind = new Cypher.Variable();
    const undisclosed = new Cypher.Case().when(Cypher.isNull(r.property("amountUsd"))).then(new Cypher.Literal(1));
    const unwind = new Cypher.Unwind([sorted, r]);
    unwind
      .with(
        [r.property("amountKind"), amountKind],
        [Cypher.sum(Cypher.coalesce(r.property("amountUsd"), new Cypher.Literal(0.0))), totalUsd],
        [Cypher.count(r), fundingCount],
        [Cypher.count(undisclosed), undisclosedCount],
      )
      .return([Cypher.collect(new Cypher.Map({ amountKind, totalUsd, fundingCount, undisclosedCount })), byAmountKind]);
    clauses.push(new Cypher.Call(unwind, [sorted]));
    result.byAmountKind = byAmountKind;
  }
  if (funder) result.funderFound = Cypher.isNotNull(funder);
  if (recipient) result.recipientFound = Cypher.isNotNull(recipient);
  const statement = Cypher.utils.concat(...clauses, new Cypher.Return([new Cypher.Map(result), "result"]));
  return {
    statement,
    decode: ({ result: raw }: Record<string, any>) => {
      const byAmountKind: AmountTotalRow[] = raw.byAmountKind ? inAmountKindOrder(raw.byAmountKind) : [];
      return {
        slice: {
          fundings: (raw.rows ?? []).map(decodeItem),
          total: raw.total ?? 0,
          undisclosed: byAmountKind.reduce((sum, kind) => sum + kind.undisclosedCount, 0),
          byAmountKind,
        },
        funderFound: raw.funderFound ?? null,
        recipientFound: raw.recipientFound ?? null,
      };
    },
  };
}
