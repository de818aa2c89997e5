import { createHash } from "node:crypto";
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from "graphql";
import { startApp, type RunningApp } from "../../src/app";
import { parseCsv } from "../../src/seed/csv";
import { seed, SeedValidationError } from "../../src/seed/seeder";
import { postGraphql, type GraphqlBody } from "../support/graphql-client";
import { describeWithSeeds } from "../support/processes";
import { seedFixture } from "../support/seed-fixture";
import { seedFolder, silentLogger, testConfig, uniquePrefix } from "../support/test-database";

/**
 * Hostile input, sent to every argument (and input field) of every root field, and to every CSV cell of a seed.
 * The server must answer each with a clear error (BAD_USER_INPUT or NOT_FOUND, naming the argument) or a
 * correct, possibly empty, result: never a 500, never INTERNAL_SERVER_ERROR, and never a write.
 */
const HOSTILE_STRINGS = [
  "') DETACH DELETE n //",
  '"}) MATCH (n) DETACH DELETE n RETURN 1 //',
  "openai' OR 1=1 //",
  "$x",
  "{}",
  "`",
  "``) DETACH DELETE n //",
  "'",
  '"',
  "\\",
  "\u0000",
  "a\u0000b",
  "\u202Eevil\u202C",
  "e\u0301\u0301\u0301\u0301",
  "🤖💥",
  "x".repeat(100_000),
  "",
  " ",
  "*",
  "title:(*",
  "~",
  "2023-13-01",
  "-1",
  "NaN",
  "1e309",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  '=HYPERLINK("http://x")',
];
const HOSTILE_INTS: unknown[] = [-1, 0, -2147483648, 2147483647, 2147483648, 1.5, "NaN", "1e3", null];
const HOSTILE_FLOATS: unknown[] = [-1, -0, 1e308, -1e308, "NaN", "Infinity", null];

const ACCEPTED_CODES = ["BAD_USER_INPUT", "NOT_FOUND"];

/** An admin's key, so the mutations' own checks, not the role check, meet the hostile values. */
const ADMIN_KEY = "fuzz-admin-key";

let app: RunningApp;
let schema: GraphQLSchema;

beforeAll(async () => {
  // No rate limit: the fuzz sends hundreds of requests from one address in a few seconds.
  app = await startApp(
    testConfig({
      seedOnStart: "false",
      rateLimitPerMinute: 0,
      apiKeys: [{ name: "fuzz", role: "admin", hash: createHash("sha256").update(ADMIN_KEY).digest("hex") }],
    }),
    silentLogger,
  );
  const { body } = await postGraphql(app.graphqlUrl, getIntrospectionQuery());
  schema = buildClientSchema(body.data as unknown as IntrospectionQuery);
});

afterAll(() => app.stop());

/**
 * Counts and a checksum of every node of the dataset "seeds" or of none, and of every relationship of "seeds",
 * or of none between such nodes (seeding another dataset may link its own nodes, never touch these). The audit
 * trail's (:Change) records are left out: a seed run writes one on purpose.
 */
async function fingerprint(): Promise<string> {
  const rows = await app.executor.run<{ nodes: string[]; relations: string[] }>("READ", {
    name: "test/fingerprint",
    text: `CALL () { MATCH (n) WHERE (n.dataset = 'seeds' OR n.dataset IS NULL) AND NOT n:Change RETURN collect(coalesce(n.id, elementId(n)) + ':' + coalesce(n.digest, '')) AS nodes }
           CALL () { MATCH (a)-[r]->(b) WHERE r.dataset = 'seeds' OR (r.dataset IS NULL AND coalesce(a.dataset, 'seeds') = 'seeds' AND coalesce(b.dataset, 'seeds') = 'seeds') RETURN collect(coalesce(r.id, type(r)) + ':' + coalesce(r.digest, '')) AS relations }
           RETURN nodes, relations`,
  });
  const { nodes, relations } = rows[0]!;
  const digest = createHash("sha256")
    .update([...nodes].sort().join("\n"))
    .update("|")
    .update([...relations].sort().join("\n"))
    .digest("hex");
  return `${nodes.length} nodes, ${relations.length} relations, ${digest}`;
}

