import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { FTM_TABLES } from "../../src/ftm/ftm-mapping";
import { projectRoot } from "../../src/project-root";
import { parseCsv } from "../../src/seed/csv";
import { seedFiles } from "../../src/seed/exporter";
import { planSeed } from "../../src/seed/seed-plan";
import { seed } from "../../src/seed/seeder";
import { describeWithSeeds } from "../support/processes";
import { ensureVenv, INSTALL_TIMEOUT_MS, type PythonVenv } from "../support/python-venv";
import { startQueryApp, type QueryApp } from "../support/query-app";
import { scratchDir } from "../support/scratch-dir";
import { seedFixture } from "../support/seed-fixture";
import { seedFolder, silentLogger, uniquePrefix } from "../support/test-database";

const run = promisify(execFile);

/** The followthemoney package, pinned, in a virtualenv of its own (git-ignored). */
const venvDir = join(projectRoot, ".venv-ftm");
const ftmDir = join(projectRoot, "test", "support", "ftm");
const handMade = join(projectRoot, "test", "fixtures", "ftm", "people-companies.ftm.json");

let api: QueryApp;
let base: string;
let venv: PythonVenv;
/** A small dataset of the test's own, the dataset its FtM export is imported and seeded into, and their id prefixes. */
const p = uniquePrefix();
const copy = uniquePrefix();

interface Report {
  entities: number;
  schemata: Record<string, number>;
  errors: { line: number; id: string | null; message: string }[];
}

/** followthemoney's verdict on an FtM file (test/support/ftm/validate_ftm.py: strict, every property checked). */
async function validated(file: string): Promise<Report> {
  const result = await run(venv.python, [join(ftmDir, "validate_ftm.py"), file], { maxBuffer: 256 * 1024 * 1024 }).catch(
    (error: Error & { stdout?: string }) => {
      if (!error.stdout) throw error;
      return { stdout: error.stdout };
    },
  );
  return JSON.parse(result.stdout);
}

async function download(path: string, file: string): Promise<Response> {
  const response = await fetch(`${base}${path}`);
  writeFileSync(file, Buffer.from(await response.arrayBuffer()));
  return response;
}

/** The FtM tables of a dataset's canonical export (the seed CSVs), each row's cells, with `strip` removed from every cell. */
async function canonical(dataset: string, strip: string): Promise<Record<string, string[]>> {
  const files = await seedFiles(api.app.executor, { dataset });
  const rows = Object.fromEntries(files.map((f) => [f.file, parseCsv(f.csv.replaceAll(strip, "")).rows.map((r) => r.cells)]));
  // citations.csv also cites the facts FtM does not carry (statements, policies…); keep those of relations and rounds.
  const facts = new Set([...rows["relations.csv"]!, ...rows["rounds.csv"]!].map((r) => r.id));
  rows["citations.csv"] = rows["citations.csv"]!.filter((c) => facts.has(c.fact!));
  return Object.fromEntries(FTM_TABLES.map((t) => [t.file, rows[t.file]!.map((r) => JSON.stringify(r)).sort()]));
}

beforeAll(async () => {
  if (process.env.TEST_SEEDS !== "present") return;
  venv = await ensureVenv(venvDir, join(ftmDir, "requirements.txt"));
  api = await startQueryApp();
  base = api.app.graphqlUrl.replace(/\/graphql$/, "");
  await seed(api.app.executor, { dirs: [seedFolder(seedFixture(p))], dataset: p }, silentLogger);
}, INSTALL_TIMEOUT_MS + 60_000);

afterAll(async () => {
  await api?.app.executor.run(
    "WRITE",
    {
      name: "test/cleanup",
      text: "MATCH (n) WHERE n.dataset IN [$p, $copy] OR n.id STARTS WITH $p OR n.id STARTS WITH $copy DETACH DELETE n",
    },
    { p, copy },
  );
  await api?.app.stop();
});

