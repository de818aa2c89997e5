/** What spreadsheets (Excel, LibreOffice, Google Sheets) may read as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell neutralised against spreadsheet formula injection (OWASP "CSV injection"): a cell that starts
 * with =, +, -, @, a tab or a carriage return gets a leading apostrophe, which spreadsheets read as "this is
 * text" and hide. Only for the CSV files meant for people (fundings.csv): the seed-format CSVs keep the stored
 * values byte for byte, since the seeder must read back exactly what was written. Numbers are left alone: a
 * number cell is never a formula.
 */
export function spreadsheetSafe(value: unknown): unknown {
  return typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : value;
}
