import "reflect-metadata";
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { toCsv } from "../src/seed/csv-writer";
import { actorTable, relationTable, sourceTable } from "../src/seed/seed-tables";

/**
 * A synthetic graph in the seed format, shaped like the real one: a few states each controlling a sovereign fund
 * that controls investment vehicles; hub funders that fund many labs (funding counts follow a power law);
 * people who lead and sit on boards; every relation dated and cited. All of it is marked synthetic: the sources
 * point at example.invalid and the quotes say so. Deterministic for a given size (a fixed-seed generator).
 *
 *   npm run bench:generate -- --relations 100000 --out .bench/100k
 */
export interface GeneratedSeed {
  files: Record<string, string>;
  actors: number;
  relations: number;
}

export function generateSeed(relationCount: number, actorCount = Math.max(50, Math.round(relationCount / 10))): GeneratedSeed {
  let state = 42;
  // A linear congruential generator mod 2^31. Math.imul keeps the product exact in 32 bits: a plain `*` passes
  // 2^53 and loses the low bits, which made the sequence collapse onto a few hundred values.
  const random = () => ((state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff) / 2147483648);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  /** Index skewed towards the start: the first items are the hubs. */
  const hub = <T>(items: readonly T[]) => items[Math.floor(items.length * random() ** 3)]!;
  const date = () => `${2015 + Math.floor(random() * 10)}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`;

  const countries = ["US", "SA", "AE", "QA", "CN", "FR", "GB", "JP", "KR", "TW", "DE", "IN"];
  const states = countries.map((c) => ({ id: `syn-state-${c.toLowerCase()}`, kind: "state", name: `Synthetic state ${c}`, country: c }));
  const n = (share: number) => Math.max(1, Math.round(actorCount * share));
  const make = (kind: string, prefix: string, count: number) =>
    Array.from({ length: count }, (_, i) => ({ id: `syn-${prefix}-${i}`, kind, name: `Synthetic ${prefix} ${i}`, country: pick(countries) }));
  const funds = states.map((s) => ({ id: `${s.id}-fund`, kind: "investor", name: `${s.name} fund`, country: s.country }));
  const vehicles = make("investor", "vehicle", n(0.05));
  const investors = make("investor", "investor", n(0.15));
  const companies = make("company", "company", n(0.4));
  const people = make("person", "person", Math.max(1, actorCount - states.length - funds.length - vehicles.length - investors.length - companies.length));
  const actors = [...states, ...funds, ...vehicles, ...investors, ...companies, ...people];

  const sources = Array.from({ length: Math.max(1, Math.ceil(relationCount / 100)) }, (_, i) => ({
    id: `syn-source-${i}`, url: `https://example.invalid/synthetic/${i}`, title: `Synthetic source ${i}`, publisher: "ai-policy-graph generator", published: date(), language: "en",
  }));
  const relations: Record<string, unknown>[] = [];
  const add = (type: string, from: { id: string }, to: { id: string }, extra: Record<string, unknown> = {}) =>
    relations.push({ id: `syn-rel-${relations.length}`, type, from: from.id, to: to.id, valid_from: date(), confidence: pick(["confirmed", "reported"]), source: pick(sources).id, quote: "Synthetic fact for benchmarks.", ...extra });

  states.forEach((s, i) => add("CONTROLS", s, funds[i]!));
  vehicles.forEach((v) => add("CONTROLS", pick(funds), v));
  const funders = [...funds, ...vehicles, ...investors];
  while (relations.length < relationCount) {
    const roll = random();
    if (roll < 0.5) {
      const amount = Math.round(10 ** (6 + random() * 4));
      add("FUNDS", hub(funders), hub(companies), { amount, currency: "USD", amount_usd: amount, instrument: "equity", round: "Synthetic round" });
    } else if (roll < 0.65) add("BOARD_MEMBER_OF", pick(people), hub(companies), { role: pick(["voting", "observer", "chair"]) });
    else if (roll < 0.75) add("LEADS", pick(people), pick(companies), { role: "chief executive" });
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

function main(): void {
  const { values } = parseArgs({ options: { relations: { type: "string", default: "100000" }, actors: { type: "string" }, out: { type: "string", default: ".bench/generated" } } });
  const generated = generateSeed(Number(values.relations), values.actors ? Number(values.actors) : undefined);
  const out = resolve(values.out);
  mkdirSync(out, { recursive: true });
  for (const [file, text] of Object.entries(generated.files)) writeFileSync(resolve(out, file), text);
  console.log(`wrote ${generated.actors} actors and ${generated.relations} relations to ${out}`);
}

if (require.main === module) main();