describeWithSeeds("FollowTheMoney export and import", () => {
  it("has a validator that refuses every kind of bad entity: an unknown property, a refused value, a missing or dangling reference", async () => {
    const { stdout } = await run(venv.python, [join(ftmDir, "validate_ftm.py"), "--self-test"]);
    expect(JSON.parse(stdout)).toEqual({ refused: 11, missed: [] });
  });

  it("exports a selection (kinds, types, a day) as FtM entities that followthemoney validates, every reference inside it", async () => {
    const file = join(scratchDir("apg-ftm-"), "money.ftm.json");
    const response = await download(
      "/export/ftm.json?dataset=seeds&kind=STATE,INVESTOR,COMPANY&type=FUNDS,OWNS,CONTROLS&asOf=2024-12-31",
      file,
    );
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="ai-policy-graph-2024-12-31.ftm.json"');
    const { schemata, errors } = await validated(file);
    expect(errors).toEqual([]);
    expect(Object.keys(schemata).sort()).toEqual(["Company", "Control", "HyperText", "Ownership", "Payment", "Project", "PublicBody"]);
  });

  it("exports the whole graph as FtM entities that followthemoney validates with 0 errors", async () => {
    const file = join(scratchDir("apg-ftm-"), "graph.ftm.json");
    const response = await download("/export/ftm.json", file);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="ai-policy-graph.ftm.json"');
    const report = await validated(file);
    expect(report.errors).toEqual([]);
    expect(report.entities).toBe(readFileSync(file, "utf8").trim().split("\n").length);
    expect(report.entities).toBeGreaterThan(4000);
  });

  it("gives one entity per source, actor, round and relation of the curated seeds, in the schemata the mapping names", async () => {
    const file = join(scratchDir("apg-ftm-"), "seeds.ftm.json");
    await download("/export/ftm.json?dataset=seeds", file);
    const { schemata, errors } = await validated(file);
    expect(errors).toEqual([]);
    const seeds = await planSeed([join(projectRoot, "seeds")]);
    const count = (names: string[]) => names.reduce((n, name) => n + (schemata[name] ?? 0), 0);
    expect(count(["HyperText"])).toBe(seeds.source.length);
    expect(count(["Person", "Company", "Organization", "PublicBody", "Asset"])).toBe(seeds.actor.length);
    expect(count(["Project"])).toBe(seeds.round.length);
    expect(count(["Payment", "Ownership", "Control", "Directorship", "Employment", "Membership", "UnknownLink"])).toBe(
      seeds.relation.length,
    );
    const fundsWithStake = seeds.relation.filter((r) => r.type === "FUNDS" && r.props.stake !== undefined && r.props.stake !== null).length;
    expect(schemata.Payment).toBe(seeds.relation.filter((r) => r.type === "FUNDS").length - fundsWithStake);
    expect(schemata.Person).toBe(seeds.actor.filter((a) => a.props.kind === "person").length);
  });

  it("reads the curated seeds back from FtM, through followthemoney's own parser, to the same seed rows", async () => {
    const dir = scratchDir("apg-ftm-");
    await download("/export/ftm.json?dataset=seeds", join(dir, "seeds.ftm.json"));
    await run(join(venv.bin, "ftm"), ["validate", "-i", join(dir, "seeds.ftm.json"), "-o", join(dir, "reparsed.ftm.json")]);
    const out = join(dir, "imported");
    const { stdout } = await run(process.execPath, [
      join(projectRoot, "dist/src/ftm/import-ftm-cli.js"),
      join(dir, "reparsed.ftm.json"),
      "--dataset",
      "ftm-copy",
      "--out",
      out,
      "--id-prefix",
      copy,
    ]);
    expect(stdout).toContain("0 entities left out");
    expect(stdout).not.toContain("values left out");
    expect(stdout).toContain("The folder validates.");
    const imported = Object.fromEntries(
      FTM_TABLES.map((t) => [
        t.file,
        parseCsv(readFileSync(join(out, t.file), "utf8").replaceAll(copy, ""))
          .rows.map((r) => JSON.stringify(r.cells))
          .sort(),
      ]),
    );
    expect(imported).toEqual(await canonical("seeds", "\u0000"));
  });

  it("round-trips a dataset through FtM into a new dataset whose graph is the original's", async () => {
    const dir = scratchDir("apg-ftm-");
    const exported = await run(process.execPath, [
      join(projectRoot, "dist/src/seed/export-cli.js"),
      "--format",
      "ftm",
      "--dataset",
      p,
      "--out",
      join(dir, "fixture.ftm.json"),
    ]);
    expect(exported.stdout).toMatch(/FollowTheMoney entities/);
    expect((await validated(join(dir, "fixture.ftm.json"))).errors).toEqual([]);
    await run(join(venv.bin, "ftm"), ["validate", "-i", join(dir, "fixture.ftm.json"), "-o", join(dir, "reparsed.ftm.json")]);
    await run(process.execPath, [
      join(projectRoot, "dist/src/ftm/import-ftm-cli.js"),
      join(dir, "reparsed.ftm.json"),
      "--dataset",
      copy,
      "--out",
      join(dir, "imported"),
      "--id-prefix",
      copy,
    ]);
    await seed(api.app.executor, { dirs: [join(dir, "imported")], dataset: copy }, silentLogger);
    const original = await canonical(p, "\u0000");
    expect(original["relations.csv"]).toHaveLength(3);
    expect(await canonical(copy, copy)).toEqual(original);
  });

  it("validates the hand-made FtM fixture the import's unit test reads, so that test reads real FtM", async () => {
    expect((await validated(handMade)).errors).toEqual([]);
  });

  it("is listed by GET /export, and refuses a bad parameter with BAD_USER_INPUT naming it", async () => {
    const index = await (await fetch(`${base}/export`)).json();
    expect(index.exports.map((e: { path: string }) => e.path)).toContain("/export/ftm.json");
    const response = await fetch(`${base}/export/ftm.json?kind=planet`);
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "kind" });
  });
});
