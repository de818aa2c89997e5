import { EXTRAS_PREFIX } from "./ftm-mapping";

/** One FtM entity as the line-based JSON format writes it: every property a list of strings. */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

/** Seed rows by file name ("actors.csv"), each row its cells by column, as the seed CSVs hold them. */
export type SeedRows = Record<string, Record<string, string>[]>;

/** The extras of one record: the seed columns FtM has no property for, and the mapping's own keys (type, kind, quotes…). */
export type Extras = Record<string, unknown>;

/** Builds one entity: empty values are left out, a value already there is not added twice, extras go last into `summary`. */
export class EntityBuilder {
  private readonly properties: Record<string, string[]> = {};
  readonly extras: Extras = {};

  constructor(
    readonly id: string,
    readonly schema: string,
  ) {}

  add(property: string, value: string | null | undefined): this {
    if (value === null || value === undefined || value === "") return this;
    const values = this.properties[property] ?? [];
    if (!values.includes(value)) this.properties[property] = [...values, value];
    return this;
  }

  /** A seed column FtM has no property for, kept as it is; empty cells are left out, as the CSV reads them. */
  extra(key: string, value: unknown): this {
    if (value === null || value === undefined || value === "") return this;
    this.extras[key] = value;
    return this;
  }

  build(): FtmEntity {
    if (Object.keys(this.extras).length > 0) this.add("summary", EXTRAS_PREFIX + JSON.stringify(this.extras));
    return { id: this.id, schema: this.schema, properties: this.properties };
  }
}

/**
 * Our fraction as FtM's percentage and back, by moving the decimal point in the text (0.49 is "49", 0.075 is
 * "7.5"), so no digit changes on the way. Null for text that is not a plain decimal number.
 */
export function shiftDecimal(text: string, places: number): string | null {
  const match = /^(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || text === "" || text === ".") return null;
  const whole = match[1] ?? "";
  const fraction = match[2] ?? "";
  let digits = whole + fraction;
  let point = whole.length + places;
  if (point < 0) {
    digits = "0".repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += "0".repeat(point - digits.length);
  const intPart = digits.slice(0, point).replace(/^0+(?=\d)/, "") || "0";
  const fracPart = digits.slice(point).replace(/0+$/, "");
  return fracPart ? `${intPart}.${fracPart}` : intPart;
}
