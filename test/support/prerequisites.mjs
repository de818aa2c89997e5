// @ts-check
/**
 * `npm test`'s first step (pretest), before the build: the suite needs two things npm does not install.
 * - Debian's Chromium at /usr/bin/chromium (or CHROMIUM_PATH), which the browser tests drive through
 *   playwright-core. No tool here downloads a browser of its own.
 * - Python 3 with venv (on Debian, python3-venv brings ensurepip), for the notebook's, the Python client's and
 *   the FollowTheMoney test's virtualenvs.
 * - What pip needs to build PyICU, which followthemoney depends on and which comes as source only: ICU's headers
 *   (libicu-dev, found through pkg-config), a C++ compiler (g++) and Python's headers (python3-dev), for the
 *   FollowTheMoney test's .venv-ftm.
 * When one is missing and the user may install system packages (root, with apt-get), it installs it with
 * apt-get and says so; otherwise it stops at once with one sentence naming the command to run, rather than
 * letting the browser and notebook tests fail one by one. Then it says which services the run starts.
 * Plain JavaScript, because it runs before anything is compiled.
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";
const chromiumPath = process.env.CHROMIUM_PATH || DEBIAN_CHROMIUM;

/** Whether Chromium is an executable file where the browser tests look for it. */
function hasChromium() {
  try {
    accessSync(chromiumPath, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Python 3's version when it has venv and ensurepip (what `python3 -m venv` needs), else what is missing. */
function python() {
  const run = spawnSync("python3", ["-c", "import sys, ensurepip, venv; print('%d.%d.%d' % sys.version_info[:3])"], { encoding: "utf8" });
  if (run.error) return { version: null, missing: ["python3", "python3-venv"] };
  if (run.status !== 0) return { version: null, missing: ["python3-venv"] };
  return { version: run.stdout.trim(), missing: [] };
}

/** Whether a command runs and exits 0. */
function succeeds(command, args) {
  const run = spawnSync(command, args, { stdio: "ignore" });
  return !run.error && run.status === 0;
}

/** The Debian packages pip lacks to build PyICU (for followthemoney): ICU's headers, pkg-config, g++ and Python's headers. */
function pyicuBuildMissing() {
  const pythonHeaders = spawnSync(
    "python3",
    [
      "-c",
      "import os, sysconfig; raise SystemExit(0 if os.path.exists(os.path.join(sysconfig.get_paths()['include'], 'Python.h')) else 1)",
    ],
    { stdio: "ignore" },
  );
  return [
    ...(succeeds("pkg-config", ["--version"]) ? [] : ["pkg-config"]),
    ...(succeeds("pkg-config", ["--exists", "icu-i18n"]) ? [] : ["libicu-dev"]),
    ...(succeeds("g++", ["--version"]) ? [] : ["g++"]),
    ...(!pythonHeaders.error && pythonHeaders.status === 0 ? [] : ["python3-dev"]),
  ];
}

/** The Debian packages the suite lacks. */
function missingPackages() {
  const { missing } = python();
  return [...(hasChromium() ? [] : ["chromium"]), ...missing, ...(missing.includes("python3") ? [] : pyicuBuildMissing())];
}

/** "a", "a and b", "a, b and c". */
function listed(names) {
  return names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

function stop(sentence) {
  console.error(`\nnpm test: ${sentence}\n`);
  process.exit(1);
}

function main() {
  if (process.env.CHROMIUM_PATH && !hasChromium()) {
    stop(`CHROMIUM_PATH=${chromiumPath} is not an executable file: point it at Chromium, or unset it to use Debian's ${DEBIAN_CHROMIUM}.`);
  }
  const missing = missingPackages();
  let installed = "nothing installed";
  if (missing.length > 0) {
    const hasApt = !spawnSync("apt-get", ["--version"], { stdio: "ignore" }).error;
    if (!hasApt) {
      stop(
        `the browser, notebook and FollowTheMoney tests need Chromium at ${DEBIAN_CHROMIUM} (or CHROMIUM_PATH), Python 3 with venv and its headers, ICU's headers, pkg-config and a C++ compiler: install them with your system's package manager and run npm test again (npm run test:unit and npm run test:integration need none of them).`,
      );
    }
    // Only root may install system packages; anyone else is told the command rather than asked for a password.
    if (process.getuid?.() !== 0) {
      stop(
        `the browser, notebook and FollowTheMoney tests need the Debian package${missing.length > 1 ? "s" : ""} ${listed(missing)}: run \`sudo apt-get install ${missing.join(" ")}\` and then npm test again (npm run test:unit and npm run test:integration need none of them).`,
      );
    }
    console.log(
      `npm test: installing ${missing.join(" ")} with apt-get (running as root), for the browser, notebook and FollowTheMoney tests.`,
    );
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    const install = update.status === 0 ? spawnSync("apt-get", ["install", "-y", "-qq", ...missing], { stdio: "inherit", env }) : update;
    if (install.status !== 0)
      stop(
        `apt-get could not install ${missing.join(" ")} (its output is above): fix that, or install them by hand, and run npm test again.`,
      );
    const still = missingPackages();
    if (still.length > 0)
      stop(
        `apt-get ran, but the suite still lacks what ${listed(still)} provide: check the install (or CHROMIUM_PATH) and run npm test again.`,
      );
    installed = `installed ${missing.join(" ")} with apt-get`;
  }
  console.log(
    `npm test: Chromium at ${chromiumPath}, Python ${python().version} with venv, and what pip needs to build followthemoney's PyICU are present; ${installed}.`,
  );
  const neo4j = process.env.NEO4J_URI
    ? `the Neo4j at NEO4J_URI=${process.env.NEO4J_URI} (it starts none)`
    : "one local Neo4j 5.26 for the whole run (a JVM on a free port, store in .neo4j/test; NEO4J_URI is unset)";
  console.log(
    `npm test starts: ${neo4j}; API servers inside the test workers, on free ports; headless Chromium for the browser tests; Python in .venv-notebooks for the notebook test, .venv-python-client for the Python client's and .venv-ftm for the FollowTheMoney test (each made and filled from its pinned requirements on the first run; .venv-ftm's first install builds PyICU, a few minutes), and a fresh virtualenv that installs clients/python with pip.`,
  );
}

main();
