import Cypher from "@neo4j/cypher-builder";
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { projectRoot } from "../project-root";
import {
  actorProjection,
  asRecorded,
  controlStep,
  cypherTextOf,
  heldOn,
  instrumentStart,
  linkEnd,
  linkStart,
  mayFallOnOrAfter,
  mayFallOnOrBefore,
  newestFirst,
  newestSourceFirst,
  notRetracted,
  orderTextOf,
  overlaps,
  type RelationEnds,
  relationProjection,
  sourceProjection,
  unboundEnds,
  validOn,
} from "./fragments";

/**
 * Queries kept as .cypher files under cypher/, and the loader that expands their templates (cypher/README.md
 * shows the syntax with examples).
 *
 * A file is Cypher with tokens `{{name argument …}}`, each within one line; comment lines (starting with //)
 * are dropped and never expanded. A token is one of:
 * - A fragment: a piece of Cypher several queries share, written once in src/neo4j/fragments.ts. FRAGMENTS
 *   below lists each name and its arguments: `{{validOn r}}`, `{{validOn r $day}}`, `{{asRecorded r}}`,
 *   `{{notRetracted r}}`, `{{controlStep r lower upper}}`, `{{relationProjection r}}`,
 *   `{{relationProjection r x y withActorsExcept a}}`, `{{actorProjection a}}`, `{{heldOn starts ends $asOf}}`,
 *   `{{overlaps starts ends r.validFrom r.validTo}}`, `{{mayFallOnOrAfter r.validFrom $from}}`, ….
 * - A slot: what Cypher takes only as literal text (a relation type, a label, a quantifier's bound, a pattern's
 *   direction), filled from a fixed list of values that the loading code owns (schema/model.json's lists, an
 *   enum, 1..LIMITS.maxHops), never from input. `{{type}}` alone stands for the slot's value (a name or a whole
 *   number); a fragment may read a slot as an argument (`{{relationship r direction type}}`, `{{idKey funder
 *   anchor}}`). `cypherVariants` makes one text per combination of its slots' values, all at load.
 * Arguments are Cypher variables (`r`), properties (`p.ended`), parameters (`$asOf`), the names of slots and
 * the keywords a fragment defines; each is checked against what the fragment takes. An unknown name, a missing,
 * extra or malformed argument, a slot the code does not declare or a declared slot the file does not use fails
 * at load, naming the file and line: a query that loads expands to Cypher whose values are all parameters.
 */

/** A query kept as a .cypher file under cypher/, expanded: its text runs in Neo4j Browser given its parameters. */
export interface CypherQuery {
  /** Path under cypher/ without the extension, e.g. "actor/actor-by-id", plus a variant's slot values; sent as transaction metadata. */
  readonly name: string;
  readonly text: string;
}

export const cypherDir = join(projectRoot, "cypher");

/** A slot's value: a label or relation type name, a whole number, or null (a fragment's "none", e.g. any type). */
export type SlotValue = string | number | null;
/** The slots of a file and the values each may take. */
export type Slots = Readonly<Record<string, readonly SlotValue[]>>;
/** One value per slot: the key of one variant. */
export type SlotChoice<S extends Slots> = { readonly [K in keyof S]: S[K][number] };

/** Reads and expands cypher/<name>.cypher once, at module load of the caller, so a bad file fails at start, not mid-request. */
export function cypher(name: string): CypherQuery {
  return render(parse(`cypher/${name}.cypher`, readTemplate(name), {}), name, {});
}

/**
 * One text per combination of the slots' values, from one file; all are made at load. The values come from
 * lists the code owns (relation types and labels from src/model, directions from an enum, bounds from a range),
 * so only those texts can ever run.
 */
export function cypherVariants<S extends Slots>(name: string, slots: S): CypherVariants<S> {
  return templateVariants(name, `cypher/${name}.cypher`, readTemplate(name), slots);
}

/**
 * `cypherVariants` for a template read elsewhere (bench/import/cypher, a test): `file` names it in errors.
 * Without slots, the one variant's key is `{}`.
 */
export function templateVariants<S extends Slots>(name: string, file: string, source: string, slots: S): CypherVariants<S> {
  const template = parse(file, source, slots);
  const slotNames = Object.keys(slots);
  const variants = new Map<string, CypherQuery>();
  for (const choice of combinations(slots)) {
    const suffix = slotNames.map((slot) => `${slot}=${choice[slot] ?? "none"}`).join(",");
    variants.set(keyOf(slotNames, choice), render(template, suffix ? `${name}:${suffix}` : name, choice));
  }
  return new CypherVariants(name, slotNames, variants);
}

