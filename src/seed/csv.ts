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

/**
 * Parses RFC 4180 CSV: comma-separated, cells optionally in double quotes, a doubled quote inside a quoted
 * cell, newlines allowed inside quotes, CRLF or LF line ends, an optional UTF-8 BOM. Cells are trimmed.
 * Rows whose cell count differs from the header's are reported as problems, not returned.
 */
export function parseCsv(text: string): ParsedCsv {
  const records = splitRecords(text.replace(/^\uFEFF/, ""));
  const problems: CsvProblem[] = records.flatMap((r) => (r.problem ? [{ line: r.line, message: r.problem }] : []));
  const [headerRecord, ...dataRecords] = records.filter((r) => !(r.cells.length === 1 && r.cells[0] === ""));
  if (!headerRecord) return { header: [], rows: [], problems: [...problems, { line: 1, message: "the file is empty; it needs a header line" }] };
  const header = headerRecord.cells.map((c) => c.trim());
  const rows: CsvRow[] = [];
  for (const record of dataRecords) {
    if (record.problem) continue;
    if (record.cells.length !== header.length) {
      problems.push({ line: record.line, message: `has ${record.cells.length} cells but the header has ${header.length} columns` });
      continue;
    }
    rows.push({ line: record.line, cells: Object.fromEntries(header.map((name, i) => [name, record.cells[i]!.trim()])) });
  }
  return { header, rows, problems };
}

interface RawRecord {
  line: number;
  cells: string[];
  problem?: string;
}

function splitRecords(text: string): RawRecord[] {
  const records: RawRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let problem: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        if (ch === "\n") line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (cell.trim() !== "") problem ??= `a quote opens in the middle of a cell (cell ${cells.length + 1}); quote the whole cell and double the quotes inside it`;
      inQuotes = true;
    } else if (ch === ",") {
      cells.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      cells.push(cell);
      records.push({ line: recordLine, cells, ...(problem ? { problem } : {}) });
      cells = [];
      cell = "";
      problem = undefined;
      line++;
      recordLine = line;
    } else {
      cell += ch;
    }
  }
  if (inQuotes) problem ??= "a quoted cell is never closed";
  if (cell !== "" || cells.length > 0 || problem) {
    cells.push(cell);
    records.push({ line: recordLine, cells, ...(problem ? { problem } : {}) });
  }
  return records;
}
