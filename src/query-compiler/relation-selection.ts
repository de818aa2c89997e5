import Cypher from "@neo4j/cypher-builder";
import { getNamedType, isObjectType, type FieldNode, type GraphQLObjectType } from "graphql";
import neo4j from "neo4j-driver";
import { relationFields, type RelationField as ActorRelationField } from "../actor/actor-relations.resolver";
import { pageWindow, toPage, type Page, type PageWindow } from "../graphql/pagination";
import { relationTypes } from "../model/model";
import { asPredicate, asRecorded, newestFirst, RELATION_FIELDS, relationProjection, validOn, type RelationField } from "../neo4j/fragments";
import { Direction } from "../relation/relation-type";
import type { RelationRow } from "../relation/relation.type";
import type { RelationFilter } from "../relation/relation.service";
import { compileActor } from "./actor-selection";
import { compileCitations } from "./citation-selection";
import { decodeFields, type Compiled, type CompiledField } from "./compiled";
import { withPrecomputed } from "./precomputed";
import { argumentsOf, subfields, type SelectionContext } from "./selection";

export function isRelationField(name: string): name is ActorRelationField {
  return Object.hasOwn(relationFields, name);
}

/** The Cypher direction of a pattern written from the listed actor. */
const PATTERN_DIRECTION: Record<Direction, "left" | "right" | "undirected"> = {
  [Direction.OUTGOING]: "right",
  [Direction.INCOMING]: "left",
  [Direction.BOTH]: "undirected",
};

/**
 * How the fields of a relation-like object type read a relation row: which GraphQL fields are its two ends, and
 * which stored or computed relation fields (fragments' RELATION_FIELDS) each other field reads. A field in
 * neither (`fundingRound`…) is left to its resolver, and the row then carries every relation field.
 */
export interface RelationShape {
  readonly ends: Readonly<Record<string, "start" | "end">>;
  readonly reads: (field: string) => readonly RelationField[] | undefined;
}

const relationFieldSet = new Set<string>(RELATION_FIELDS);

/** Relation: `from` and `to`, and fields named as the row's fields; `fundingRound` reads the row's fundingRoundId. */
export const RELATION_SHAPE: RelationShape = {
  ends: { from: "start", to: "end" },
  reads: (field) => (field === "fundingRound" ? ["fundingRoundId"] : relationFieldSet.has(field) ? [field as RelationField] : undefined),
};

/** What a connection's selection asks: the node selection of its items (null: no items), and whether totalCount. */
export interface ConnectionSelection {
  /** Empty when the items are needed but none of their fields: `edges { cursor }`, or `pageInfo`, which counts them. */
  readonly node: readonly FieldNode[] | null;
  readonly totalCount: boolean;
  /** Other fields of the connection it asks (FundingConnection's totals), by name. */
  readonly others: ReadonlySet<string>;
}

/**
 * The selection of a connection field, or null when it cannot compile: `edges` or `node` asked under two response
 * keys would put two selections of one item under one precomputed row.
 */
export function connectionSelection(
  context: SelectionContext,
  connectionType: GraphQLObjectType,
  nodes: readonly FieldNode[],
): ConnectionSelection | null {
  let node: readonly FieldNode[] | null = null;
  let edgesSeen = false;
  let itemsNeeded = false;
  let totalCount = false;
  const others = new Set<string>();
  for (const [, fieldNodes] of subfields(context, connectionType, nodes)) {
    const name = fieldNodes[0]!.name.value;
    if (name === "totalCount") totalCount = true;
    else if (name === "edges") {
      if (edgesSeen) return null;
      edgesSeen = true;
      itemsNeeded = true;
      const edgeType = getNamedType(connectionType.getFields().edges!.type);
      if (!isObjectType(edgeType)) return null;
      for (const [, edgeNodes] of subfields(context, edgeType, fieldNodes)) {
        if (edgeNodes[0]!.name.value !== "node") continue;
        if (node) return null;
        node = edgeNodes;
      }
    } else if (name === "pageInfo") itemsNeeded = true;
    else if (name !== "__typename") others.add(name);
  }
  return { node: itemsNeeded ? (node ?? []) : null, totalCount, others };
}

