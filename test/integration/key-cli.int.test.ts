import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { hashKey } from "../../src/auth/api-keys";
import { loadConfig } from "../../src/config";
import { projectRoot } from "../../src/project-root";

// Runs the compiled CLI (`npm test` and `npm run test:integration` build dist/ first), so it is not a unit test.
describe("npm run key", () => {
  it("prints a new key and the API_KEYS entry of its hash", () => {
    const out = execFileSync(process.execPath, [join(projectRoot, "dist/src/auth/key-cli.js"), "--name", "alice", "--role", "editor"], {
      encoding: "utf8",
    });
    const key = /: (apg_\S+)/.exec(out)![1]!;
    expect(out).toContain(`API_KEYS entry: alice:editor:${hashKey(key)}`);
    expect(loadConfig({ API_KEYS: `alice:editor:${hashKey(key)}` }).apiKeys).toHaveLength(1);
  });
});
