import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cypher } from "../neo4j/cypher-file";
import type { Executor } from "../neo4j/executor";
import { toCsv } from "./csv-writer";
import type { RecordKind } from "./seed-plan";
import { columnOf } from "./seed-table";
import {
  actorTable, aliasTable, citationTable, eventActorTable, eventTable, pillarTable, planTable, regimeTable, relationTable, sourceTable, statementTable,
} from "./seed-tables";

const exportQuery = cypher("seed/export-dataset");

type Row = Record<string, unknown>;

/**
 * Writes a dataset back as seed CSVs in `dir`, so that seeding them again gives the same graph: each fact's
 * first citation (by source id) becomes its row's source and quote, the others go to citations.csv.
 * Returns the number of rows written per file.
 */
export async function exportDataset(executor: Executor, dataset: string, dir: string): Promise<Record<string, number>> {
  const records = await executor.run<{ kind: RecordKind; row: Row }>("READ", exportQuery, { dataset });
  const of = (kind: RecordKind) => records.filter((r) => r.kind === kind).map((r) => r.row);

  const citationsByFact = new Map<string, Row[]>();
  for (const c of of("citation")) {
    const key = `${String(c.factKind)}:${String(c.fact)}`;
    citationsByFact.set(key, [...(citationsByFact.get(key) ?? []), c]);
  }
  for (const list of citationsByFact.values()) list.sort((a, b) => String(a.source).localeCompare(String(b.source)));
  const extraCitations: Row[] = [];
  /** The fact's row with its first citation as source and quote; the rest become citations.csv rows. */
  const withSource = (kind: string, row: Row): Row => {
    const [first, ...rest] = citationsByFact.get(`${kind}:${String(row.id)}`) ?? [];
    rest.forEach((c) => extraCitations.push({ fact: c.fact, source: c.source, quote: c.quote }));
    return { ...snake(row), source: first?.source, quote: kind === "statement" ? row.quote : first?.quote };
  };

  const actors = of("actor");
  const files: [string, readonly string[], Row[]][] = [
    [sourceTable.file, sourceTable.columns, of("source")],
    [actorTable.file, actorTable.columns, actors],
    [aliasTable.file, aliasTable.columns, actors.flatMap((a) => ((a.aliases as string[] | null) ?? []).map((alias, i) => ({ actor: a.id, lang: (a.aliasLanguages as string[])[i], alias })))],
    [regimeTable.file, regimeTable.columns, actors.filter((a) => a.regime).map((a) => {
      const [cite] = citationsByFact.get(`regime:${String(a.id)}`) ?? [];
      return { state: a.id, index: a.regimeIndex, year: a.regimeYear, regime: a.regime, score: a.regimeScore, source: cite?.source, quote: cite?.quote };
    })],
    [relationTable.file, relationTable.columns, of("relation").map((r) => withSource("relation", r))],
    [planTable.file, planTable.columns, of("plan").map((r) => withSource("plan", r))],
    [pillarTable.file, pillarTable.columns, of("pillar").map((r) => withSource("pillar", r))],
    [statementTable.file, statementTable.columns, of("statement").map((r) => withSource("statement", r))],
    [eventTable.file, eventTable.columns, of("event").map((r) => withSource("event", r))],
    [eventActorTable.file, eventActorTable.columns, of("event").flatMap((e) => (e.actors as Row[]).map((a) => ({ event: e.id, actor: a.actor, role: a.role })))],
  ];
  files.push([citationTable.file, citationTable.columns, extraCitations]);

  mkdirSync(dir, { recursive: true });
  const counts: Record<string, number> = {};
  for (const [file, columns, rows] of files) {
    writeFileSync(join(dir, file), toCsv(columns, rows));
    counts[file] = rows.length;
  }
  return counts;
}

/** Record properties are camelCase in the graph and snake_case in the files. */
function snake(row: Row): Row {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [columnOf(key), value]));
}