/** The texts of one file, one per combination of its slots' values. */
export class CypherVariants<S extends Slots> {
  constructor(
    private readonly name: string,
    private readonly slotNames: readonly string[],
    private readonly variants: ReadonlyMap<string, CypherQuery>,
  ) {}

  /** The text for `choice`; a value outside a slot's list is a bug (the args classes let none through), not a user error. */
  get(choice: SlotChoice<S>): CypherQuery {
    const query = this.variants.get(keyOf(this.slotNames, choice));
    if (!query)
      throw new Error(`cypher/${this.name}.cypher has no variant ${JSON.stringify(choice)}; its slots' lists should have held it.`);
    return query;
  }

  /** Every variant, for tests. */
  all(): CypherQuery[] {
    return [...this.variants.values()];
  }
}

/** Every .cypher file of a folder under cypher/, sorted by file name. */
export function cypherFolder(folder: string): CypherQuery[] {
  const dir = join(cypherDir, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".cypher"))
    .sort()
    .map((f) => cypher(relative(cypherDir, join(dir, f)).slice(0, -".cypher".length)));
}

/** Splits a file of several statements on the semicolons that end a line (migrations hold one per line group). */
export function statementsOf(query: CypherQuery): string[] {
  return query.text
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** A piece of a template: Cypher text as written, or an expansion made per variant from the slots' values. */
type Segment = string | ((choice: Readonly<Record<string, SlotValue>>) => string);

/** What a fragment token expands to, given the variant's slot values. */
type Expansion = (choice: Readonly<Record<string, SlotValue>>) => string;

/** A fragment's reading of its arguments: it takes them in order and says what each must be. */
type FragmentReader = (args: Arguments) => Expansion;

/** An expansion that no slot changes: its text, made once. */
function fixed(expression: Cypher.Expr): Expansion {
  const text = cypherTextOf(expression);
  return () => text;
}

/** The directions a `relationship` slot takes: those of the Direction enum (src/relation/relation-type.ts). */
export const PATTERN_DIRECTIONS = ["OUTGOING", "INCOMING", "BOTH"] as const;

/**
 * The fragments a file may name, each mapped to its builder in src/neo4j/fragments.ts (whose comments state
 * what each means). Optional arguments are in brackets.
 */
const FRAGMENTS: Readonly<Record<string, FragmentReader>> = {
  /** `{{validOn r [day]}}`: r holds on day (default $asOf). */
  validOn: (args) => {
    const r = args.variable();
    const day = args.more() ? args.expression() : undefined;
    return fixed(validOn(r, day));
  },
  /** `{{heldOn from to day}}`: the span from..to holds on day. */
  heldOn: (args) => fixed(heldOn(args.expression(), args.expression(), args.expression())),
  /** `{{overlaps from to otherFrom otherTo}}`: two spans may share a day. */
  overlaps: (args) => fixed(overlaps(args.expression(), args.expression(), args.expression(), args.expression())),
  /** `{{mayFallOnOrAfter date day}}`: a partial date's latest day is on or after day. */
  mayFallOnOrAfter: (args) => fixed(mayFallOnOrAfter(args.expression(), args.expression())),
  /** `{{mayFallOnOrBefore date day}}`: a partial date's earliest day is on or before day. */
  mayFallOnOrBefore: (args) => fixed(mayFallOnOrBefore(args.expression(), args.expression())),
  /** `{{asRecorded r}}`: what the graph said about r at $knownAt, with the retraction filter ($includeRetracted). */
  asRecorded: (args) => fixed(asRecorded(args.variable())),
  /** `{{notRetracted r}}`: r has not been retracted. */
  notRetracted: (args) => fixed(notRetracted(args.variable())),
  /** `{{controlStep r lower upper}}`: r is a step up a control chain from lower to its controller upper. */
  controlStep: (args) => fixed(controlStep(args.variable(), args.variable(), args.variable())),
  /** `{{newestFirst r [byType]}}`, after ORDER BY: the order of every list of relations (byType first by type). */
  newestFirst: (args) => {
    const r = args.variable();
    const text = orderTextOf(newestFirst(r, { byType: args.keyword("byType") }));
    return () => text;
  },
  /** `{{newestSourceFirst s}}`, after ORDER BY: the order of a fact's citations. */
  newestSourceFirst: (args) => {
    const text = orderTextOf(newestSourceFirst(args.variable()));
    return () => text;
  },
  /** `{{sourceProjection s}}`: the source's properties (the fields of Source). */
  sourceProjection: (args) => fixed(sourceProjection(args.variable())),
  /** `{{instrumentStart p}}`: when policy instrument p starts to bind (in force, else announced). */
  instrumentStart: (args) => fixed(instrumentStart(args.variable())),
  /** `{{linkStart t p}}`: when link t of instrument p starts (its own validFrom, else the instrument's start). */
  linkStart: (args) => fixed(linkStart(args.variable(), args.variable())),
  /** `{{linkEnd t p}}`: when link t of instrument p ends (its own validTo, else the instrument's end). */
  linkEnd: (args) => fixed(linkEnd(args.variable(), args.variable())),
  /** `{{actorProjection a}}`: the actor's properties (ActorProperties). */
  actorProjection: (args) => fixed(actorProjection(args.variable())),
  /**
   * `{{relationProjection r [from to [withActors | withActorsExcept a]]}}`: r as a RelationRow. Without ends, their
   * ids are read as startNode(r).id and endNode(r).id; withActors adds both ends' properties, withActorsExcept a
   * leaves out the end that is a.
   */
  relationProjection: (args) => {
    const r = args.variable();
    if (!args.more()) return fixed(relationProjection(r, unboundEnds(r)));
    const from = args.variable();
    const to = args.variable();
    let ends: RelationEnds = { from, to };
    if (args.keyword("withActors")) ends = { from, to, actors: {} };
    else if (args.keyword("withActorsExcept")) ends = { from, to, actors: { except: args.variable() } };
    return fixed(relationProjection(r, ends));
  },
  /**
   * `{{relationship r direction [type]}}`: the relationship part of a pattern, `-[r]-`, `-[r:FUNDS]->` or
   * `<-[r]-`, from a slot of PATTERN_DIRECTIONS and a slot of relation types (null: any type).
   */
  relationship: (args) => {
    const r = args.variable();
    const direction = args.slot();
    const type = args.more() ? args.slot() : undefined;
    return (choice) => {
      const typeName = type === undefined ? null : choice[type];
      const inner = `${cypherTextOf(r)}${typeName === null || typeName === undefined ? "" : `:${asName(typeName, type ?? "type")}`}`;
      switch (choice[direction]) {
        case "OUTGOING":
          return `-[${inner}]->`;
        case "INCOMING":
          return `<-[${inner}]-`;
        case "BOTH":
          return `-[${inner}]-`;
        default:
          throw new Error(`The slot ${direction} holds ${JSON.stringify(choice[direction])}, not one of ${PATTERN_DIRECTIONS.join(", ")}.`);
      }
    };
  },
  /**
   * `{{idKey node anchor}}`: ` {id: $node}` when the slot `anchor` holds the node variable's name, else nothing:
   * anchors a MATCH on the parameter of that name, so the planner starts from the index on Actor.id.
   */
  idKey: (args) => {
    const node = cypherTextOf(args.variable());
    const anchor = args.slot();
    return (choice) => (choice[anchor] === node ? ` {id: $${node}}` : "");
  },
};

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PROPERTY = /^([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)$/;
const PARAMETER = /^\$([A-Za-z_][A-Za-z0-9_]*)$/;

/** The arguments of one token, taken in order by the fragment; each wrong one fails with the file and line. */
class Arguments {
  private next = 0;
  readonly slotsRead = new Set<string>();

  constructor(
    private readonly words: readonly string[],
    private readonly slots: ReadonlySet<string>,
    private readonly fail: (why: string) => never,
  ) {}

  more(): boolean {
    return this.next < this.words.length;
  }

  /** A Cypher variable: an identifier that names no slot. */
  variable(): Cypher.Variable {
    const word = this.take("a variable");
    if (!IDENTIFIER.test(word) || this.slots.has(word)) this.fail(`"${word}" is not a variable name`);
    return new Cypher.NamedVariable(word);
  }

  /** A variable, a property of one (`p.ended`) or a parameter (`$asOf`). */
  expression(): Cypher.Expr {
    const word = this.take("a variable, property or $parameter");
    const parameter = PARAMETER.exec(word);
    if (parameter) return new Cypher.NamedParam(parameter[1]!);
    const property = PROPERTY.exec(word);
    if (property) return new Cypher.NamedVariable(property[1]!).property(property[2]!);
    if (IDENTIFIER.test(word) && !this.slots.has(word)) return new Cypher.NamedVariable(word);
    return this.fail(`"${word}" is not a variable, property or $parameter`);
  }

  /** The name of a slot the loading code declares. */
  slot(): string {
    const word = this.take("a slot");
    if (!this.slots.has(word)) this.fail(`"${word}" is not a slot of this file (its slots: ${[...this.slots].join(", ") || "none"})`);
    this.slotsRead.add(word);
    return word;
  }

  /** Takes the next argument when it is `word`. */
  keyword(word: string): boolean {
    if (this.words[this.next] !== word) return false;
    this.next += 1;
    return true;
  }

  done(): void {
    if (this.more()) this.fail(`unexpected argument "${this.words[this.next]}"`);
  }

  private take(what: string): string {
    const word = this.words[this.next];
    if (word === undefined) return this.fail(`${what} is missing`);
    this.next += 1;
    return word;
  }
}

function readTemplate(name: string): string {
  return readFileSync(join(cypherDir, `${name}.cypher`), "utf8");
}

/** Reads a template into segments, checking every token against FRAGMENTS and `slots`. */
function parse(file: string, source: string, slots: Slots): Segment[] {
  const lines = source.split("\n");
  const declared = new Set(Object.keys(slots));
  const used = new Set<string>();
  const segments: Segment[] = [];
  const kept: string[] = [];
  lines.forEach((line, index) => {
    if (line.trim().startsWith("//")) return;
    const fail = (why: string): never => {
      throw new Error(`${file}:${index + 1}: ${why}.`);
    };
    if (kept.length > 0) segments.push("\n");
    kept.push(line);
    let rest = line;
    for (let open = rest.indexOf("{{"); open >= 0; open = rest.indexOf("{{")) {
      const close = rest.indexOf("}}", open + 2);
      if (close < 0) fail("a {{ opens a token that no }} closes on its line");
      segments.push(rest.slice(0, open));
      segments.push(expansionOf(rest.slice(open + 2, close), declared, used, fail));
      rest = rest.slice(close + 2);
    }
    segments.push(rest);
  });
  for (const slot of declared) if (!used.has(slot)) throw new Error(`${file} does not use its slot ${slot}.`);
  return segments;
}

function expansionOf(token: string, slots: ReadonlySet<string>, used: Set<string>, fail: (why: string) => never): Expansion {
  const [name, ...words] = token.trim().split(/\s+/);
  if (!name) return fail("an empty {{}} token");
  if (slots.has(name)) {
    if (words.length > 0) fail(`the slot ${name} takes no arguments`);
    used.add(name);
    return (choice) => asName(choice[name], name);
  }
  const reader = FRAGMENTS[name];
  if (!reader) return fail(`"${name}" is neither a fragment (${Object.keys(FRAGMENTS).join(", ")}) nor a slot of this file`);
  const args = new Arguments(words, slots, (why) => fail(`{{${token.trim()}}}: ${why}`));
  const expansion = reader(args);
  args.done();
  for (const slot of args.slotsRead) used.add(slot);
  return expansion;
}

/** A slot's value as text: a label or relation type name, or a whole number; anything else is refused. */
function asName(value: SlotValue | undefined, slot: string): string {
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) return String(value);
  if (typeof value === "string" && /^[A-Z][A-Za-z_]*$/.test(value)) return value;
  throw new Error(`The slot ${slot} holds ${JSON.stringify(value)}, which is not a label, relation type or whole number.`);
}

function render(segments: readonly Segment[], name: string, choice: Readonly<Record<string, SlotValue>>): CypherQuery {
  const text = segments.map((segment) => (typeof segment === "string" ? segment : segment(choice))).join("");
  return { name, text: text.trim() };
}

function keyOf(slotNames: readonly string[], choice: Readonly<Record<string, SlotValue>>): string {
  return JSON.stringify(slotNames.map((slot) => choice[slot] ?? null));
}

function* combinations(slots: Slots): Generator<Record<string, SlotValue>> {
  const names = Object.keys(slots);
  const walk = function* (i: number, choice: Record<string, SlotValue>): Generator<Record<string, SlotValue>> {
    if (i === names.length) {
      yield { ...choice };
      return;
    }
    for (const value of slots[names[i]!]!) yield* walk(i + 1, { ...choice, [names[i]!]: value });
  };
  yield* walk(0, {});
}
