import Cypher from "@neo4j/cypher-builder";

/**
 * The pieces of Cypher that many queries share, each written once, as @neo4j/cypher-builder functions. The query
 * compiler (generic reads built from a GraphQL selection) calls them with its own variables; the .cypher files of
 * the domain queries name them and the loader expands them (src/neo4j/cypher-file.ts), so a file and a compiled
 * statement cannot drift apart. Every value a fragment reads is a parameter or a variable it is given.
 */

/** A parameter the fragment reads by name: the caller's parameter map supplies it. */
const param = (name: string) => new Cypher.NamedParam(name);

/**
 * A boolean expression (a parameter such as $includeRetracted) where the builder's types want a predicate: its
 * types know no boolean parameter, and the text is the expression as it is.
 */
export function asPredicate(expression: Cypher.Expr): Cypher.Predicate {
  return new Cypher.Raw((env) => env.compile(expression));
}

/**
 * The actor node properties a projection returns: what `actorFromProperties` (src/actor/actor-properties.ts) reads.
 */
export const ACTOR_PROPERTIES = [
  "id",
  "name",
  "kind",
  "country",
  "description",
  "aliases",
  "identifierSchemes",
  "identifierValues",
  "regime",
  "regimeIndex",
  "regimeYear",
  "regimeScore",
] as const;
export type ActorProperty = (typeof ACTOR_PROPERTIES)[number];

/** Relation properties a projection returns under their stored names. */
const RELATION_STORED = [
  "id",
  "validFrom",
  "validFromKind",
  "validTo",
  "amount",
  "currency",
  "amountUsd",
  "amountKind",
  "round",
  "instrument",
  "stake",
  "role",
  "position",
  "sharedPosition",
  "note",
  "confidence",
  "retractedBy",
  "retractionReason",
] as const;

/** Relation fields a projection computes: a renamed property, a date-time as an ISO string, the type, the ends' ids. */
const RELATION_COMPUTED = ["fundingRoundId", "recordedAt", "retractedAt", "type", "fromId", "toId"] as const;

/** Every field of a projected relation (the RelationRow shape of src/relation/relation.type.ts, less its ends). */
export const RELATION_FIELDS = [...RELATION_STORED, ...RELATION_COMPUTED] as const;
export type RelationField = (typeof RELATION_FIELDS)[number];

/**
 * A partial date ("2023", "2023-11", "2023-11-20") may fall on or before `day`: it does when its earliest day
 * does. Dates are strings, and a prefix sorts before its extensions ("2023-11" <= "2023-11-20").
 */
export function mayFallOnOrBefore(partialDate: Cypher.Expr, day: Cypher.Expr): Cypher.Predicate {
  return Cypher.lte(partialDate, day);
}

/**
 * A partial date may fall on or after `day`: it does when its latest day does. "~" sorts after every digit and
 * "-", so `date + '~'` sorts after every day the date covers ("2023" + "~" >= "2023-12-31").
 */
export function mayFallOnOrAfter(partialDate: Cypher.Expr, day: Cypher.Expr): Cypher.Predicate {
  return Cypher.gte(Cypher.plus(partialDate, new Cypher.Literal("~")), day);
}

/**
 * A span from `from` to `to` (partial dates; null: open or undated) holds on `day`: begun by then and not ended
 * before it. A null `day` keeps everything. A start counts from its earliest day, an end until its latest.
 */
export function heldOn(from: Cypher.Expr, to: Cypher.Expr, day: Cypher.Expr): Cypher.Predicate {
  return Cypher.or(
    Cypher.isNull(day),
    Cypher.and(Cypher.or(Cypher.isNull(from), mayFallOnOrBefore(from, day)), Cypher.or(Cypher.isNull(to), mayFallOnOrAfter(to, day))),
  ) as Cypher.Predicate;
}

/**
 * `r` (a relation, or any record with validFrom/validTo) holds on `asOf`: `heldOn` over its validFrom and
 * validTo. Default: the parameter $asOf.
 */
export function validOn(r: Cypher.Variable, asOf: Cypher.Expr = param("asOf")): Cypher.Predicate {
  return heldOn(r.property("validFrom"), r.property("validTo"), asOf);
}

/**
 * Two spans of partial dates may share a day: the first does not end before the second begins, nor begin after
 * it ends, each start counted from its earliest day and each end until its latest. An open or unknown bound
 * (null) always overlaps.
 */
export function overlaps(from: Cypher.Expr, to: Cypher.Expr, otherFrom: Cypher.Expr, otherTo: Cypher.Expr): Cypher.Predicate {
  return Cypher.and(
    Cypher.or(Cypher.isNull(to), Cypher.isNull(otherFrom), mayFallOnOrAfter(to, otherFrom)),
    Cypher.or(Cypher.isNull(from), Cypher.isNull(otherTo), mayFallOnOrAfter(otherTo, from)),
  ) as Cypher.Predicate;
}

