import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { projectRoot } from "../../src/project-root";
import { describeWithSeeds } from "../support/processes";
import { ensureVenv, INSTALL_TIMEOUT_MS, installPythonClient, type PythonVenv } from "../support/python-venv";
import { startQueryApp, type QueryApp } from "../support/query-app";

const run = promisify(execFile);

const venvDir = join(projectRoot, ".venv-notebooks");
const requirements = join(projectRoot, "notebooks", "requirements.txt");
const notebook = join(projectRoot, "notebooks", "ai-policy-graph.ipynb");
const executed = join(projectRoot, "test-artifacts", "notebooks", "ai-policy-graph.executed.ipynb");

interface Output {
  output_type: string;
  text?: string | string[];
  data?: Record<string, string | string[]>;
  ename?: string;
}

interface Cell {
  cell_type: string;
  execution_count?: number | null;
  metadata: { tags?: string[] };
  outputs?: Output[];
}

let api: QueryApp;
let venv: PythonVenv;
let cells: Cell[];
let stderr: string;

const text = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join("") : (value ?? ""));
/** Everything a cell printed or displayed, as text (plain and HTML renderings of its values). */
const shown = (cell: Cell) =>
  (cell.outputs ?? []).map((o) => text(o.text) + text(o.data?.["text/plain"]) + text(o.data?.["text/html"])).join("\n");
const tagged = (tag: string) => {
  const cell = cells.find((c) => c.metadata.tags?.includes(tag));
  if (!cell) throw new Error(`No cell tagged ${tag}`);
  return cell;
};
const pngsOf = (cell: Cell) =>
  (cell.outputs ?? []).flatMap((o) => (o.data?.["image/png"] ? [Buffer.from(text(o.data["image/png"]), "base64")] : []));

beforeAll(
  async () => {
    if (process.env.TEST_SEEDS !== "present") return;
    venv = await ensureVenv(venvDir, requirements);
    await installPythonClient(venv);
    api = await startQueryApp();
    const url = api.app.graphqlUrl.replace(/\/graphql$/, "").replace("localhost", "127.0.0.1");
    const result = await run(venv.python, [join(projectRoot, "notebooks", "run_notebook.py"), notebook, executed], {
      cwd: projectRoot,
      env: { ...process.env, APG_URL: url, PATH: `${venv.bin}:${process.env.PATH}`, MPLBACKEND: "Agg" },
      timeout: 10 * 60_000,
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: Error & { stderr?: string }) => {
      throw new Error(`The notebook failed (the executed copy is in ${executed}):\n${error.stderr ?? error.message}`);
    });
    stderr = result.stderr;
    cells = JSON.parse(readFileSync(executed, "utf8")).cells;
  },
  INSTALL_TIMEOUT_MS + 10 * 60_000,
);

afterAll(async () => {
  await api?.app.stop();
});

describeWithSeeds("notebooks/ai-policy-graph.ipynb", () => {
  it("runs top to bottom against the server without an error", () => {
    const code = cells.filter((c) => c.cell_type === "code");
    expect(code.map((c) => c.execution_count)).toEqual(code.map((_, i) => i + 1));
    const outputs = cells.flatMap((c) => c.outputs ?? []);
    expect(outputs.filter((o) => o.output_type === "error")).toEqual([]);
    // No warning either, in a cell (a deprecation, say) or from the kernel.
    expect(outputs.filter((o) => o.output_type === "stream" && (o as { name?: string }).name === "stderr")).toEqual([]);
    expect(stderr).toBe("");
  });

  it("builds the funding edge list, with Microsoft among OpenAI's funders", async () => {
    expect(shown(tagged("edge-list"))).toMatch(/^\d+ fundings, \d+ with a dollar figure, \$[\d,.]+bn disclosed in all/m);
    const funders = shown(tagged("openai-funders"));
    expect(funders).toContain("Microsoft");
    expect(funders).toContain("SoftBank Group");
    expect(shown(tagged("totals-by-funder"))).toContain("disclosed_usd");
  });

  it("totals OpenAI's money by regime as fundingByRegime does", async () => {
    const table = shown(tagged("totals-by-regime"));
    const data = await api.query(`{ fundingByRegime(recipient: "openai") { regime fundingCount states { name } } }`);
    const authoritarian = data.fundingByRegime.find((g: any) => g.regime === "AUTHORITARIAN");
    expect(authoritarian.states.map((s: any) => s.name)).toContain("United Arab Emirates");
    expect(table).toContain("AUTHORITARIAN");
    expect(table).toContain("United Arab Emirates");
  });

  it("tables each lab's money by year from states classed as authoritarian, as exposure gives it", async () => {
    const { exposure } = await api.query(`{ exposure(actor: "openai", by: REGIME, step: YEAR, from: "2019-01-01") {
      periods { label shares { class fundings { funding { id } } } } } }`);
    const ids = exposure.periods.flatMap((p: any) =>
      p.shares.filter((s: any) => s.class === "AUTHORITARIAN").flatMap((s: any) => s.fundings.map((f: any) => f.funding.id)),
    );
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(shown(tagged("exposure"))).toContain(id);
  });

  it("lists the first rule's contradictions as the API finds them, OpenAI's MGX funding among them", async () => {
    const { contradictions } = await api.query(`{ contradictions(actor: "openai", rule: [DEMOCRATIC_AI_AUTHORITARIAN_TIES], first: 100) {
      totalCount edges { node { tie { id } } } } }`);
    expect(contradictions.totalCount).toBeGreaterThan(0);
    for (const { node } of contradictions.edges) expect(shown(tagged("contradictions"))).toContain(node.tie.id);
  });

  it("shows the brokers between democratic and authoritarian states that rankings gives, in its order", async () => {
    const { rankings } = await api.query(
      `{ rankings(measure: BROKERAGE, asOf: "2025-01-01", first: 10) { algorithm actors { actor { name } } } }`,
    );
    expect(rankings.actors.length).toBeGreaterThan(0);
    const table = shown(tagged("rankings"));
    expect(table).toContain(rankings.algorithm);
    const positions = rankings.actors.map((a: any) => table.indexOf(a.actor.name));
    expect(positions.every((at: number) => at >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("builds a networkx graph of the export, with as many nodes and edges", async () => {
    const doc = await (
      await fetch(
        `${api.app.graphqlUrl.replace(/\/graphql$/, "")}/export/graph.json?asOf=2025-01-01&type=FUNDS,OWNS,CONTROLS&dataset=seeds`,
      )
    ).json();
    expect(shown(tagged("networkx"))).toContain(
      `networkx: ${doc.nodes.length} nodes, ${doc.edges.length} edges (as of 2025-01-01, FUNDS, OWNS, CONTROLS)`,
    );
    expect(shown(tagged("centrality"))).toContain("betweenness");
  });

  it("draws its charts inline as PNG images", () => {
    for (const tag of ["chart-funders", "chart-regimes", "chart-exposure", "chart-network"]) {
      const [png] = pngsOf(tagged(tag));
      expect(png?.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
      expect(png!.length).toBeGreaterThan(10_000);
    }
  });

  it("reads the fundings CSV export into a DataFrame", () => {
    expect(shown(tagged("fundings-csv"))).toContain("Microsoft");
  });
});
