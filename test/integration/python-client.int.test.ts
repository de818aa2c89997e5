import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { hashKey } from "../../src/auth/api-keys";
import { projectRoot } from "../../src/project-root";
import { describeWithSeeds } from "../support/processes";
import { ensureVenv, INSTALL_TIMEOUT_MS, installPythonClient, PYTHON_CLIENT_DIR, type PythonVenv } from "../support/python-venv";
import { startQueryApp, type QueryApp } from "../support/query-app";
import { scratchDir } from "../support/scratch-dir";

const run = promisify(execFile);

const venvDir = join(projectRoot, ".venv-python-client");
const requirements = join(PYTHON_CLIENT_DIR, "requirements-test.txt");
const key = `apg_${randomBytes(24).toString("hex")}`;

let api: QueryApp;
let keyed: QueryApp;
let venv: PythonVenv;

/** A server's base URL, as a Python client is given it (127.0.0.1: the server listens on IPv4 only). */
const baseUrl = (app: QueryApp) => app.app.graphqlUrl.replace(/\/graphql$/, "").replace("localhost", "127.0.0.1");

/** The package README's "Three lines": its first Python block, which the README promises runs as it is. */
function readmeExample(): string {
  const block = /```python\n([\s\S]*?)```/.exec(readFileSync(join(PYTHON_CLIENT_DIR, "README.md"), "utf8"));
  if (!block) throw new Error("clients/python/README.md has no ```python block");
  return block[1]!;
}

/** Runs a Python command; on failure, fails with what it printed. */
async function python(executable: string, args: string[], env: Record<string, string>, timeout: number) {
  return run(executable, args, {
    cwd: projectRoot,
    env: { ...process.env, APG_KEY: "", PYTHONDONTWRITEBYTECODE: "1", ...env },
    timeout,
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error: Error & { stdout?: string; stderr?: string }) => {
    throw new Error(`${executable} ${args.join(" ")} failed:\n${error.stdout ?? ""}\n${error.stderr ?? error.message}`);
  });
}

beforeAll(async () => {
  if (process.env.TEST_SEEDS !== "present") return;
  venv = await ensureVenv(venvDir, requirements);
  await installPythonClient(venv);
  api = await startQueryApp();
  keyed = await startQueryApp({ readsRequireKey: true, apiKeys: [{ name: "python-client-test", role: "reader", hash: hashKey(key) }] });
}, INSTALL_TIMEOUT_MS + 60_000);

afterAll(async () => {
  await api?.app.stop();
  await keyed?.app.stop();
});

describeWithSeeds("clients/python", () => {
  it(
    "installs with pip into a fresh virtualenv and prints OpenAI's funders as a DataFrame in three lines",
    async () => {
      const example = readmeExample();
      expect(example.trim().split("\n")).toHaveLength(3);
      // The project README's researcher guide shows the same three lines.
      expect(readFileSync(join(projectRoot, "README.md"), "utf8")).toContain(`\`\`\`python\n${example}\`\`\``);
      const folder = scratchDir("python-client-fresh-");
      const fresh = join(folder, "venv");
      await python("python3", ["-m", "venv", fresh], {}, 60_000);
      // As the README says, from the project root; pip resolves the package's dependencies itself.
      await python(
        join(fresh, "bin", "pip"),
        ["install", "--quiet", "--disable-pip-version-check", "./clients/python"],
        {},
        INSTALL_TIMEOUT_MS,
      );
      const script = join(folder, "funders.py");
      writeFileSync(script, example);

      const { stdout } = await python(join(fresh, "bin", "python"), [script], { APG_URL: baseUrl(api) }, 60_000);

      const { funders } = await api.query(`{ funders(of: "openai", first: 100) { totalCount edges { node { actor { name } } } } }`);
      const [header, ...rows] = stdout.trimEnd().split("\n");
      expect(header!.trim().split(/\s+/)).toEqual(["name", "kind", "depth", "chains"]);
      expect(rows).toHaveLength(funders.totalCount);
      expect(rows.some((row) => row.trim().startsWith("Microsoft "))).toBe(true);
      for (const { node } of funders.edges) expect(stdout).toContain(node.actor.name);
    },
    INSTALL_TIMEOUT_MS + 60_000,
  );

  it(
    "passes its pytest suite against a server with public reads and one whose reads need a key, skipping nothing",
    async () => {
      const { stdout } = await python(
        venv.python,
        ["-m", "pytest", "clients/python/tests", "-q", "-p", "no:cacheprovider", "-rs"],
        { APG_URL: baseUrl(api), APG_KEYED_URL: baseUrl(keyed), APG_KEYED_KEY: key },
        5 * 60_000,
      );
      const summary = stdout.trimEnd().split("\n").at(-1)!;
      expect(summary).toMatch(/^\d+ passed in [\d.]+s/);
      expect(summary).not.toMatch(/skipped|failed|error/);
    },
    6 * 60_000,
  );
});
