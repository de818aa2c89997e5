import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { hashKey, KeyRing, keyOf, parseKeyList } from "../../src/auth/api-keys";
import { callerOf, requireRole } from "../../src/auth/caller";
import { ConfigError, loadConfig } from "../../src/config";
import { scratchDir } from "../support/scratch-dir";

const hash = hashKey("s3cret");

describe("API keys", () => {
  describe("loadConfig", () => {
    it("reads API_KEYS as name:role:sha256 entries, and no keys by default", () => {
      expect(loadConfig({}).apiKeys).toEqual([]);
      expect(loadConfig({}).readsRequireKey).toBe(false);
      expect(loadConfig({ API_KEYS: `alice:editor:${hash}, bob:admin:${hashKey("other")}` }).apiKeys).toEqual([
        { name: "alice", role: "editor", hash },
        { name: "bob", role: "admin", hash: hashKey("other") },
      ]);
    });

    it("adds the keys of API_KEYS_FILE", () => {
      const file = join(scratchDir("apg-keys-"), "keys.json");
      writeFileSync(file, JSON.stringify([{ name: "carol", role: "reader", hash }]));
      expect(loadConfig({ API_KEYS_FILE: file }).apiKeys).toEqual([{ name: "carol", role: "reader", hash }]);
    });

    it("refuses an unknown role, a key in clear, and an unreadable file with a sentence saying what to fix", () => {
      expect(() => loadConfig({ API_KEYS: `alice:owner:${hash}` })).toThrow(ConfigError);
      expect(() => loadConfig({ API_KEYS: `alice:owner:${hash}` })).toThrow(/role must be reader, editor or admin/);
      expect(() => loadConfig({ API_KEYS: "alice:editor:s3cret" })).toThrow(/sha256 of the key/);
      expect(() => loadConfig({ API_KEYS_FILE: "/nonexistent/keys.json" })).toThrow(
        /API_KEYS_FILE="\/nonexistent\/keys.json" cannot be read/,
      );
      expect(() => loadConfig({ READS_REQUIRE_KEY: "yes" })).toThrow(/READS_REQUIRE_KEY/);
    });
  });

  describe("KeyRing", () => {
    const ring = new KeyRing(parseKeyList(`alice:editor:${hash}`));

    it("knows a key's holder by its hash and no one for another key", () => {
      expect(ring.identify("s3cret")).toEqual({ name: "alice", role: "editor" });
      expect(ring.identify("s3cret ")).toBeNull();
    });

    it("reads the key from Authorization: Bearer or x-api-key", () => {
      expect(keyOf({ authorization: "Bearer abc" })).toBe("abc");
      expect(keyOf({ "x-api-key": "abc" })).toBe("abc");
      expect(keyOf({})).toBeNull();
    });

    it("refuses by role: editor passes editor, not admin", () => {
      const caller = callerOf({ authorization: "Bearer s3cret" }, ring);
      expect(requireRole(caller, "editor", "x")).toEqual({ name: "alice", role: "editor" });
      expect(() => requireRole(caller, "admin", "x")).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: "FORBIDDEN" }) }),
      );
      expect(() => requireRole(callerOf({}, ring), "reader", "x")).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: "UNAUTHENTICATED" }) }),
      );
    });
  });
});