/**
 * A literal that passes for a required argument. Queries get seeded ids ("openai", and "microsoft" as the other
 * end of a path); mutations get `idPrefix`-ed ids that exist nowhere, so no hostile write can touch a seeded record.
 */
function literal(arg: Pick<GraphQLArgument, "name" | "type">, idPrefix?: string): string {
  const type = getNullableType(arg.type) as GraphQLInputType;
  if (isListType(type)) return `[${literal({ name: arg.name, type: type.ofType as GraphQLInputType }, idPrefix)}]`;
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type))
    return `{ ${requiredOf(Object.values(type.getFields()))
      .map((f) => `${f.name}: ${literal(f, idPrefix)}`)
      .join(", ")} }`;
  if (idPrefix !== undefined && (type.name === "ID" || type.name === "String")) return `"${idPrefix}${arg.name.toLowerCase()}"`;
  switch (type.name) {
    case "Int":
    case "Float":
      return "1";
    case "Boolean":
      return "false";
    case "Date":
      return '"2024-01-01"';
    default:
      return arg.name === "to" ? '"microsoft"' : '"openai"';
  }
}

function requiredOf<T extends GraphQLArgument | GraphQLInputField>(args: readonly T[]): T[] {
  return args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
}

/** The leaf fields of a type that need no argument, so the resolvers behind them run too. */
function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (isLeafType(type)) return "";
  if (!isObjectType(type)) return " { __typename }";
  const leaves = Object.values(type.getFields())
    .filter((f) => isLeafType(getNamedType(f.type)) && requiredOf(f.args).length === 0)
    .map((f) => f.name);
  return ` { __typename ${leaves.join(" ")} }`;
}

/** What a scalar of this name receives. */
function hostileValuesFor(scalar: string): unknown[] {
  if (scalar === "Int") return HOSTILE_INTS;
  if (scalar === "Float") return HOSTILE_FLOATS;
  if (scalar === "Boolean") return [];
  return HOSTILE_STRINGS;
}

/** One target: a root field, the argument (or argument.inputField) hit, and the operation that sends `$v` there. */
interface Target {
  name: string;
  scalar: string;
  list: boolean;
  operation: string;
}

/** The targets of every root field of the query type, or of the mutation type with ids made from `idPrefix`. */
function targets(kind: "query" | "mutation" = "query", idPrefix?: string): Target[] {
  const root = kind === "query" ? schema.getQueryType()! : schema.getMutationType()!;
  const result: Target[] = [];
  for (const field of Object.values(root.getFields())) {
    const selection = selectionOf(field);
    for (const arg of field.args) {
      const others = requiredOf(field.args)
        .filter((a) => a !== arg)
        .map((a) => `${a.name}: ${literal(a, idPrefix)}`);
      const argType = getNullableType(arg.type);
      const named = getNamedType(arg.type);
      if (isScalarType(named)) {
        result.push({
          name: `${field.name}(${arg.name})`,
          scalar: named.name,
          list: isListType(argType),
          operation: `${kind} ($v: ${String(arg.type)}) { ${field.name}(${[`${arg.name}: $v`, ...others].join(", ")})${selection} }`,
        });
      } else if (isInputObjectType(named)) {
        for (const inputField of Object.values(named.getFields())) {
          const inner = getNamedType(inputField.type);
          if (!isScalarType(inner)) continue;
          const siblings = requiredOf(Object.values(named.getFields()))
            .filter((f) => f !== inputField)
            .map((f) => `${f.name}: ${literal(f, idPrefix)}`);
          const value = `{ ${[`${inputField.name}: $v`, ...siblings].join(", ")} }`;
          result.push({
            name: `${field.name}(${arg.name}.${inputField.name})`,
            scalar: inner.name,
            list: isListType(getNullableType(inputField.type)),
            operation: `${kind} ($v: ${String(inputField.type)}) { ${field.name}(${[`${arg.name}: ${value}`, ...others].join(", ")})${selection} }`,
          });
        }
      }
    }
  }
  return result;
}

