import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { projectRoot } from "../../src/project-root";

const run = promisify(execFile);

/** The first run creates the virtualenv and installs the pinned packages (about a minute); later runs reuse it. */
export const INSTALL_TIMEOUT_MS = 15 * 60_000;

/** A Python virtualenv the tests made, and its interpreter. */
export interface PythonVenv {
  readonly dir: string;
  readonly python: string;
  /** The venv's bin/ folder, to put first on PATH for a child process. */
  readonly bin: string;
}

/**
 * A virtualenv at `dir` (git-ignored) with the packages of `requirements` installed: created when missing (or when
 * its Python is gone), and the packages installed again when the requirements file or the venv's Python changed
 * since the last install (a digest of both is kept in the venv). Each suite that needs Python names its own
 * folder and pinned requirements file, so their pins never fight.
 */
export async function ensureVenv(dir: string, requirements: string): Promise<PythonVenv> {
  const venv = { dir, python: join(dir, "bin", "python"), bin: join(dir, "bin") };
  if (!existsSync(venv.python)) {
    await run("python3", ["-m", "venv", dir]).catch((error: Error) => {
      throw new Error(
        `python3 -m venv failed (${error.message.trim()}). Install Python 3.11 or later with venv (on Debian: apt-get install python3-venv).`,
      );
    });
  }
  const stamp = join(dir, "requirements.sha256");
  const digest = createHash("sha256")
    .update(readFileSync(requirements))
    .update(readFileSync(join(dir, "pyvenv.cfg")))
    .digest("hex");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === digest) return venv;
  await run(venv.python, ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", requirements], {
    timeout: INSTALL_TIMEOUT_MS,
    maxBuffer: 16 * 1024 * 1024,
  });
  writeFileSync(stamp, digest);
  return venv;
}

/** The Python client package, which the notebook and the client's own tests install from the clone. */
export const PYTHON_CLIENT_DIR = join(projectRoot, "clients", "python");

/**
 * Installs the Python client from clients/python into `venv`, replacing any copy there: its sources change without
 * the requirements file changing, so ensureVenv's digest cannot tell. Without its dependencies, which the venv's
 * pinned requirements already hold.
 */
export async function installPythonClient(venv: PythonVenv): Promise<void> {
  await run(
    venv.python,
    ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-deps", "--force-reinstall", PYTHON_CLIENT_DIR],
    { timeout: INSTALL_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
  );
}
