import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { validateSync } from "class-validator";
import { flattenValidationErrors } from "../errors/format-error";
import { parseCsv } from "./csv";

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

/** A validated row with where it came from, so later checks can still point at file and line. */
export interface Located<T> {
  row: T;
  where: string;
}

/** "amount_usd" -> "amountUsd". */
export function fieldOf(column: string): string {
  return column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** "amountUsd" -> "amount_usd". */
export function columnOf(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/**
 * Reads one table from layered folders. A later folder's row replaces an earlier folder's row with the same
 * key; the same key twice in one file is an error. Problems read like a compiler's:
 * `seeds/actors.csv:42: country: "usa" is invalid: ...`.
 */
export function readTable<T extends object>(dirs: readonly string[], spec: TableSpec<T>, problems: string[]): Located<T>[] {
  const byKey = new Map<string, Located<T>>();
  for (const dir of dirs) {
    const path = join(dir, spec.file);
    if (!existsSync(path)) continue;
    const shown = relative(process.cwd(), path) || path;
    const parsed = parseCsv(readFileSync(path, "utf8"));
    for (const p of parsed.problems) problems.push(`${shown}:${p.line}: ${p.message}`);
    const known = new Set<string>(spec.columns);
    for (const h of parsed.header.filter((h) => !known.has(h)))
      problems.push(`${shown}:1: ${h}: unknown column; the columns are ${spec.columns.join(", ")}`);
    const missing = spec.required.filter((c) => !parsed.header.includes(c));
    for (const c of missing) problems.push(`${shown}:1: ${c}: required column is missing`);
    if (missing.length > 0) continue;

    const seenInFile = new Map<string, number>();
    for (const { line, cells } of parsed.rows) {
      const where = `${shown}:${line}`;
      const row = toRow(spec, cells, where, problems);
      if (!row) continue;
      const key = spec.key(row);
      const earlier = seenInFile.get(key);
      if (earlier !== undefined) {
        problems.push(`${where}: duplicate key "${key}", already on line ${earlier}`);
        continue;
      }
      seenInFile.set(key, line);
      byKey.set(key, { row, where });
    }
  }
  return [...byKey.values()];
}

function toRow<T extends object>(spec: TableSpec<T>, cells: Record<string, string>, where: string, problems: string[]): T | null {
  const row = new spec.rowClass() as Record<string, unknown>;
  let ok = true;
  for (const column of spec.columns) {
    const text = cells[column];
    if (text === undefined || text === "") continue;
    if (spec.numeric?.includes(column)) {
      if (!/^-?\d+(\.\d+)?$/.test(text)) {
        problems.push(`${where}: ${column}: "${text}" is not a number (write digits only, e.g. 10000000000)`);
        ok = false;
        continue;
      }
      row[fieldOf(column)] = Number(text);
    } else {
      row[fieldOf(column)] = text;
    }
  }
  const errors = flattenValidationErrors(validateSync(row, { forbidUnknownValues: false }));
  for (const error of errors) {
    const column = columnOf(error.field);
    const value = cells[column];
    const shown = value ? `"${value}" is invalid: ` : "";
    problems.push(`${where}: ${column}: ${shown}${error.message.replace(error.field, column)}`);
  }
  return ok && errors.length === 0 ? (row as T) : null;
}
