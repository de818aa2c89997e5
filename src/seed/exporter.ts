import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cypher } from "../neo4j/cypher-file";
import type { Executor } from "../neo4j/executor";
import { toCsv } from "./csv-writer";
import { identifierFact } from "../actor/identifier.input";
import type { RecordKind } from "./seed-plan";
import { columnOf } from "./seed-table";
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
  seedTables,
  sourceTable,
  statementTable,
} from "./seed-tables";

const exportQuery = cypher("seed/export-dataset");

type Row = Record<string, unknown>;

/**
 * Which part of the graph to export; each null or omitted condition keeps all. What each one drops is told in
 * cypher/seed/export-dataset.cypher: the part kept always seeds on its own.
 */
export interface SeedSelection {
  /** Records of this dataset ("seeds"); null: of every dataset. */
  dataset: string | null;
  /** Actors of these kinds, stored values ("company"). */
  kinds?: readonly string[] | null;
  /** Relations of these types ("FUNDS"), from the fixed RelationType list. */
  types?: readonly string[] | null;
  /** YYYY-MM-DD: relations valid that day; plans, statements and events dated after it go. */
  asOf?: string | null;
}

/** One seed file, as text, and how many rows it holds. */
export interface SeedFile {
  file: string;
  csv: string;
  rows: number;
}

/**
 * The selected part of the graph as the seed files, in seeding order, so that seeding them gives the same
 * graph: each fact's first citation (by source id) becomes its row's source and quote, the others go to
 * citations.csv. The cells are written as they are stored (no spreadsheet neutralisation), since the seeder must
 * read back the same values. With a narrowing condition (kinds, types, asOf), sources.csv keeps only the sources
 * the rows cite; otherwise it keeps every source of the dataset, cited or not. One query.
 */
