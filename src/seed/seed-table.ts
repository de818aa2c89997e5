import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { validateSync } from "class-validator";
import { flattenValidationErrors } from "../errors/format-error";
import { streamCsv, type CsvProblem } from "./csv";

/** How one seed file maps onto a validated input class. CSV columns are snake_case; class fields camelCase. */
export interface TableSpec<T extends object> {
  /** File name inside each seed folder, e.g. "actors.csv". */
  file: string;
  rowClass: new () => T;
  /** Every column, in the order the export writes them; the header may list them in any order. */
  columns: readonly string[];
  /** Columns that must be present in the header. */
  required: readonly string[];
  /** Columns holding numbers; the cell text is converted before validation. */
  numeric?: readonly string[];
  /** The row's unique key within the layered seed, e.g. the actor id. */
  key: (row: T) => string;
}

/** Where a row came from, so later checks can still point at file and line: `seeds/actors.csv:42`. */
export interface Where {
  file: string;
  line: number;
}

export const shownWhere = (where: Where) => `${where.file}:${where.line}`;

/** "amount_usd" -> "amountUsd". */
export function fieldOf(column: string): string {
  return column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** "amountUsd" -> "amount_usd". */
export function columnOf(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/**
 * How a table is read:
 * - `problems` given: every row is validated with its class, and what is wrong is added as
 *   `seeds/actors.csv:42: country: "usa" is invalid: ...`; an invalid row is not visited.
 * - `problems` omitted: the rows are known valid (a first reading found no problem) and are only converted.
 */
export interface ReadOptions {
  problems?: string[];
}

/**
 * Streams one table from layered folders to `visit`, row by row, holding no more than the row being read.
 * A later folder's row replaces an earlier folder's row with the same key: the keys of the later folders' files
 * are read first (overlays are small), and an earlier row they replace is not visited. The same key twice in one
 * file is a problem; the first is kept. `visit` may return a promise, which is awaited before the next row.
 */
export async function streamTable<T extends object>(
  dirs: readonly string[],
  spec: TableSpec<T>,
  visit: (row: T, where: Where) => void | Promise<void>,
  options: ReadOptions = {},
): Promise<void> {
  const present = dirs.map((dir) => join(dir, spec.file)).filter((path) => existsSync(path));
  for (const [index, path] of present.entries()) {
    const replaced = await keysOf(present.slice(index + 1), spec);
    const file = relative(process.cwd(), path) || path;
    const csvProblems: CsvProblem[] = [];
    const rowProblems: string[] = [];
    const { header, rows } = await streamCsv(path, (p) => csvProblems.push(p));
    const headerProblems: string[] = [];
    const known = new Set<string>(spec.columns);
    for (const h of header.filter((h) => !known.has(h)))
      headerProblems.push(`${file}:1: ${h}: unknown column; the columns are ${spec.columns.join(", ")}`);
    const missing = spec.required.filter((c) => !header.includes(c));
    for (const c of missing) headerProblems.push(`${file}:1: ${c}: required column is missing`);
    const seenInFile = new Map<string, number>();
    for await (const { line, cells } of rows) {
      if (missing.length > 0) continue;
      const where = { file, line };
      const row = options.problems ? validRow(spec, cells, where, rowProblems) : rowFrom(spec, cells).row;
      if (!row) continue;
      const key = spec.key(row);
      if (options.problems) {
        const earlier = seenInFile.get(key);
        if (earlier !== undefined) {
          rowProblems.push(`${shownWhere(where)}: duplicate key "${key}", already on line ${earlier}`);
          continue;
        }
        seenInFile.set(key, line);
      }
      if (replaced.has(key)) continue;
      await visit(row, where);
    }
    csvProblems.sort((a, b) => a.line - b.line);
    options.problems?.push(...csvProblems.map((p) => `${file}:${p.line}: ${p.message}`), ...headerProblems, ...rowProblems);
  }
}

/** The keys of the rows of these files, for the rows of earlier folders they replace. */
async function keysOf<T extends object>(paths: readonly string[], spec: TableSpec<T>): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const path of paths) {
    const { rows } = await streamCsv(path, () => {});
    for await (const { cells } of rows) keys.add(spec.key(rowFrom(spec, cells).row));
  }
  return keys;
}

/** The row's cells as the class's fields, numbers converted; `notNumbers` lists the numeric cells that are not. */
function rowFrom<T extends object>(spec: TableSpec<T>, cells: Record<string, string>): { row: T; notNumbers: string[] } {
  const row = new spec.rowClass() as Record<string, unknown>;
  const notNumbers: string[] = [];
  for (const column of spec.columns) {
    const text = cells[column];
    if (text === undefined || text === "") continue;
    if (spec.numeric?.includes(column)) {
      if (/^-?\d+(\.\d+)?$/.test(text)) row[fieldOf(column)] = Number(text);
      else notNumbers.push(column);
    } else {
      row[fieldOf(column)] = text;
    }
  }
  return { row: row as T, notNumbers };
}

function validRow<T extends object>(spec: TableSpec<T>, cells: Record<string, string>, where: Where, problems: string[]): T | null {
  const { row, notNumbers } = rowFrom(spec, cells);
  for (const column of notNumbers)
    problems.push(`${shownWhere(where)}: ${column}: "${cells[column]}" is not a number (write digits only, e.g. 10000000000)`);
  const errors = flattenValidationErrors(validateSync(row, { forbidUnknownValues: false }));
  for (const error of errors) {
    const column = columnOf(error.field);
    const value = cells[column];
    const shown = value ? `"${value}" is invalid: ` : "";
    problems.push(`${shownWhere(where)}: ${column}: ${shown}${error.message.replace(error.field, column)}`);
  }
  return notNumbers.length === 0 && errors.length === 0 ? row : null;
}
