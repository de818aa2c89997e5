import { CsvError, parse } from "csv-parse/sync";

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

/** A record as csv-parse gives it with `info`: its cells, and the line it ends on. */
interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/**
 * Parses RFC 4180 CSV with csv-parse: comma-separated, cells optionally in double quotes, a doubled quote inside a
 * quoted cell, newlines allowed inside quotes, CRLF, LF or CR line ends (mixed too), an optional UTF-8 BOM, blank
 * lines skipped. Cells are trimmed. A malformed record (a stray quote, a quote never closed) is a problem with its
 * line and the others still parse; rows whose cell count differs from the header's are problems, not rows.
 */
export function parseCsv(text: string): ParsedCsv {
  const problems: CsvProblem[] = [];
  let lastLine = 0;
  const records = parse(text, {
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    record_delimiter: ["\r\n", "\n", "\r"],
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      if (error) problems.push(problemOf(error, lastLine));
    },
    on_record: (record: string[], context: { lines: number }) => {
      lastLine = context.lines;
      return record;
    },
  }) as unknown as ParsedRecord[];
  const [headerRecord, ...dataRecords] = records;
  if (!headerRecord)
    return { header: [], rows: [], problems: [...problems, { line: 1, message: "the file is empty; it needs a header line" }] };
  const header = headerRecord.record.map((c) => c.trim());
  const rows: CsvRow[] = [];
  for (const { record, info } of dataRecords) {
    // csv-parse counts the line a record ends on; a record starts as many lines earlier as its cells hold line breaks.
    const line = info.lines - record.reduce((sum, cell) => sum + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    if (record.length !== header.length) {
      problems.push({ line, message: `has ${record.length} cells but the header has ${header.length} columns` });
      continue;
    }
    rows.push({ line, cells: Object.fromEntries(header.map((name, i) => [name, record[i]!.trim()])) });
  }
  problems.sort((a, b) => a.line - b.line);
  return { header, rows, problems };
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
