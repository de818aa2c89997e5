import "reflect-metadata";
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { toCsv } from "../src/seed/csv-writer";
import { actorTable, relationTable, sourceTable } from "../src/seed/seed-tables";
import type { BenchTargets } from "./questions";

/**
 * A synthetic graph in the seed format, shaped like the real one: a few states each controlling a sovereign fund
 * that controls investment vehicles; hub funders that fund many labs (funding counts follow a power law), and
 * sovereign funds that put money into investors and vehicles (so money runs in chains of two or more);
 * people who lead and sit on the boards of companies and funds, some of them no longer; every relation dated and
 * cited. All of it is marked synthetic: the sources point at example.invalid and the quotes say so. Deterministic
 * for a given size (a fixed-seed generator).
 *
 *   npm run bench:generate -- --size small --out .bench/small      (10,000 actors, 100,000 relations)
 *   npm run bench:generate -- --relations 20000 --out .bench/20k
 */
export const benchSizes = {
  small: { actors: 10_000, relations: 100_000 },
  large: { actors: 100_000, relations: 1_000_000 },
} as const;
export type BenchSize = keyof typeof benchSizes;

/** The share of actors that are companies; `benchTargets` relies on it to name companies by rank. */
const COMPANY_SHARE = 0.4;

export interface GeneratedSeed {
  files: Record<string, string>;
  actors: number;
  relations: number;
}

/**
 * `prefix` starts every id (default "syn-"): tests that share a database each pass their own, since ids are
 * global and one dataset seeding another's ids would take those records over.
 */
export function generateSeed(
  relationCount: number,
  actorCount = Math.max(50, Math.round(relationCount / 10)),
  prefix = "syn-",
): GeneratedSeed {
  let state = 42;
  // A linear congruential generator mod 2^31. Math.imul keeps the product exact in 32 bits: a plain `*` passes
  // 2^53 and loses the low bits, which made the sequence collapse onto a few hundred values.
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 2147483648;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  /** Index skewed towards the start: the first items are the hubs. */
  const hub = <T>(items: readonly T[]) => items[Math.floor(items.length * random() ** 3)]!;
  const dateBetween = (firstYear: number, years: number) =>
    `${firstYear + Math.floor(random() * years)}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`;
  const date = () => dateBetween(2015, 10);
  /** An end for one relation in five: a later year than any start, so valid_to never precedes valid_from. */
  const maybeEnd = () => (random() < 0.2 ? { valid_to: dateBetween(2025, 2) } : {});

  const countries = ["US", "SA", "AE", "QA", "CN", "FR", "GB", "JP", "KR", "TW", "DE", "IN"];
  const states = countries.map((c) => ({
    id: `${prefix}state-${c.toLowerCase()}`,
    kind: "state",
    name: `Synthetic state ${c}`,
    country: c,
  }));
  const n = (share: number) => Math.max(1, Math.round(actorCount * share));
  const make = (kind: string, role: string, count: number) =>
    Array.from({ length: count }, (_, i) => ({
      id: `${prefix}${role}-${i}`,
      kind,
      name: `Synthetic ${role} ${i}`,
      country: pick(countries),
    }));
  const funds = states.map((s) => ({ id: `${s.id}-fund`, kind: "investor", name: `${s.name} fund`, country: s.country }));
  const vehicles = make("investor", "vehicle", n(0.05));
  const investors = make("investor", "investor", n(0.15));
  const companies = make("company", "company", n(COMPANY_SHARE));
  const people = make(
    "person",
    "person",
    Math.max(1, actorCount - states.length - funds.length - vehicles.length - investors.length - companies.length),
  );
  const actors = [...states, ...funds, ...vehicles, ...investors, ...companies, ...people];

  const sources = Array.from({ length: Math.max(1, Math.ceil(relationCount / 100)) }, (_, i) => ({
    id: `${prefix}source-${i}`,
    url: `https://example.invalid/synthetic/${i}`,
    title: `Synthetic source ${i}`,
    publisher: "ai-policy-graph generator",
    published: date(),
    language: "en",
  }));
  const relations: Record<string, unknown>[] = [];
  /** A relation, unless it would join an actor to itself: no real relation does, and the questions assume none. */
  const add = (type: string, from: { id: string }, to: { id: string }, extra: Record<string, unknown> = {}) =>
    from.id !== to.id &&
    relations.push({
      id: `${prefix}rel-${relations.length}`,
      type,
      from: from.id,
      to: to.id,
      valid_from: date(),
      confidence: pick(["confirmed", "reported"]),
      source: pick(sources).id,
      quote: "Synthetic fact for benchmarks.",
      ...extra,
    });

  for (const [i, s] of states.entries()) add("CONTROLS", s, funds[i]!);
  for (const v of vehicles) add("CONTROLS", pick(funds), v);
  const funders = [...funds, ...vehicles, ...investors];
  /** Sovereign funds and their vehicles also put money into investors and vehicles, as limited partners. */
  const limitedPartners = [...funds, ...vehicles];
  const funded = [...vehicles, ...investors];
  while (relations.length < relationCount) {
    const roll = random();
    if (roll < 0.5) {
      const amount = Math.round(10 ** (6 + random() * 4));
      const [from, to] = random() < 0.8 ? [hub(funders), hub(companies)] : [hub(limitedPartners), pick(funded)];
      add("FUNDS", from, to, {
        amount,
        currency: "USD",
        amount_usd: amount,
        amount_kind: "paid",
        instrument: "equity",
        round: "Synthetic round",
      });
    } else if (roll < 0.65)
      add("BOARD_MEMBER_OF", pick(people), random() < 0.6 ? hub(companies) : hub(funders), {
        role: pick(["voting", "observer", "chair"]),
        ...maybeEnd(),
      });
    else if (roll < 0.75) add("LEADS", pick(people), pick(companies), { role: "chief executive", ...maybeEnd() });
    else if (roll < 0.85) add("OWNS", hub(funders), pick(companies), { stake: Math.round(random() * 100) / 100 });
    else if (roll < 0.95) add("SUPPLIES", hub(companies), pick(companies), { role: "compute" });
    else add("PARTNERS_WITH", pick(companies), pick(companies));
  }
  return {
    actors: actors.length,
    relations: relations.length,
    files: {
      [sourceTable.file]: toCsv(sourceTable.columns, sources),
      [actorTable.file]: toCsv(actorTable.columns, actors),
      [relationTable.file]: toCsv(relationTable.columns, relations),
    },
  };
}

