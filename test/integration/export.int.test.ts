import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { spreadsheetSafe } from "../../src/export/spreadsheet-safe";
import { projectRoot } from "../../src/project-root";
import { parseCsv } from "../../src/seed/csv";
import { planSeed, recordKinds, type SeedPlan } from "../../src/seed/seed-plan";
import { seed, SeedValidationError } from "../../src/seed/seeder";
import { seedTables } from "../../src/seed/seed-tables";
import { describeWithSeeds } from "../support/processes";
import { startQueryApp, type QueryApp } from "../support/query-app";
import { seedFixture } from "../support/seed-fixture";
import { seedFolder, silentLogger, uniquePrefix } from "../support/test-database";
import { scratchDir } from "../support/scratch-dir";

let api: QueryApp;
let base: string;
/** The fixture's dataset and id prefix, and the fresh dataset its export is seeded into. */
const p = uniquePrefix();
const copy = uniquePrefix();

/** The fixture, plus an actor and a funding whose texts a spreadsheet would read as formulas, and XML's special characters. */
function fixture(prefix: string): Record<string, string> {
  const files = seedFixture(prefix);
  files["actors.csv"] += `${prefix}evil,investor,"=HYPERLINK(""http://x"")",US,"@SUM(1+1) & <b>bold</b> ""quoted"" 'single'"\n`;
  files["relations.csv"] +=
    `${prefix}evil-funds-lab,FUNDS,${prefix}evil,${prefix}lab,2024-11,,5000000,USD,5000000,paid,-5 round,equity,,,alleged,${prefix}src-a,"+quote & <tag>"\n`;
  return files;
}

let curatedSeeds: SeedPlan;

beforeAll(async () => {
  curatedSeeds = await planSeed([join(projectRoot, "seeds")]);
  api = await startQueryApp();
  base = api.app.graphqlUrl.replace(/\/graphql$/, "");
  await seed(api.app.executor, { dirs: [seedFolder(fixture(p))], dataset: p }, silentLogger);
});

afterAll(async () => {
  await api.app.executor.run(
    "WRITE",
    {
      name: "test/cleanup",
      text: "MATCH (n) WHERE n.dataset IN [$p, $copy] OR n.id STARTS WITH $p OR n.id STARTS WITH $copy DETACH DELETE n",
    },
    { p, copy },
  );
  await api.app.stop();
});

async function get(path: string): Promise<{ status: number; type: string; disposition: string | null; text: string; body: Buffer }> {
  const response = await fetch(`${base}${path}`);
  const body = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    type: response.headers.get("content-type") ?? "",
    disposition: response.headers.get("content-disposition"),
    text: body.toString("utf8"),
    body,
  };
}

async function getJson(path: string): Promise<any> {
  const { status, text } = await get(path);
  if (status !== 200) throw new Error(`GET ${path}: HTTP ${status} ${text}`);
  return JSON.parse(text);
}

/** The error an export answers for a bad request: status, code and the parameter it names. */
async function errorOf(path: string): Promise<{ status: number; code: string; field: string | undefined; message: string }> {
  const { status, text } = await get(path);
  const [error] = JSON.parse(text).errors;
  return { status, code: error.extensions.code, field: error.extensions.field, message: error.message };
}

/** Every record of a dataset, ids stripped of its prefix, without the properties a reseed changes (digest, dataset, time). */
async function snapshot(dataset: string): Promise<unknown[]> {
  const rows = await api.app.executor.run<{ key: string; props: Record<string, unknown> }>(
    "READ",
    {
      name: "test/snapshot",
      text: `CALL { MATCH (n) WHERE n.dataset = $dataset RETURN labels(n)[0] + ':' + n.id AS key, properties(n) AS props
           UNION ALL MATCH (a)-[r]->(b) WHERE a.dataset = $dataset OR b.dataset = $dataset
           RETURN type(r) + ':' + coalesce(r.id, a.id + '>' + b.id) AS key, properties(r) AS props }
           RETURN key, props ORDER BY key`,
    },
    { dataset },
  );
  return JSON.parse(
    JSON.stringify(
      rows.map(({ key, props }) => {
        const { digest: _d, dataset: _s, recordedAt: _r, ...rest } = props;
        return { key, props: rest };
      }),
    ).replaceAll(dataset, ""),
  );
}

