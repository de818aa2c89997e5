import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { IsIn, IsInt, IsOptional, Matches, Min } from "class-validator";
import { columnOf, fieldOf, shownWhere, streamTable, type TableSpec } from "../../src/seed/seed-table";
import { scratchDir } from "../support/scratch-dir";

/** A seed row of the shape the real tables have: a slug key, an optional number and an optional vocabulary. */
class GrantRow {
  @Matches(/^[a-z0-9-]+$/, { message: "id must be a slug" })
  id!: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  amountUsd?: number;

  @IsOptional()
  @IsIn(["PAID", "COMMITTED"])
  amountKind?: string;
}

const grants: TableSpec<GrantRow> = {
  file: "grants.csv",
  rowClass: GrantRow,
  columns: ["id", "amount_usd", "amount_kind"],
  required: ["id"],
  numeric: ["amount_usd"],
  key: (row) => row.id,
};

/** Seed folders holding `files` ({ "base/grants.csv": "…" }); returns each folder's path and how readTable shows a file in it. */
function folders(files: Record<string, string>) {
  const root = scratchDir("apg-seed-table-");
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, ".."), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return { dir: (name: string) => join(root, name), shown: (name: string) => relative(process.cwd(), join(root, name)) };
}

async function read(dirs: string[], spec: TableSpec<GrantRow> = grants) {
  const problems: string[] = [];
  const rows: { row: GrantRow; where: string }[] = [];
  await streamTable(dirs, spec, (row, where) => void rows.push({ row, where: shownWhere(where) }), { problems });
  return { rows, problems };
}

describe("seed-table", () => {
  describe("fieldOf and columnOf", () => {
    it("returns the camelCase field of a snake_case column, and back", () => {
      expect(fieldOf("amount_usd")).toBe("amountUsd");
      expect(columnOf("amountUsd")).toBe("amount_usd");
      expect(columnOf(fieldOf("valid_from_kind"))).toBe("valid_from_kind");
    });
  });

  describe("streamTable", () => {
    it("returns validated rows with numbers converted, each with its file and line", async () => {
      const seeds = folders({ "a/grants.csv": "id,amount_usd,amount_kind\nx,1000,PAID\ny,,\n" });
      const { rows, problems } = await read([seeds.dir("a")]);
      expect(problems).toEqual([]);
      expect(rows.map((r) => ({ ...r.row }))).toEqual([{ id: "x", amountUsd: 1000, amountKind: "PAID" }, { id: "y" }]);
      expect(rows.map((r) => r.where)).toEqual([`${seeds.shown("a/grants.csv")}:2`, `${seeds.shown("a/grants.csv")}:3`]);
    });

    it("returns a later folder's row in place of an earlier folder's row with the same key", async () => {
      const seeds = folders({ "a/grants.csv": "id,amount_usd\nx,1\ny,2\n", "b/grants.csv": "id,amount_usd\nx,10\n" });
      const { rows, problems } = await read([seeds.dir("a"), seeds.dir("b")]);
      expect(problems).toEqual([]);
      expect(Object.fromEntries(rows.map((r) => [r.row.id, r.row.amountUsd]))).toEqual({ x: 10, y: 2 });
      expect(rows.find((r) => r.row.id === "x")!.where).toBe(`${seeds.shown("b/grants.csv")}:2`);
    });

    it("returns nothing, and no problem, for a folder without the file", async () => {
      expect(await read([folders({}).dir("empty")])).toEqual({ rows: [], problems: [] });
    });

    it("reports file:line: column: for a value its class refuses, and leaves the row out", async () => {
      const seeds = folders({ "a/grants.csv": "id,amount_usd,amount_kind\nx,5,PLEDGED\nY Z,5,PAID\nok,-3,PAID\n" });
      const file = seeds.shown("a/grants.csv");
      const { rows, problems } = await read([seeds.dir("a")]);
      expect(rows).toEqual([]);
      expect(problems).toHaveLength(3);
      expect(problems[0]).toMatch(new RegExp(`^${escapeRegExp(file)}:2: amount_kind: "PLEDGED" is invalid: amount_kind `));
      expect(problems[1]).toBe(`${file}:3: id: "Y Z" is invalid: id must be a slug`);
      expect(problems[2]).toMatch(new RegExp(`^${escapeRegExp(file)}:4: amount_usd: "-3" is invalid: amount_usd `));
    });

    it("reports a cell of a numeric column that is not a number", async () => {
      const seeds = folders({ "a/grants.csv": "id,amount_usd\nx,10 billion\n" });
      const { rows, problems } = await read([seeds.dir("a")]);
      expect(rows).toEqual([]);
      expect(problems).toEqual([
        `${seeds.shown("a/grants.csv")}:2: amount_usd: "10 billion" is not a number (write digits only, e.g. 10000000000)`,
      ]);
    });

    it("reports a key twice in one file with the line it first appeared on, keeping the first", async () => {
      const seeds = folders({ "a/grants.csv": "id,amount_usd\nx,1\ny,2\nx,3\n" });
      const { rows, problems } = await read([seeds.dir("a")]);
      expect(problems).toEqual([`${seeds.shown("a/grants.csv")}:4: duplicate key "x", already on line 2`]);
      expect(rows.find((r) => r.row.id === "x")!.row.amountUsd).toBe(1);
    });

    it("reports an unknown column and a missing required column on line 1, and reads no row without the required one", async () => {
      const seeds = folders({ "a/grants.csv": "id,amount_usd,colour\nx,1,red\n", "b/grants.csv": "amount_usd\n5\n" });
      const { rows, problems } = await read([seeds.dir("a"), seeds.dir("b")]);
      expect(problems).toEqual([
        `${seeds.shown("a/grants.csv")}:1: colour: unknown column; the columns are id, amount_usd, amount_kind`,
        `${seeds.shown("b/grants.csv")}:1: id: required column is missing`,
      ]);
      expect(rows.map((r) => r.row.id)).toEqual(["x"]);
    });

    it("reports a row the CSV parser refuses at its file and line, and reads the others", async () => {
      const seeds = folders({ "a/grants.csv": 'id,amount_usd\nx,1\ny,2,3\nz,"4"\n' });
      const { rows, problems } = await read([seeds.dir("a")]);
      expect(problems).toHaveLength(1);
      expect(problems[0]!.startsWith(`${seeds.shown("a/grants.csv")}:3: `)).toBe(true);
      expect(rows.map((r) => r.row.id)).toEqual(["x", "z"]);
    });
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