export async function seedFiles(executor: Executor, selection: SeedSelection): Promise<SeedFile[]> {
  const records = await executor.run<{ kind: RecordKind; row: Row }>("READ", exportQuery, {
    dataset: selection.dataset,
    kinds: selection.kinds ?? null,
    types: selection.types ?? null,
    asOf: selection.asOf ?? null,
  });
  const of = (kind: RecordKind) => records.filter((r) => r.kind === kind).map((r) => r.row);

  const citationsByFact = new Map<string, Row[]>();
  for (const c of of("citation")) {
    const key = `${String(c.factKind)}:${String(c.fact)}`;
    citationsByFact.set(key, [...(citationsByFact.get(key) ?? []), c]);
  }
  for (const list of citationsByFact.values()) list.sort((a, b) => String(a.source).localeCompare(String(b.source)));
  const extraCitations: Row[] = [];
  /**
   * The fact's row with one citation as its source and quote; the others become citations.csv rows. A statement's
   * row quote is the statement itself, which the seeder also makes the quote of the row's source: so its row takes
   * the citation that has that quote, and a citation whose quote citations.csv replaced is written there too.
   */
  const withSource = (kind: string, row: Row): Row => {
    const cites = citationsByFact.get(`${kind}:${String(row.id)}`) ?? [];
    const own = kind === "statement" ? (cites.find((c) => c.quote === row.quote) ?? cites[0]) : cites[0];
    for (const c of cites) {
      if (c !== own || c.quote !== (kind === "statement" ? row.quote : own.quote))
        extraCitations.push({ fact: c.fact, source: c.source, quote: c.quote });
    }
    return { ...snake(row), source: own?.source, quote: kind === "statement" ? row.quote : own?.quote };
  };

  const actors = of("actor");
  const tables: [string, readonly string[], Row[]][] = [
    [actorTable.file, actorTable.columns, actors],
    [
      aliasTable.file,
      aliasTable.columns,
      actors.flatMap((a) =>
        ((a.aliases as string[] | null) ?? []).map((alias, i) => ({ actor: a.id, lang: (a.aliasLanguages as string[])[i], alias })),
      ),
    ],
    [
      regimeTable.file,
      regimeTable.columns,
      actors
        .filter((a) => a.regime)
        .map((a) => {
          const [cite] = citationsByFact.get(`regime:${String(a.id)}`) ?? [];
          return {
            state: a.id,
            index: a.regimeIndex,
            year: a.regimeYear,
            regime: a.regime,
            score: a.regimeScore,
            source: cite?.source,
            quote: cite?.quote,
          };
        }),
    ],
    [
      identifierTable.file,
      identifierTable.columns,
      actors.flatMap((a) =>
        ((a.identifierSchemes as string[] | null) ?? []).map((scheme, i) => {
          const identifier = { actor: String(a.id), scheme, value: (a.identifierValues as string[])[i]! };
          const [cite] = citationsByFact.get(`identifier:${identifierFact(identifier)}`) ?? [];
          return { ...identifier, source: cite?.source, quote: cite?.quote };
        }),
      ),
    ],
    [fundingRoundTable.file, fundingRoundTable.columns, of("round").map((r) => withSource("round", r))],
    [relationTable.file, relationTable.columns, of("relation").map((r) => withSource("relation", r))],
    [planTable.file, planTable.columns, of("plan").map((r) => withSource("plan", r))],
    [pillarTable.file, pillarTable.columns, of("pillar").map((r) => withSource("pillar", r))],
    [statementTable.file, statementTable.columns, of("statement").map((r) => withSource("statement", r))],
    [eventTable.file, eventTable.columns, of("event").map((r) => withSource("event", r))],
    [
      eventActorTable.file,
      eventActorTable.columns,
      of("event").flatMap((e) => (e.actors as Row[]).map((a) => ({ event: e.id, actor: a.actor, role: a.role }))),
    ],
  ];
  const policies = of("policy");
  tables.push(
    [policyTable.file, policyTable.columns, policies.map((p) => withSource("policy", p))],
    [
      policyAliasTable.file,
      policyAliasTable.columns,
      policies.flatMap((p) =>
        ((p.aliases as string[] | null) ?? []).map((alias, i) => ({ policy: p.id, lang: (p.aliasLanguages as string[])[i], alias })),
      ),
    ],
    [
      policyLinkTable.file,
      policyLinkTable.columns,
      policies.flatMap((p) => (p.links as Row[]).map((link) => withSource("policyLink", link))),
    ],
  );
  tables.push([citationTable.file, citationTable.columns, extraCitations]);

  const narrowed = Boolean(selection.kinds || selection.types || selection.asOf);
  const cited = new Set<unknown>(
    tables.flatMap(([, , rows]) => rows.map((row) => row.source)).filter((id) => id !== undefined && id !== null),
  );
  const sources = of("source").filter((s) => !narrowed || cited.has(s.id));
  tables.unshift([sourceTable.file, sourceTable.columns, sources]);

  // The files in seedTables' order, the one list of seed files (an export that missed a file would not seed back).
  const rowsByFile = new Map(tables.map(([file, , rows]) => [file, rows]));
  return seedTables.map((table) => {
    const rows = rowsByFile.get(table.file);
    if (!rows) throw new Error(`The exporter writes no ${table.file}.`);
    return { file: table.file, csv: toCsv(table.columns, rows), rows: rows.length };
  });
}

/** Writes a dataset back as seed CSVs in `dir` (see seedFiles). Returns the number of rows written per file. */
export async function exportDataset(executor: Executor, dataset: string, dir: string): Promise<Record<string, number>> {
  const files = await seedFiles(executor, { dataset });
  mkdirSync(dir, { recursive: true });
  const counts: Record<string, number> = {};
  for (const { file, csv, rows } of files) {
    writeFileSync(join(dir, file), csv);
    counts[file] = rows;
  }
  return counts;
}

/** Record properties are camelCase in the graph and snake_case in the files. */
function snake(row: Row): Row {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [columnOf(key), value]));
}