/**
 * One relation field of an actor (`funders(first: 5, asOf: …) { totalCount edges { node { … } } }`) as a
 * subquery of the actor's scope: the window of matching relations in the order of every relation list
 * (newest first), paged in the database, each projected as its selection asks, and their total only when
 * totalCount is asked (see windowOf; COUNT {} when no item is). The filters are the fragments every relation read uses: validOn (asOf), asRecorded
 * (knownAt, includeRetracted, retraction). Null when the field cannot compile (bad arguments, see argumentsOf).
 */
export function compileRelationField(
  context: SelectionContext,
  actor: Cypher.Node,
  actorType: GraphQLObjectType,
  name: ActorRelationField,
  nodes: readonly FieldNode[],
): Compiled<Page<RelationRow>> | null {
  const spec = relationFields[name];
  const args = argumentsOf(context, actorType, nodes, spec.args);
  if (!args) return null;
  const connectionType = getNamedType(actorType.getFields()[name]!.type);
  if (!isObjectType(connectionType)) return null;
  const connection = connectionSelection(context, connectionType, nodes);
  if (!connection || connection.others.size > 0) return null;
  const filter = spec.filter(args);
  const types = filter.types?.length ? [...new Set(filter.types)] : null;
  for (const type of types ?? []) if (!relationTypes.includes(type)) throw new Error(`${type} is not a relation type of the model.`);
  const matching = relationsMatcher(actor, filter, types);

  const before: Cypher.Clause[] = [];
  const entries: Record<string, Cypher.Expr> = {};
  let decodeItem: (raw: any) => RelationRow = (raw) => raw;
  if (connection.node) {
    const byType = types?.length !== 1;
    const page = windowOf(
      context,
      [actor],
      matching(),
      (r) => newestFirst(r, { byType }),
      pageWindow(args),
      { type: itemTypeOf(connectionType), nodes: connection.node, shape: RELATION_SHAPE },
      connection.totalCount,
    );
    before.push(...page.before);
    entries.rows = page.rows;
    if (page.total) entries.total = page.total;
    decodeItem = page.decodeItem;
  } else if (connection.totalCount) entries.total = new Cypher.Count(matching().match);
  return {
    before,
    value: new Cypher.Map(entries),
    decode: (raw: { rows?: unknown[]; total?: number }) => toPage((raw.rows ?? []).map(decodeItem), args, raw.total ?? 0),
  };
}

/** The type of a connection's items: the type of its edges' `node`. */
export function itemTypeOf(connectionType: GraphQLObjectType): GraphQLObjectType {
  const edgeType = getNamedType(connectionType.getFields().edges!.type) as GraphQLObjectType;
  return getNamedType(edgeType.getFields().node!.type) as GraphQLObjectType;
}

/** A fresh MATCH … WHERE of the relations a filter keeps, from `actor` (called once per use, for fresh variables). */
function relationsMatcher(
  actor: Cypher.Node,
  filter: RelationFilter,
  types: readonly string[] | null,
): () => { r: Cypher.Relationship; match: Cypher.Match } {
  const asOf = new Cypher.Param(filter.asOf ?? null);
  const knownAt = new Cypher.Param(filter.knownAt ?? null);
  const includeRetracted = asPredicate(new Cypher.Param(filter.includeRetracted ?? false));
  return () => {
    const r = new Cypher.Relationship();
    const type = types === null ? undefined : types.length === 1 ? types[0]! : Cypher.labelExpr.or(...types);
    const pattern = new Cypher.Pattern(actor)
      .related(r, { ...(type === undefined ? {} : { type }), direction: PATTERN_DIRECTION[filter.direction] })
      .to(new Cypher.Node(), { labels: ["Actor"] });
    return { r, match: new Cypher.Match(pattern).where(Cypher.and(validOn(r, asOf), asRecorded(r, knownAt, includeRetracted))) };
  };
}

/** The item selection of a list of relations: its object type (Relation, Funding), its field nodes and shape. */
export interface ItemSelection {
  readonly type: GraphQLObjectType;
  readonly nodes: readonly FieldNode[];
  readonly shape: RelationShape;
}

/** A window of a list of relations, compiled: the subqueries that read it, its rows and, when counted, its total. */
export interface CompiledWindow {
  readonly before: readonly Cypher.Clause[];
  readonly rows: Cypher.Variable;
  readonly total: Cypher.Expr | null;
  readonly decodeItem: (raw: any) => RelationRow;
}