/** What is wrong with an answer, or null when it is a clear error or a valid result. */
function problemOf(status: number, body: GraphqlBody): string | null {
  if (status >= 500) return `HTTP ${status}`;
  for (const error of body.errors ?? []) {
    const code = error.extensions?.code ?? "";
    if (!ACCEPTED_CODES.includes(code)) return `${code}: ${error.message.slice(0, 200)}`;
    if (!error.extensions?.field && !error.message.includes("$v")) return `${code} names no argument: ${error.message.slice(0, 200)}`;
  }
  if (!body.errors?.length && (body.data === null || body.data === undefined)) return "neither data nor errors";
  return null;
}

describeWithSeeds("fuzz", () => {
  describe("every argument of every root field", () => {
    it("answers each hostile value with a clear error or a valid result, and writes nothing", async () => {
      const before = await fingerprint();
      const all = targets();
      // Every root field that takes an argument is hit.
      const hitFields = new Set(all.map((t) => t.name.split("(")[0]));
      const fieldsWithArgs = Object.values(schema.getQueryType()!.getFields())
        .filter((f) => f.args.length > 0)
        .map((f) => f.name);
      expect([...hitFields].sort()).toEqual(fieldsWithArgs.sort());
      expect(all.length).toBeGreaterThanOrEqual(30);

      const problems: string[] = [];
      let sent = 0;
      for (const target of all) {
        const values = hostileValuesFor(target.scalar);
        for (const value of values) {
          const v = target.list && value !== null ? [value] : value;
          const { status, body } = await postGraphql(app.graphqlUrl, target.operation, { v });
          sent += 1;
          const problem = problemOf(status, body);
          if (problem) problems.push(`${target.name} = ${JSON.stringify(value).slice(0, 40)}: ${problem}`);
        }
      }
      expect(problems).toEqual([]);
      expect(sent).toBeGreaterThan(500);
      expect(await fingerprint()).toBe(before);
      const planted = await app.executor.run<{ n: number }>("READ", {
        name: "test/planted",
        text: "MATCH (n) WHERE any(k IN keys(n) WHERE n[k] IS :: STRING AND (n[k] CONTAINS 'DETACH DELETE' OR n[k] CONTAINS '<script>')) RETURN count(n) AS n",
      });
      expect(planted[0]!.n).toBe(0);
    });
  });

  describe("every argument of every mutation, sent with an admin's key", () => {
    it("answers each hostile value with a clear error or a valid result, and leaves the seeded graph alone", async () => {
      const p = uniquePrefix();
      const before = await fingerprint();
      const all = targets("mutation", p);
      const hitFields = new Set(all.map((t) => t.name.split("(")[0]));
      const mutations = Object.values(schema.getMutationType()!.getFields()).map((f) => f.name);
      expect([...hitFields].sort()).toEqual(mutations.sort());
      expect(all.length).toBeGreaterThanOrEqual(20);

      const problems: string[] = [];
      for (const target of all) {
        // Every other value, to keep the run short: the list rotates, so each kind of value still meets each argument type.
        const values = hostileValuesFor(target.scalar).filter((_, i) => i % 2 === all.indexOf(target) % 2);
        for (const value of values) {
          const v = target.list && value !== null ? [value] : value;
          const response = await fetch(app.graphqlUrl, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${ADMIN_KEY}` },
            body: JSON.stringify({ query: target.operation, variables: { v } }),
          });
          const problem = problemOf(response.status, (await response.json()) as GraphqlBody);
          if (problem) problems.push(`${target.name} = ${JSON.stringify(value).slice(0, 40)}: ${problem}`);
        }
      }
      expect(problems).toEqual([]);
      // Writes that passed validation went to the prefixed ids in the "curation" dataset, never to seeded records.
      expect(await fingerprint()).toBe(before);
      await app.executor.run("WRITE", { name: "test/cleanup", text: "MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n" }, { p });
    });
  });

  describe("every CSV cell of a seed", () => {
    const p = uniquePrefix();
    const files = seedFixture(p);
    // A few hostile values per cell, rotating through the list, keep the run short: cells × 3 dry runs.
    const CELL_VALUES = HOSTILE_STRINGS.filter((s) => s.length < 1000).concat(["x".repeat(100_000)]);

    it("validates or refuses each hostile cell with SeedValidationError, never another error, and writes nothing", async () => {
      const before = await fingerprint();
      const problems: string[] = [];
      let runs = 0;
      let k = 0;
      for (const [file, text] of Object.entries(files)) {
        const { header, rows } = parseCsv(text);
        for (let row = 0; row < rows.length; row += 1) {
          for (const column of header) {
            for (let j = 0; j < 3; j += 1) {
              const value = CELL_VALUES[k++ % CELL_VALUES.length]!;
              const changed = rows.map((r, i) =>
                header.map((h) => csvCell(i === row && h === column ? value : (r.cells[h] ?? ""))).join(","),
              );
              const dir = seedFolder({ ...files, [file]: [header.join(","), ...changed].join("\n") + "\n" });
              runs += 1;
              try {
                await seed(app.executor, { dirs: [dir], dataset: `${p}fuzz`, dryRun: true }, silentLogger);
              } catch (error) {
                if (!(error instanceof SeedValidationError))
                  problems.push(`${file} row ${row + 1} ${column} = ${JSON.stringify(value).slice(0, 40)}: ${String(error).slice(0, 200)}`);
                else if (!error.problems.length || error.problems.some((problem) => problem.trim() === ""))
                  problems.push(`${file} ${column}: a refusal that says nothing`);
              }
            }
          }
        }
      }
      expect(problems).toEqual([]);
      expect(runs).toBeGreaterThan(150);
      expect(await fingerprint()).toBe(before);
    });

    it("stores hostile text byte for byte in its own dataset, leaves the curated seeds alone, and neutralises formulas in fundings.csv", async () => {
      const before = await fingerprint();
      const hostileName = `=cmd|' /C calc'!A0 ') DETACH DELETE n // \u202E🤖 "$x" \`{}\``;
      const hostile = {
        ...files,
        "actors.csv": files["actors.csv"]!.replace("Sovereign Fund", csvCell(hostileName)).replace(
          "A test lab.",
          csvCell("+SUM(1,2) ' OR 1=1 //"),
        ),
        "relations.csv": files["relations.csv"]!.replace("2024-10 round", csvCell("@SUM(A1) round")).replace(
          "chief executive",
          csvCell("-2+3"),
        ),
      };
      await seed(app.executor, { dirs: [seedFolder(hostile)], dataset: `${p}hostile` }, silentLogger);
      expect(await fingerprint()).toBe(before);

      const { body } = await postGraphql(
        app.graphqlUrl,
        `query ($id: ID!) { actor(id: $id) { name } lab: actor(id: "${p}lab") { description } }`,
        { id: `${p}fund` },
      );
      expect(body.data).toEqual({ actor: { name: hostileName }, lab: { description: "+SUM(1,2) ' OR 1=1 //" } });

      const response = await fetch(app.graphqlUrl.replace(/\/graphql$/, `/export/fundings.csv?funder=${p}fund`));
      expect(response.status).toBe(200);
      const [row] = parseCsv(await response.text()).rows.map((r) => r.cells);
      expect(row).toMatchObject({ funder: `'${hostileName}`, round: "'@SUM(A1) round" });
      for (const cell of Object.values(row!)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    });
  });
});

/** One CSV cell, quoted when it must be. */
function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
