import { createHash, timingSafeEqual } from "node:crypto";
import { isRole, type Identity, type Role } from "./identity";

/** A key as configured: its holder's name, its role, and the sha256 (hex) of the key. The key itself is never stored. */
export interface ApiKeyEntry {
  name: string;
  role: Role;
  /** sha256 of the key, 64 lower-case hex digits. */
  hash: string;
}

/** sha256 of a key, as hex: what API_KEYS and API_KEYS_FILE hold. */
export function hashKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/**
 * Parses API_KEYS: "name:role:sha256hex" entries separated by commas. Throws a sentence naming the bad entry.
 * `where` names the setting in the message.
 */
export function parseKeyList(text: string, where = "API_KEYS"): ApiKeyEntry[] {
  return text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((entry) => {
      const [name, role, hash, ...rest] = entry.split(":").map((s) => s.trim());
      return checkEntry({ name, role, hash }, rest.length > 0 ? "too many ':'" : null, where, entry);
    });
}

/** Parses the JSON of API_KEYS_FILE: [{name, role, hash}]. */
export function parseKeyFile(json: string, where: string): ApiKeyEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new Error(`${where} is not JSON. It must hold [{"name": "alice", "role": "editor", "hash": "<sha256 hex>"}].`);
  }
  if (!Array.isArray(data)) throw new Error(`${where} must hold a JSON array of {name, role, hash}.`);
  return data.map((item: Record<string, unknown>) =>
    checkEntry({ name: item?.name, role: item?.role, hash: item?.hash }, null, where, JSON.stringify(item)),
  );
}

function checkEntry(e: { name: unknown; role: unknown; hash: unknown }, problem: string | null, where: string, shown: string): ApiKeyEntry {
  const why =
    problem ??
    (typeof e.name !== "string" || !/^[A-Za-z0-9_.@-]{1,100}$/.test(e.name)
      ? "the name must be 1 to 100 letters, digits or _.@-"
      : typeof e.role !== "string" || !isRole(e.role)
        ? "the role must be reader, editor or admin"
        : typeof e.hash !== "string" || !/^[0-9a-f]{64}$/.test(e.hash)
          ? "the hash must be the sha256 of the key in 64 lower-case hex digits (npm run key)"
          : null);
  if (why) throw new Error(`${where} has an invalid key entry "${shown.replace(/[0-9a-f]{64}/g, "<hash>")}": ${why}.`);
  return { name: e.name as string, role: e.role as Role, hash: e.hash as string };
}

/** The configured keys; tells who holds a presented key. */
export class KeyRing {
  private readonly byHash: Map<string, ApiKeyEntry>;

  constructor(entries: readonly ApiKeyEntry[]) {
    const names = new Set<string>();
    for (const e of entries) {
      if (names.has(e.name))
        throw new Error(`Two API keys are named "${e.name}": give each key its own name, since the audit trail records it.`);
      names.add(e.name);
    }
    this.byHash = new Map(entries.map((e) => [e.hash, e]));
  }

  get size(): number {
    return this.byHash.size;
  }

  /** The holder of `key`, or null when no configured key matches. Compares hashes in constant time. */
  identify(key: string): Identity | null {
    const presented = Buffer.from(hashKey(key), "hex");
    for (const entry of this.byHash.values()) {
      if (timingSafeEqual(presented, Buffer.from(entry.hash, "hex"))) return { name: entry.name, role: entry.role };
    }
    return null;
  }
}

/** The key a request carries: `Authorization: Bearer <key>`, else `x-api-key: <key>`; null when neither. */
export function keyOf(headers: Record<string, string | string[] | undefined>): string | null {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const authorization = first(headers.authorization)?.trim();
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    return match ? match[1]! : authorization;
  }
  const apiKey = first(headers["x-api-key"])?.trim();
  return apiKey ? apiKey : null;
}