/**
 * A JSON Schema check of the keywords graphJsonSchema uses (type, const, enum, required, properties,
 * additionalProperties: false, items, oneOf, pattern). Returns the first problem, or null.
 */
function schemaProblem(schema: any, value: unknown, at = "$"): string | null {
  const typeOf = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : Number.isInteger(v) ? "integer" : typeof v);
  if (schema.oneOf) {
    const passing = schema.oneOf.filter((s: any) => schemaProblem(s, value, at) === null).length;
    return passing === 1 ? null : `${at}: matches ${passing} of oneOf`;
  }
  if ("const" in schema && value !== schema.const) return `${at}: is not ${schema.const}`;
  if (schema.enum && !schema.enum.includes(value)) return `${at}: ${JSON.stringify(value)} is not in the enum`;
  if (schema.type) {
    const types = [schema.type].flat();
    const actual = typeOf(value);
    if (!types.includes(actual) && !(actual === "integer" && types.includes("number")))
      return `${at}: is ${actual}, not ${types.join("|")}`;
  }
  if (schema.pattern && typeof value === "string" && !new RegExp(schema.pattern).test(value))
    return `${at}: does not match ${schema.pattern}`;
  if (Array.isArray(value) && schema.items) {
    for (const [i, item] of value.entries()) {
      const problem = schemaProblem(schema.items, item, `${at}[${i}]`);
      if (problem) return problem;
    }
  }
  if (value !== null && typeof value === "object" && !Array.isArray(value) && schema.properties) {
    for (const key of schema.required ?? []) if (!(key in value)) return `${at}: lacks ${key}`;
    for (const [key, item] of Object.entries(value)) {
      if (!(key in schema.properties)) {
        if (schema.additionalProperties === false) return `${at}: has ${key}, which the schema does not describe`;
        continue;
      }
      const problem = schemaProblem(schema.properties[key], item, `${at}.${key}`);
      if (problem) return problem;
    }
  }
  return null;
}

/** Parses XML strictly: xmldom's errors and warnings fail, and so do the two things it lets through (a bare & and control characters). */
function parseXml(xml: string): Document {
  const bareAmpersand = /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(xml);
  if (bareAmpersand) throw new Error(`a bare & at ${bareAmpersand.index}`);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for the characters XML 1.0 forbids.
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.exec(xml);
  if (control) throw new Error(`a control character at ${control.index}`);
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(xml, "application/xml") as unknown as Document;
}

describe("spreadsheetSafe", () => {
  it("puts an apostrophe before a text cell a spreadsheet would read as a formula, and leaves the rest alone", () => {
    expect(["=1+1", "+1", "-5 round", "@SUM(A1)", "\tx", "\rx"].map(spreadsheetSafe)).toEqual([
      "'=1+1",
      "'+1",
      "'-5 round",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
    ]);
    expect(["OpenAI", "a=b", "", null, -5, 10_000_000_000].map(spreadsheetSafe)).toEqual(["OpenAI", "a=b", "", null, -5, 10_000_000_000]);
  });
});

describe("parseXml, the test's own strictness", () => {
  it("refuses malformed XML", () => {
    for (const bad of ["<a><b></a>", "<a>a & b</a>", '<a x="1" x="2"/>', "<a x=1/>", "<a>\u0001</a>", "<a/><b/>", "<a>&nope;</a>"]) {
      expect(() => parseXml(bad)).toThrow();
    }
    expect(() => parseXml('<a x="&quot;&amp;">&lt;&apos;</a>')).not.toThrow();
  });
});