/**
 * The window of the relations `match` binds to `r`, sorted by `order`, each projected as `item` asks (its ends
 * bound for their own subqueries), collected in order into `rows`; `scope` is what `match` reads from outside.
 * Without `counted`, the database sorts and keeps only the window (ORDER BY … SKIP … LIMIT: a top-k sort). With
 * it, one pass collects every match in order, whose size is the total, and the window is cut from that list: one
 * read of the relations where a page and a separate COUNT {} would read them twice.
 */
export function windowOf(
  context: SelectionContext,
  scope: Cypher.Variable[],
  matching: { r: Cypher.Relationship; match: Cypher.Match },
  order: (r: Cypher.Variable) => [Cypher.Expr, "ASC" | "DESC"][],
  window: PageWindow,
  item: ItemSelection,
  counted: boolean,
): CompiledWindow & { sorted: Cypher.Variable | null } {
  const offset = new Cypher.Param(neo4j.int(window.offset));
  const limit = new Cypher.Param(neo4j.int(window.limit));
  const { r, match } = matching;
  const rows = new Cypher.Variable();
  const project = (relation: Cypher.Variable): { clauses: Cypher.Clause[]; decodeItem: (raw: any) => RelationRow } => {
    const start = new Cypher.Node();
    const end = new Cypher.Node();
    const compiled = compileRelationItem(context, item, relation, start, end);
    return {
      clauses: [
        new Cypher.With(relation, [Cypher.startNode(relation), start], [Cypher.endNode(relation), end]),
        ...compiled.before,
        new Cypher.Return([Cypher.collect(compiled.value), rows]),
      ],
      decodeItem: compiled.decode,
    };
  };
  if (!counted) {
    match
      .with(r)
      .orderBy(...order(r))
      .skip(offset)
      .limit(limit);
    const projected = project(r);
    return {
      before: [new Cypher.Call(Cypher.utils.concat(match, ...projected.clauses), scope)],
      rows,
      total: null,
      sorted: null,
      decodeItem: projected.decodeItem,
    };
  }
  const sorted = new Cypher.Variable();
  match
    .with(r)
    .orderBy(...order(r))
    .return([Cypher.collect(r), sorted]);
  const windowed = new Cypher.Variable();
  const unwind = new Cypher.Unwind([sorted, windowed]);
  unwind.with(windowed).skip(offset).limit(limit);
  const projected = project(windowed);
  return {
    before: [new Cypher.Call(match, scope), new Cypher.Call(Cypher.utils.concat(unwind, ...projected.clauses), [sorted])],
    rows,
    total: Cypher.size(sorted),
    sorted,
    decodeItem: projected.decodeItem,
  };
}

/**
 * One relation as its selection asks: the relation fields it reads (relationProjection, limited to them), each
 * end it asks as a compiled actor, and its citations (`sources`) as a subquery.
 */
function compileRelationItem(
  context: SelectionContext,
  item: ItemSelection,
  r: Cypher.Variable,
  start: Cypher.Node,
  end: Cypher.Node,
): Compiled<RelationRow> {
  const fieldsRead = new Set<RelationField>(["id"]);
  let everyField = false;
  const before: Cypher.Clause[] = [];
  const extra: Record<string, Cypher.Expr> = {};
  const fields: CompiledField[] = [];
  for (const [responseKey, fieldNodes] of subfields(context, item.type, item.nodes)) {
    const name = fieldNodes[0]!.name.value;
    if (name === "__typename") continue;
    const endOf = item.shape.ends[name];
    const compiled: Compiled<unknown> | null = endOf
      ? compileActor(context, endOf === "start" ? start : end, fieldNodes)
      : name === "sources"
        ? compileCitations(context, r, fieldNodes)
        : null;
    if (compiled) {
      const slot = `f${fields.length}`;
      before.push(...compiled.before);
      extra[slot] = compiled.value;
      fields.push({ responseKey, slot, decode: compiled.decode });
      continue;
    }
    const read = item.shape.reads(name);
    if (read) for (const field of read) fieldsRead.add(field);
    else everyField = true;
  }
  const value = relationProjection(r, { from: start, to: end }, everyField ? RELATION_FIELDS : [...fieldsRead]);
  value.set(extra);
  return {
    before,
    value,
    decode: (raw: Record<string, unknown>) => withPrecomputed(raw as unknown as RelationRow, decodeFields(fields, raw)),
  };
}