/**
 * The actors the benchmark asks about in a graph of `actorCount` actors. Companies are funded by rank (the first
 * are the hubs), so a company at the same fraction of the ranking has about the same number of relations at
 * every size: the growth between sizes then measures the graph's size, not a busier actor.
 */
export function benchTargets(actorCount: number, prefix = "syn-"): BenchTargets {
  const companies = Math.max(1, Math.round(actorCount * COMPANY_SHARE));
  const typical = `${prefix}company-${Math.floor(companies / 40)}`;
  return {
    actor: typical,
    funded: `${prefix}company-0`,
    hub: `${prefix}company-${Math.floor(companies / 400)}`,
    pathFrom: `${prefix}state-sa`,
    pathTo: typical,
  };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      size: { type: "string" },
      relations: { type: "string" },
      actors: { type: "string" },
      out: { type: "string", default: ".bench/generated" },
    },
  });
  const size = values.size === undefined ? undefined : benchSizes[values.size as BenchSize];
  if (values.size !== undefined && !size)
    throw new Error(`--size must be one of ${Object.keys(benchSizes).join(", ")}, not "${values.size}".`);
  const relations = Number(values.relations ?? size?.relations ?? 100_000);
  const generated = generateSeed(relations, values.actors ? Number(values.actors) : size?.actors);
  const out = resolve(values.out);
  mkdirSync(out, { recursive: true });
  for (const [file, text] of Object.entries(generated.files)) writeFileSync(resolve(out, file), text);
  console.log(`wrote ${generated.actors} actors and ${generated.relations} relations to ${out}`);
}

if (require.main === module) main();