/**
 * What the graph said about `r` at `knownAt` (an ISO date-time; null: now): recorded by then, and not retracted by
 * then unless retracted records are asked for. Then the retraction filter: a relation retracted now is left out
 * unless `includeRetracted`, or unless it was retracted after `knownAt` (the retraction did not exist yet).
 * Defaults: the parameters $knownAt and $includeRetracted.
 */
export function asRecorded(
  r: Cypher.Variable,
  knownAt: Cypher.Expr = param("knownAt"),
  includeRetracted: Cypher.Predicate = asPredicate(param("includeRetracted")),
): Cypher.Predicate {
  const retractedAt = r.property("retractedAt");
  const knownAtTime = Cypher.datetime(knownAt);
  return Cypher.and(
    Cypher.or(
      Cypher.isNull(knownAt),
      Cypher.and(
        Cypher.lte(r.property("recordedAt"), knownAtTime),
        Cypher.or(Cypher.isNull(retractedAt), Cypher.gt(retractedAt, knownAtTime), includeRetracted),
      ),
    ),
    Cypher.or(includeRetracted, Cypher.isNull(retractedAt), Cypher.and(Cypher.isNotNull(knownAt), Cypher.gt(retractedAt, knownAtTime))),
  ) as Cypher.Predicate;
}

/** The retraction filter of the questions that take no `knownAt`: `r` has not been retracted. */
export function notRetracted(r: Cypher.Variable): Cypher.Predicate {
  return Cypher.isNull(r.property("retractedAt"));
}

/**
 * One step up a control chain, from `lower` to its controller `upper` over the relation `r` (either direction in
 * the pattern): a CONTROLS relation from `upper`; an OWNS relation from `upper` when the owner controls by it (a
 * stake of at least $controllingStake, or no stake recorded and a government owner, or any stake with
 * $everyOwner); or a government body's MEMBER_OF its state (the body answers to the state). Parameters:
 * $controlTypes, $ownershipTypes, $memberTypes (from the fixed RelationType list), $controllingStake, $everyOwner,
 * $governmentKinds, $bodyKinds, $stateKind.
 */
export function controlStep(r: Cypher.Variable, lower: Cypher.Variable, upper: Cypher.Variable): Cypher.Predicate {
  const type = Cypher.type(r);
  const start = Cypher.startNode(r);
  const stake = r.property("stake");
  const ownerControls = Cypher.or(
    asPredicate(param("everyOwner")),
    Cypher.gte(stake, param("controllingStake")),
    Cypher.and(Cypher.isNull(stake), Cypher.in(upper.property("kind"), param("governmentKinds"))),
  );
  return Cypher.or(
    Cypher.and(
      Cypher.eq(start, upper),
      Cypher.or(Cypher.in(type, param("controlTypes")), Cypher.and(Cypher.in(type, param("ownershipTypes")), ownerControls)),
    ),
    Cypher.and(
      Cypher.in(type, param("memberTypes")),
      Cypher.eq(start, lower),
      Cypher.in(lower.property("kind"), param("bodyKinds")),
      Cypher.eq(upper.property("kind"), param("stateKind")),
    ),
  ) as Cypher.Predicate;
}

/**
 * When a policy instrument starts to bind: the day it came into force, else the day it was announced (an
 * instrument with no in-force day binds from its announcement).
 */
export function instrumentStart(p: Cypher.Variable): Cypher.Expr {
  return Cypher.coalesce(p.property("inForce"), p.property("announced"));
}

/** When a link of instrument `p` (a TARGETS link `t`) starts: its own validFrom, else the instrument's start. */
export function linkStart(t: Cypher.Variable, p: Cypher.Variable): Cypher.Expr {
  return Cypher.coalesce(t.property("validFrom"), p.property("inForce"), p.property("announced"));
}

/** When a link of instrument `p` ends: its own validTo, else the instrument's end. */
export function linkEnd(t: Cypher.Variable, p: Cypher.Variable): Cypher.Expr {
  return Cypher.coalesce(t.property("validTo"), p.property("ended"));
}

/** `a {.id, .name, …}`: the actor properties asked for (default: all of ACTOR_PROPERTIES). */
export function actorProjection(a: Cypher.Variable, fields: readonly ActorProperty[] = ACTOR_PROPERTIES): Cypher.MapProjection {
  return new Cypher.MapProjection(a, [...fields]);
}

/** The ends of a relation, and which of their properties a projection carries. */
export type RelationEnds =
  | {
      readonly from: Cypher.Variable;
      readonly to: Cypher.Variable;
      /**
       * Carry each end's properties as `fromActor` and `toActor`, so `from` and `to` cost no further query. With
       * `except`, an end that is that node (the actor whose relations are listed, returned once beside them) is
       * left null. Absent: the ends' ids only.
       */
      readonly actors?: { readonly except?: Cypher.Variable; readonly fields?: readonly ActorProperty[] };
    }
  | { readonly from: Cypher.Expr; readonly to: Cypher.Expr; readonly actors?: undefined };

/** The ends of `r` where the query has bound no variable to them: startNode(r) and endNode(r), ids only. */
export function unboundEnds(r: Cypher.Variable): RelationEnds {
  return { from: Cypher.startNode(r), to: Cypher.endNode(r) };
}