describeWithSeeds("exports", () => {
  describe("/export/graph.json", () => {
    it("returns every actor and relation of the curated seeds, each edge's ends and sources in the document", async () => {
      const doc = await getJson("/export/graph.json?dataset=seeds");
      expect(doc).toMatchObject({ format: "ai-policy-graph/graph@1", selection: { asOf: null, kind: null, type: null, dataset: "seeds" } });
      expect(doc.nodes).toHaveLength(curatedSeeds.actor.length);
      expect(doc.edges).toHaveLength(curatedSeeds.relation.length);
      expect(doc.counts).toEqual({
        nodes: doc.nodes.length,
        edges: doc.edges.length,
        policies: doc.policies.length,
        policyLinks: doc.policyLinks.length,
        pillars: doc.pillars.length,
        sources: doc.sources.length,
      });
      // The instruments and their links come too, each link's ends in the document.
      expect(doc.policies).toHaveLength(curatedSeeds.policy.length);
      expect(doc.policyLinks).toHaveLength(curatedSeeds.policy.reduce((n, p) => n + p.links.length, 0));
      const recordIds = new Set([...doc.nodes, ...doc.policies, ...doc.pillars].map((n: any) => n.id));
      for (const link of doc.policyLinks)
        expect([link.id, recordIds.has(link.from), recordIds.has(link.to)]).toEqual([link.id, true, true]);

      const nodeIds = new Set(doc.nodes.map((n: any) => n.id));
      const sourceIds = new Set(doc.sources.map((s: any) => s.id));
      for (const edge of doc.edges) {
        expect(nodeIds.has(edge.from) && nodeIds.has(edge.to)).toBe(true);
        expect(edge.citations.length).toBeGreaterThan(0);
        for (const c of edge.citations) expect(sourceIds.has(c.source)).toBe(true);
      }
      expect(doc.nodes.find((n: any) => n.id === "openai")).toMatchObject({
        kind: "COMPANY",
        name: "OpenAI",
        regime: null,
        dataset: "seeds",
      });
      expect(doc.nodes.find((n: any) => n.id === "saudi-arabia").regime).toMatchObject({
        class: "AUTHORITARIAN",
        citations: [expect.objectContaining({ quote: expect.any(String) })],
      });
      const microsoft = doc.edges.find((e: any) => e.id === "microsoft-funds-openai-2023");
      expect(microsoft).toMatchObject({
        type: "FUNDS",
        from: "microsoft",
        to: "openai",
        validFrom: "2023-01-23",
        amountUsd: 10_000_000_000,
        currency: "USD",
        amountKind: "COMMITTED",
        confidence: "REPORTED",
      });
      const cited = doc.sources.find((s: any) => s.id === microsoft.citations[0].source);
      expect(cited.url).toMatch(/^(https?:|urn:)/);
      expect(doc.edges.map((e: any) => e.id)).toEqual([...doc.edges.map((e: any) => e.id)].sort());
    });

    it("conforms to its published JSON Schema, which describes every field", async () => {
      const schema = await getJson("/export/graph.schema.json");
      for (const path of [
        "/export/graph.json?dataset=seeds",
        `/export/graph.json?dataset=${p}`,
        "/export/graph.json?asOf=2024-01-01&kind=STATE,investor",
      ]) {
        expect(schemaProblem(schema, await getJson(path))).toBeNull();
      }
      expect(schemaProblem(schema, { ...(await getJson(`/export/graph.json?dataset=${p}`)), extra: 1 })).toMatch(/extra/);
    });

    it("keeps the relations valid on asOf, by the API's rule: OpenAI's board on 2023-11-20 is the one `board(asOf:)` lists", async () => {
      const doc = await getJson("/export/graph.json?dataset=seeds&asOf=2023-11-20&type=BOARD_MEMBER_OF");
      const exported = doc.edges
        .filter((e: any) => e.to === "openai")
        .map((e: any) => e.id)
        .sort();
      const data = await api.query(`{ actor(id: "openai") { board(asOf: "2023-11-20", first: 100) { edges { node { id } } } } }`);
      expect(exported).toEqual(data.actor.board.edges.map((e: any) => e.node.id).sort());
      expect(exported).toEqual(expect.arrayContaining(["sutskever-openai-board-2017-2023", "toner-openai-board-2021-2023"]));
      expect(exported).not.toContain("altman-openai-board-2015-2023");
      expect(exported).not.toContain("nakasone-openai-board-2024");
      expect(doc.edges.every((e: any) => e.type === "BOARD_MEMBER_OF")).toBe(true);
      // Actors have no dates: all stay.
      expect(doc.nodes).toHaveLength(curatedSeeds.actor.length);
    });

    it("keeps only actors of the kinds asked, and the relations of the types asked between them", async () => {
      const doc = await getJson("/export/graph.json?dataset=seeds&kind=STATE&kind=investor,government_body&relationTypes=CONTROLS,OWNS");
      expect(doc.selection).toMatchObject({ kind: ["STATE", "INVESTOR", "GOVERNMENT_BODY"], type: ["CONTROLS", "OWNS"] });
      const kinds = new Map(doc.nodes.map((n: any) => [n.id, n.kind]));
      expect(new Set(kinds.values())).toEqual(new Set(["STATE", "INVESTOR", "GOVERNMENT_BODY"]));
      expect(doc.nodes).toHaveLength(
        curatedSeeds.actor.filter((a) => ["state", "investor", "government_body"].includes(a.props.kind as string)).length,
      );
      const expected = curatedSeeds.relation
        .filter((r) => ["CONTROLS", "OWNS"].includes(r.type) && kinds.has(r.from) && kinds.has(r.to))
        .map((r) => r.id)
        .sort();
      expect(doc.edges.map((e: any) => e.id)).toEqual(expected);
      expect(expected.length).toBeGreaterThan(3);
      expect(doc.edges.map((e: any) => e.id)).toContain("saudi-arabia-controls-pif");
    });

    it("answers 400 BAD_USER_INPUT naming the parameter for a bad date, kind, type or an unknown parameter", async () => {
      expect(await errorOf("/export/graph.json?asOf=2023-13-01")).toMatchObject({ status: 400, code: "BAD_USER_INPUT", field: "asOf" });
      expect(await errorOf("/export/graph.json?asOf=2023-11")).toMatchObject({ status: 400, field: "asOf" });
      expect(await errorOf("/export/graph.json?kind=planet")).toMatchObject({ status: 400, code: "BAD_USER_INPUT", field: "kind" });
      expect(await errorOf("/export/graph.graphml?type=FUNDZ")).toMatchObject({ status: 400, code: "BAD_USER_INPUT", field: "type" });
      expect(await errorOf("/export/graph.json?relationTypes=FUNDS&type=OWNS")).toMatchObject({ status: 400, field: "type" });
      expect(await errorOf("/export/seeds.tar?recipeint=openai")).toMatchObject({
        status: 400,
        code: "BAD_USER_INPUT",
        field: "recipeint",
      });
      expect(await errorOf("/export/graph.json?asOf=2024-01-01&asOf=2025-01-01")).toMatchObject({ status: 400, field: "asOf" });
    });
  });

  describe("/export/graph.graphml", () => {
    it("is well-formed GraphML with typed keys, labels, and the edges' type, amount, date, confidence and source URLs", async () => {
      const { status, type, disposition, text } = await get("/export/graph.graphml?dataset=seeds&asOf=2024-12-31");
      expect(status).toBe(200);
      expect(type).toMatch(/^application\/graphml\+xml/);
      expect(disposition).toBe('attachment; filename="ai-policy-graph-2024-12-31.graphml"');
      const xml = parseXml(text);
      const root = xml.documentElement;
      expect([root.localName, root.namespaceURI]).toEqual(["graphml", "http://graphml.graphdrawing.org/xmlns"]);

      const keys = new Map(
        Array.from(xml.getElementsByTagName("key")).map((k) => [
          k.getAttribute("id")!,
          { for: k.getAttribute("for"), name: k.getAttribute("attr.name"), type: k.getAttribute("attr.type") },
        ]),
      );
      for (const key of keys.values()) expect(["string", "double", "int"]).toContain(key.type);
      const graph = xml.getElementsByTagName("graph")[0]!;
      expect(graph.getAttribute("edgedefault")).toBe("directed");
      const dataOf = (element: Element) =>
        Object.fromEntries(
          Array.from(element.getElementsByTagName("data")).map((d) => {
            const key = keys.get(d.getAttribute("key")!);
            expect(key?.for).toBe(element.localName);
            return [key!.name, d.textContent];
          }),
        );

      const json = await getJson("/export/graph.json?dataset=seeds&asOf=2024-12-31");
      const nodes = Array.from(xml.getElementsByTagName("node"));
      const edges = Array.from(xml.getElementsByTagName("edge"));
      expect([nodes.length, edges.length]).toEqual([
        json.nodes.length + json.policies.length + json.pillars.length,
        json.edges.length + json.policyLinks.length,
      ]);
      const nodeIds = new Set(nodes.map((n) => n.getAttribute("id")));
      for (const edge of edges) expect(nodeIds.has(edge.getAttribute("source")) && nodeIds.has(edge.getAttribute("target"))).toBe(true);

      expect(dataOf(nodes.find((n) => n.getAttribute("id") === "openai")!)).toMatchObject({
        label: "OpenAI",
        kind: "COMPANY",
        country: "US",
      });
      expect(dataOf(nodes.find((n) => n.getAttribute("id") === "saudi-arabia")!)).toMatchObject({ kind: "STATE", regime: "AUTHORITARIAN" });
      // An instrument in force that day is a node of its own record, linked to the actors it targets.
      expect(dataOf(nodes.find((n) => n.getAttribute("id") === "us-advanced-computing-rule-2023-10")!)).toMatchObject({
        record: "POLICY",
        kind: "EXPORT_RULE",
        inForce: "2023-11-17",
      });
      expect(nodes.some((n) => n.getAttribute("id") === "us-ai-diffusion-rule-2025-01")).toBe(false);
      const uaeLink = edges.find((e) => e.getAttribute("id") === "bis-regulates-united-arab-emirates-2023-10")!;
      expect([uaeLink.getAttribute("source"), uaeLink.getAttribute("target")]).toEqual([
        "us-advanced-computing-rule-2023-10",
        "united-arab-emirates",
      ]);
      expect(dataOf(uaeLink)).toMatchObject({ type: "TARGETS", effect: "REQUIRES_LICENCE" });
      const microsoft = edges.find((e) => e.getAttribute("id") === "microsoft-funds-openai-2023")!;
      expect([microsoft.getAttribute("source"), microsoft.getAttribute("target")]).toEqual(["microsoft", "openai"]);
      const attributes = dataOf(microsoft);
      expect(attributes).toMatchObject({
        type: "FUNDS",
        amountUsd: "10000000000",
        validFrom: "2023-01-23",
        confidence: "REPORTED",
        label: "FUNDS 2023-01-23 $10bn",
      });
      const urls = json.edges
        .find((e: any) => e.id === "microsoft-funds-openai-2023")
        .citations.map((c: any) => json.sources.find((s: any) => s.id === c.source).url);
      expect(attributes.sources).toBe(urls.join(" "));
      expect(keys.get("amountUsd")).toEqual({ for: "edge", name: "amountUsd", type: "double" });
    });

    it("escapes XML's special characters, which read back as they were stored", async () => {
      const xml = parseXml((await get(`/export/graph.graphml?dataset=${p}`)).text);
      const evil = Array.from(xml.getElementsByTagName("node")).find((n) => n.getAttribute("id") === `${p}evil`)!;
      const texts = Array.from(evil.getElementsByTagName("data")).map((d) => d.textContent);
      expect(texts).toEqual(expect.arrayContaining(['=HYPERLINK("http://x")', `@SUM(1+1) & <b>bold</b> "quoted" 'single'`]));
    });
  });

  describe("/export/seeds", () => {
    it("gives the curated seeds as a tar of CSVs that seed to the same graph: nothing to add, change or remove", async () => {
      const { status, type, body } = await get("/export/seeds.tar?dataset=seeds");
      expect([status, type]).toEqual([200, "application/x-tar"]);
      const dir = scratchDir("apg-export-tar-");
      writeFileSync(join(dir, "seeds.tar"), body);
      execFileSync("tar", ["-xf", "seeds.tar"], { cwd: dir });
      const folder = join(dir, "ai-policy-graph-seeds");
      const again = await seed(api.app.executor, { dirs: [folder], dataset: "seeds", dryRun: true }, silentLogger);
      for (const kind of recordKinds)
        expect({ kind, ...again[kind] }).toEqual({ kind, added: 0, changed: 0, removed: 0, unchanged: curatedSeeds[kind].length });
      // The archive holds what the per-file exports give.
      expect(readFileSync(join(folder, "relations.csv"), "utf8")).toBe((await get("/export/seeds/relations.csv?dataset=seeds")).text);
    });

    it("exports a dataset file by file that seeds into a fresh dataset with the same records, formula-like cells unchanged", async () => {
      const { files } = await getJson("/export/seeds");
      expect(files).toHaveLength(seedTables.length);
      const dir = scratchDir("apg-export-csv-");
      for (const path of files) {
        const { status, type, text } = await get(`${path}?dataset=${p}`);
        expect([status, type]).toEqual([200, "text/csv; charset=utf-8; header=present"]);
        writeFileSync(join(dir, path.split("/").pop()), text.replaceAll(p, copy));
      }
      expect(readFileSync(join(dir, "actors.csv"), "utf8")).toContain(`"=HYPERLINK(""http://x"")"`);
      expect(readFileSync(join(dir, "relations.csv"), "utf8")).toContain(",-5 round,");
      await seed(api.app.executor, { dirs: [dir], dataset: copy }, silentLogger);
      const original = await snapshot(p);
      expect(original.length).toBeGreaterThan(20);
      expect(await snapshot(copy)).toEqual(original);
    });

    it("exports a selection (asOf, kinds) that seeds on its own, with the relations graph.json has for it", async () => {
      const selection = "dataset=seeds&asOf=2021-01-01&kind=company,investor,state,person";
      const dir = scratchDir("apg-export-part-");
      writeFileSync(join(dir, "part.tar"), (await get(`/export/seeds.tar?${selection}`)).body);
      execFileSync("tar", ["-xf", "part.tar"], { cwd: dir });
      let plan: SeedPlan | undefined;
      try {
        plan = await planSeed([join(dir, "ai-policy-graph-seeds-2021-01-01")]);
      } catch (error) {
        throw new Error(error instanceof SeedValidationError ? error.problems.slice(0, 5).join("\n") : String(error));
      }
      const doc = await getJson(`/export/graph.json?${selection}`);
      expect(plan.relation.map((r) => r.id).sort()).toEqual(doc.edges.map((e: any) => e.id));
      expect(plan.actor).toHaveLength(doc.nodes.length);
      expect(plan.relation.map((r) => r.id)).toContain("microsoft-funds-openai-2019");
      expect(plan.relation.map((r) => r.id)).not.toContain("microsoft-funds-openai-2023");
      // Events and statements dated after the day stay out; the plan of 2024 too.
      expect(plan.plan).toEqual([]);
      expect(plan.event.every((e) => String(e.props.date) <= "2021-01-01")).toBe(true);
      expect(plan.source.length).toBeLessThan(curatedSeeds.source.length);
    });
  });

  describe("/export/fundings.csv", () => {
    const rowsOf = (text: string) => parseCsv(text).rows.map((r) => r.cells);

    it("lists, one row per funding, what `fundings` lists for the same filter, in the same order", async () => {
      const { status, disposition, text } = await get("/export/fundings.csv?recipient=openai&minAmountUsd=1000000000");
      expect([status, disposition]).toEqual([200, 'attachment; filename="fundings.csv"']);
      expect(parseCsv(text).header).toEqual([
        "id",
        "funder_id",
        "funder",
        "recipient_id",
        "recipient",
        "amount",
        "currency",
        "amount_usd",
        "amount_kind",
        "date",
        "date_kind",
        "until",
        "funding_round",
        "round",
        "instrument",
        "stake",
        "confidence",
        "source_urls",
      ]);
      const rows = rowsOf(text);
      const data =
        await api.query(`{ fundings(filter: { recipient: "openai", minAmountUsd: 1000000000 }, first: 100) { totalCount edges { node {
        id funder { name } amountUsd date instrument confidence sources { source { url } } } } } }`);
      expect(rows.map((r) => r.id)).toEqual(data.fundings.edges.map((e: any) => e.node.id));
      expect(rows).toHaveLength(data.fundings.totalCount);
      expect(rows.map((r) => r.funder)).toContain("Microsoft");
      const microsoft = rows.find((r) => r.id === "microsoft-funds-openai-2023")!;
      expect(microsoft).toMatchObject({
        funder_id: "microsoft",
        recipient: "OpenAI",
        amount: "10000000000",
        currency: "USD",
        amount_usd: "10000000000",
        date: "2023-01-23",
        amount_kind: "COMMITTED",
        confidence: "REPORTED",
      });
      const node = data.fundings.edges.find((e: any) => e.node.id === "microsoft-funds-openai-2023").node;
      expect(microsoft.source_urls).toBe(node.sources.map((s: any) => s.source.url).join(" "));
      for (const r of rows) expect(Number(r.amount_usd)).toBeGreaterThanOrEqual(1_000_000_000);
    });

    it("takes every filter of `fundings`, and asOf, with the same answers", async () => {
      const query =
        "funder=microsoft&from=2019-01-01&to=2023-12-31&amountKind=paid,COMMITTED&confidence=confirmed,REPORTED&asOf=2024-01-01";
      const rows = rowsOf((await get(`/export/fundings.csv?${query}`)).text);
      const data =
        await api.query(`{ fundings(filter: { funder: "microsoft", from: "2019-01-01", to: "2023-12-31", amountKind: [PAID, COMMITTED], confidence: [CONFIRMED, REPORTED] },
        asOf: "2024-01-01", first: 100) { edges { node { id } } } }`);
      expect(rows.map((r) => r.id)).toEqual(data.fundings.edges.map((e: any) => e.node.id));
      expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining(["microsoft-funds-openai-2019", "microsoft-funds-openai-2023"]));
    });

    it("neutralises text cells a spreadsheet would run as formulas", async () => {
      const [row] = rowsOf((await get(`/export/fundings.csv?funder=${p}evil`)).text);
      expect(row).toMatchObject({
        funder: `'=HYPERLINK("http://x")`,
        round: "'-5 round",
        amount_usd: "5000000",
        instrument: "EQUITY",
        confidence: "ALLEGED",
      });
    });

    it("costs the same few round trips for one funding as for dozens", async () => {
      const cost = async (path: string) => {
        const before = api.app.executor.statementCount;
        expect((await get(path)).status).toBe(200);
        return api.app.executor.statementCount - before;
      };
      const many = await cost("/export/fundings.csv?recipient=openai");
      const one = await cost(`/export/fundings.csv?funder=${p}evil`);
      // The recipient's existence, the fundings, their ends' names, their sources.
      expect(many).toBe(4);
      expect(one).toBe(many);
    });

    it("answers 400 naming the parameter for a bad filter, and 404 for an unknown actor", async () => {
      expect(await errorOf("/export/fundings.csv?minAmountUsd=-5")).toMatchObject({
        status: 400,
        code: "BAD_USER_INPUT",
        field: "minAmountUsd",
        message: "minAmountUsd must not be negative",
      });
      expect(await errorOf("/export/fundings.csv?minAmountUsd=lots")).toMatchObject({
        status: 400,
        code: "BAD_USER_INPUT",
        field: "minAmountUsd",
      });
      expect(await errorOf("/export/fundings.csv?from=2024-01-01&to=2023-01-01")).toMatchObject({
        status: 400,
        field: "to",
        message: "to must not be before from",
      });
      expect(await errorOf("/export/fundings.csv?instrument=stock")).toMatchObject({ status: 400, field: "instrument" });
      expect(await errorOf("/export/fundings.csv?confidence=sure")).toMatchObject({ status: 400, field: "confidence" });
      expect(await errorOf("/export/fundings.csv?kind=state")).toMatchObject({ status: 400, field: "kind" });
      expect(await errorOf("/export/fundings.csv?recipient=nobody-at-all")).toMatchObject({
        status: 404,
        code: "NOT_FOUND",
        field: "recipient",
      });
    });
  });

  describe("/export", () => {
    it("lists the exports, and answers 404 for an unknown one and 405 for a POST", async () => {
      const index = await getJson("/export");
      expect(index.exports.map((e: any) => e.path)).toEqual(
        expect.arrayContaining(["/export/graph.json", "/export/graph.graphml", "/export/seeds.tar", "/export/fundings.csv"]),
      );
      expect(await errorOf("/export/graph.csv")).toMatchObject({ status: 404, code: "NOT_FOUND" });
      expect(await errorOf("/export/seeds/passwords.csv")).toMatchObject({ status: 404, code: "NOT_FOUND" });
      const post = await fetch(`${base}/export/graph.json`, { method: "POST" });
      expect([post.status, post.headers.get("allow")]).toEqual([405, "GET, HEAD"]);
    });
  });
});
