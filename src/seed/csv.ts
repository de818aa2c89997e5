import { createReadStream } from "node:fs";
import { CsvError, parse, type Options } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";

/** One data row of a CSV file: its cells by column name, and the line it starts on (1-based, header = line 1). */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

export interface CsvProblem {
  line: number;
  column?: string;
  message: string;
}

export interface ParsedCsv {
  header: string[];
  rows: CsvRow[];
  problems: CsvProblem[];
}

/** A CSV file being read: its header, then its rows as they are parsed. */
export interface CsvStream {
  header: string[];
  rows: AsyncIterable<CsvRow>;
}

/** A record as csv-parse gives it with `info`: its cells, and the line it ends on. */
interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/**
 * csv-parse's options for the seed files, the same for the whole text and for a stream: RFC 4180, comma-separated,
 * cells optionally in double quotes, a doubled quote inside a quoted cell, newlines allowed inside quotes, CRLF,
 * LF or CR line ends (mixed too), an optional UTF-8 BOM, blank lines skipped. A malformed record (a stray quote, a
 * quote never closed) goes to `onProblem` with its line, and the others still parse.
 */
function csvOptions(onProblem: (problem: CsvProblem) => void): Options {
  let lastLine = 0;
  return {
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    record_delimiter: ["\r\n", "\n", "\r"],
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      if (error) onProblem(problemOf(error, lastLine));
    },
    on_record: (record: string[], context: { lines: number }) => {
      lastLine = context.lines;
      return record;
    },
  };
}

/** The header's column names, trimmed. */
const headerOf = (record: ParsedRecord) => record.record.map((c) => c.trim());

/** A data record as a row under `header`, or a problem when its cell count differs from the header's. Cells are trimmed. */
function rowOf(header: string[], { record, info }: ParsedRecord): CsvRow | CsvProblem {
  // csv-parse counts the line a record ends on; a record starts as many lines earlier as its cells hold line breaks.
  const line = info.lines - record.reduce((sum, cell) => sum + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
  if (record.length !== header.length) return { line, message: `has ${record.length} cells but the header has ${header.length} columns` };
  const cells: Record<string, string> = {};
  for (let i = 0; i < header.length; i++) cells[header[i]!] = record[i]!.trim();
  return { line, cells };
}

const emptyFile: CsvProblem = { line: 1, message: "the file is empty; it needs a header line" };

/**
 * Parses a whole CSV text (see csvOptions). Rows whose cell count differs from the header's are problems, not
 * rows; problems come sorted by line.
 */
export function parseCsv(text: string): ParsedCsv {
  const problems: CsvProblem[] = [];
  const records = parseSync(
    text,
    csvOptions((p) => problems.push(p)),
  ) as unknown as ParsedRecord[];
  const [headerRecord, ...dataRecords] = records;
  if (!headerRecord) return { header: [], rows: [], problems: [...problems, emptyFile] };
  const header = headerOf(headerRecord);
  const rows: CsvRow[] = [];
  for (const record of dataRecords) {
    const row = rowOf(header, record);
    if ("cells" in row) rows.push(row);
    else problems.push(row);
  }
  problems.sort((a, b) => a.line - b.line);
  return { header, rows, problems };
}

/**
 * Reads a CSV file as a stream (see csvOptions), so that only the record being read is held: the header first,
 * then the rows. Problems go to `onProblem` as they are met, not sorted; an empty file is one problem and no
 * header.
 */
export async function streamCsv(path: string, onProblem: (problem: CsvProblem) => void): Promise<CsvStream> {
  const file = createReadStream(path);
  const parser = file.pipe(parse(csvOptions(onProblem)));
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<ParsedRecord>;
  const first = await records.next();
  if (first.done) {
    onProblem(emptyFile);
    return { header: [], rows: (async function* () {})() };
  }
  const header = headerOf(first.value);
  async function* rows(): AsyncGenerator<CsvRow> {
    try {
      for (let next = await records.next(); !next.done; next = await records.next()) {
        const row = rowOf(header, next.value);
        if ("cells" in row) yield row;
        else onProblem(row);
      }
    } finally {
      // A reader that stops early (a failed write) closes the file.
      parser.destroy();
      file.destroy();
    }
  }
  return { header, rows: rows() };
}

/** csv-parse's error as a problem in the seeder's words, at the line the bad record starts on where it is known. */
function problemOf(error: CsvError, lastGoodLine: number): CsvProblem {
  const details = error as CsvError & { lines?: number; index?: number };
  const cell = details.index === undefined ? "" : ` (cell ${details.index + 1})`;
  switch (error.code) {
    case "INVALID_OPENING_QUOTE":
      return {
        line: details.lines ?? lastGoodLine + 1,
        message: `a quote opens in the middle of a cell${cell}; quote the whole cell and double the quotes inside it`,
      };
    case "CSV_INVALID_CLOSING_QUOTE":
      return {
        line: details.lines ?? lastGoodLine + 1,
        message: `a quoted cell goes on after its closing quote${cell}; double the quotes inside it`,
      };
    case "CSV_QUOTE_NOT_CLOSED":
      // Reported at the end of the file; the quote opened in the record after the last one read.
      return { line: lastGoodLine + 1, message: "a quoted cell is never closed" };
    default:
      return { line: details.lines ?? lastGoodLine + 1, message: error.message };
  }
}