/** `end.id`, for a variable or for an expression that yields a node (`startNode(r).id`). */
function idOf(end: Cypher.Expr): Cypher.Expr {
  return end instanceof Cypher.Variable ? end.property("id") : new Cypher.Raw((env) => `${env.compile(end)}.id`);
}

/**
 * `r {.id, …, type: type(r), fromId: x.id, toId: y.id, fromActor: …, toActor: …}`: a relation as every query
 * returns it (RelationRow), limited to `fields` (default: all of RELATION_FIELDS).
 */
export function relationProjection(
  r: Cypher.Variable,
  ends: RelationEnds,
  fields: readonly RelationField[] = RELATION_FIELDS,
): Cypher.MapProjection {
  const asked = new Set<RelationField>(fields);
  const computed: Record<(typeof RELATION_COMPUTED)[number], () => Cypher.Expr> = {
    fundingRoundId: () => r.property("fundingRound"),
    recordedAt: () => Cypher.toString(r.property("recordedAt")),
    retractedAt: () => Cypher.toString(r.property("retractedAt")),
    type: () => Cypher.type(r),
    fromId: () => idOf(ends.from),
    toId: () => idOf(ends.to),
  };
  const extra: Record<string, Cypher.Expr> = {};
  for (const field of RELATION_COMPUTED) if (asked.has(field)) extra[field] = computed[field]();
  if (ends.actors) {
    const { except, fields: actorFields } = ends.actors;
    const endActor = (end: Cypher.Variable): Cypher.Expr =>
      except ? new Cypher.Case().when(Cypher.neq(end, except)).then(actorProjection(end, actorFields)) : actorProjection(end, actorFields);
    extra.fromActor = endActor(ends.from);
    extra.toActor = endActor(ends.to);
  }
  return new Cypher.MapProjection(
    r,
    RELATION_STORED.filter((f) => asked.has(f)),
    extra,
  );
}

/** The text of an expression built here, with its named parameters left as `$name` (for the .cypher loader and tests). */
export function cypherTextOf(expression: Cypher.Expr): string {
  return new Cypher.Raw((env) => env.compile(expression)).build().cypher;
}

/**
 * The order of every list of relations: by type when the list may mix types, then newest first with undated
 * last, then by id. A total order, so an offset names the same place on the next page.
 */
export function newestFirst(r: Cypher.Variable, options: { byType: boolean }): [Cypher.Expr, "ASC" | "DESC"][] {
  return [
    ...(options.byType ? [[Cypher.type(r), "ASC"] as [Cypher.Expr, "ASC"]] : []),
    [Cypher.coalesce(r.property("validFrom"), new Cypher.Literal("")), "DESC"],
    [r.property("id"), "ASC"],
  ];
}

/** The source properties a projection returns: the fields of Source (src/source/source.type.ts). */
export const SOURCE_PROPERTIES = ["id", "url", "via", "title", "publisher", "published", "language"] as const;
export type SourceProperty = (typeof SOURCE_PROPERTIES)[number];

/** `s {.id, .url, …}`: the source properties asked for (default: all of SOURCE_PROPERTIES). */
export function sourceProjection(s: Cypher.Variable, fields: readonly SourceProperty[] = SOURCE_PROPERTIES): Cypher.MapProjection {
  return new Cypher.MapProjection(s, [...fields]);
}

/**
 * The citations of one fact (`fact`: its id, `kind`: its kind, "relation"…), newest source first, then by source
 * id: `MATCH (c:Citation {fact})-[:CITES]->(s:Source) WHERE c.factKind = kind`, ordered. The caller returns what
 * it projects of `citation` and `source`.
 */
export function citationsOf(
  fact: Cypher.Expr,
  kind: Cypher.Expr,
  citation: Cypher.Node,
  source: Cypher.Node,
): { match: Cypher.Match; order: [Cypher.Expr, "ASC" | "DESC"][] } {
  const match = new Cypher.Match(
    new Cypher.Pattern(citation, { labels: ["Citation"], properties: { fact } })
      .related({ type: "CITES", direction: "right" })
      .to(source, { labels: ["Source"] }),
  ).where(Cypher.eq(citation.property("factKind"), kind));
  return { match, order: newestSourceFirst(source) };
}

/** The order of a fact's citations: newest source first (undated last), then by source id. */
export function newestSourceFirst(source: Cypher.Variable): [Cypher.Expr, "ASC" | "DESC"][] {
  return [
    [source.property("published"), "DESC"],
    [source.property("id"), "ASC"],
  ];
}

/** The text of an order built here, as it follows ORDER BY in a .cypher file: `type(r), coalesce(…) DESC, r.id`. */
export function orderTextOf(order: readonly [Cypher.Expr, "ASC" | "DESC"][]): string {
  return order.map(([expression, direction]) => `${cypherTextOf(expression)}${direction === "DESC" ? " DESC" : ""}`).join(", ");
}
