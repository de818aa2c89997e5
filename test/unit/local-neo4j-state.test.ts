import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import {
  createStateExclusively,
  inspectStore,
  removeState,
  stateFilePath,
  waitForStore,
  type LocalNeo4jState,
} from "../../tools/neo4j-local/local-neo4j-state";
import { scratchDir } from "../support/scratch-dir";

/** A pid that existed a moment ago and is gone now. */
const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid;

const stateIn = (dataDir: string, change: Partial<LocalNeo4jState> = {}): LocalNeo4jState => ({
  status: "ready",
  uri: "bolt://127.0.0.1:1",
  boltPort: 1,
  ownerPid: process.pid,
  jvmPid: null,
  dataDir,
  updatedAt: new Date().toISOString(),
  ...change,
});

describe("local-neo4j-state", () => {
  describe("createStateExclusively", () => {
    it("returns false when a state file is already there, and leaves it as it was", () => {
      const dir = scratchDir("apg-state-");
      expect(createStateExclusively(stateIn(dir, { boltPort: 1 }))).toBe(true);
      expect(createStateExclusively(stateIn(dir, { boltPort: 2 }))).toBe(false);
      return expect(inspectStore(dir)).resolves.toMatchObject({ state: { boltPort: 1 } });
    });
  });

  describe("inspectStore", () => {
    it("returns none when there is no state file", async () => {
      expect(await inspectStore(scratchDir("apg-state-"))).toEqual({ kind: "none" });
    });

    it("returns stale when the owner is gone", async () => {
      const dir = scratchDir("apg-state-");
      createStateExclusively(stateIn(dir, { ownerPid: deadPid() }));
      expect((await inspectStore(dir)).kind).toBe("stale");
    });

    it("returns stale when the file is not a state", async () => {
      const dir = scratchDir("apg-state-");
      writeFileSync(stateFilePath(dir), "{");
      expect(await inspectStore(dir)).toEqual({ kind: "stale", state: null });
    });

    it("returns pending while a live owner is starting its Neo4j", async () => {
      const dir = scratchDir("apg-state-");
      createStateExclusively(stateIn(dir, { status: "starting" }));
      expect((await inspectStore(dir)).kind).toBe("pending");
    });

    it("returns pending, not live, when the pid named as the JVM is not a launcher JVM", async () => {
      const dir = scratchDir("apg-state-");
      createStateExclusively(stateIn(dir, { jvmPid: process.pid }));
      expect((await inspectStore(dir)).kind).toBe("pending");
    });
  });

  describe("waitForStore", () => {
    it("returns pending after the wait when the owner never finishes starting", async () => {
      const dir = scratchDir("apg-state-");
      createStateExclusively(stateIn(dir, { status: "restarting" }));
      const started = Date.now();
      expect((await waitForStore(dir, 600)).kind).toBe("pending");
      expect(Date.now() - started).toBeGreaterThanOrEqual(600);
    });

    it("returns stale when a ready file's JVM stays gone for 5 s (the owner's pid was reused)", async () => {
      const dir = scratchDir("apg-state-");
      createStateExclusively(stateIn(dir, { jvmPid: deadPid() }));
      expect((await waitForStore(dir, 20_000)).kind).toBe("stale");
    });
  });

  describe("removeState", () => {
    it("removes the file only for its owner", () => {
      const dir = scratchDir("apg-state-");
      createStateExclusively(stateIn(dir, { ownerPid: process.pid }));
      removeState(dir, process.pid + 1);
      expect(existsSync(stateFilePath(dir))).toBe(true);
      removeState(dir, process.pid);
      expect(existsSync(stateFilePath(dir))).toBe(false);
    });
  });
});
