import { readFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { parseKeyFile, parseKeyList, type ApiKeyEntry } from "./auth/api-keys";
import { projectRoot } from "./project-root";

/** Where Neo4j is: an external server named by NEO4J_URI, or the local one the project starts itself. */
export type Neo4jTarget =
  | { kind: "external"; uri: string; username: string; password: string; database: string }
  | { kind: "local"; boltPort: number; dataDir: string; heap: string; pageCache: string; database: string };

export interface Config {
  /** HTTP port of the GraphQL server. PORT; default 4000. */
  port: number;
  /** HTTP bind address. HOST; default 0.0.0.0 (all interfaces, so a container can publish it). */
  host: string;
  neo4j: Neo4jTarget;
  /** Per-transaction timeout sent to Neo4j. NEO4J_TX_TIMEOUT_MS; default 30000. */
  transactionTimeoutMs: number;
  /** Seed an empty database from seeds/ at start. SEED_ON_START: "auto" (default: only the local database), "true", "false". */
  seedOnStart: "auto" | "true" | "false";
  /** Folders of seed CSVs, layered in order. SEED_DIRS, separated by ":" ; default seeds/. */
  seedDirs: string[];
  /** pino level. LOG_LEVEL; default "info" ("silent" under tests). */
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** Stack traces in GraphQL errors. Only when NODE_ENV=development. */
  development: boolean;
  /** Cost limits of one GraphQL operation, checked before it runs (src/safety/query-cost.ts). */
  limits: {
    /** Deepest nesting of fields. MAX_QUERY_DEPTH; default 10. */
    maxDepth: number;
    /** Highest estimated cost (1 per field, times `first` under a paged field). MAX_QUERY_COMPLEXITY; default 10000. */
    maxComplexity: number;
    /** Most aliased fields in one operation. MAX_ALIASES; default 30. */
    maxAliases: number;
    /** Largest request body, in bytes. MAX_BODY_BYTES; default 1000000 (1 MB). */
    maxBodyBytes: number;
  };
  /** Requests per minute per client (API key, else IP address); 0 turns it off. RATE_LIMIT_PER_MINUTE; default 600. */
  rateLimitPerMinute: number;
  /** Take the client's address from X-Forwarded-For (behind a reverse proxy). TRUST_PROXY; default false. */
  trustProxy: boolean;
  /** Origins a browser may call the API from (CORS). CORS_ORIGINS, comma-separated, or "*"; default none (same origin only). */
  corsOrigins: string[];
  /** Answer introspection queries. INTROSPECTION; default true, false when NODE_ENV=production. */
  introspection: boolean;
  /** Serve the playground (/playground, /graphql in a browser) and the explorer (/explore). PLAYGROUND; default true, false when NODE_ENV=production. */
  playground: boolean;
  /**
   * The API keys, hashed: API_KEYS ("name:role:sha256hex" entries separated by commas) plus the JSON array
   * [{name, role, hash}] in the file API_KEYS_FILE. Default: none (no one can write). `npm run key` makes one.
   */
  apiKeys: ApiKeyEntry[];
  /** Whether queries need a key (any role). READS_REQUIRE_KEY: "true" or "false" (default: reads are public). */
  readsRequireKey: boolean;
  /**
   * Answer `actor` and `fundings` with one Cypher statement built from the whole selection (src/query-compiler/);
   * false resolves every field through the per-request loaders, one statement per field and level, as a check on
   * the compiler. QUERY_COMPILER: "true" or "false"; default true.
   */
  queryCompiler: boolean;
}

/** A configuration problem; the message says which variable to set and how. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

type Env = Record<string, string | undefined>;

/**
 * Reads the configuration once: explicit overrides first, then the environment, then defaults.
 * Throws a ConfigError naming the variable to fix.
 */
export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  const config: Config = {
    port: integer(env, "PORT", 4000, 0, 65535),
    host: text(env, "HOST", "0.0.0.0"),
    neo4j: neo4jTarget(env),
    transactionTimeoutMs: integer(env, "NEO4J_TX_TIMEOUT_MS", 30_000, 100, 3_600_000),
    seedOnStart: oneOf(env, "SEED_ON_START", ["auto", "true", "false"] as const, "auto"),
    seedDirs: (env.SEED_DIRS?.trim() ? env.SEED_DIRS.split(":") : ["seeds"]).map(resolveFromRoot),
    logLevel: oneOf(env, "LOG_LEVEL", ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const, "info"),
    development: env.NODE_ENV === "development",
    limits: {
      maxDepth: integer(env, "MAX_QUERY_DEPTH", 10, 1, 100),
      maxComplexity: integer(env, "MAX_QUERY_COMPLEXITY", 10_000, 1, 10_000_000),
      maxAliases: integer(env, "MAX_ALIASES", 30, 0, 10_000),
      maxBodyBytes: integer(env, "MAX_BODY_BYTES", 1_000_000, 1_000, 100_000_000),
    },
    rateLimitPerMinute: integer(env, "RATE_LIMIT_PER_MINUTE", 600, 0, 1_000_000),
    trustProxy: flag(env, "TRUST_PROXY", false),
    corsOrigins: (env.CORS_ORIGINS ?? "")
      .split(",")
      .map((origin) => origin.trim())
      .filter((origin) => origin !== ""),
    introspection: flag(env, "INTROSPECTION", env.NODE_ENV !== "production"),
    playground: flag(env, "PLAYGROUND", env.NODE_ENV !== "production"),
    apiKeys: apiKeys(env),
    readsRequireKey: oneOf(env, "READS_REQUIRE_KEY", ["true", "false"] as const, "false") === "true",
    queryCompiler: flag(env, "QUERY_COMPILER", true),
  };
  return { ...config, ...overrides };
}

function neo4jTarget(env: Env): Neo4jTarget {
  const database = text(env, "NEO4J_DATABASE", "neo4j");
  const uri = env.NEO4J_URI?.trim();
  if (uri) {
    if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s/]+/.test(uri)) {
      throw new ConfigError(
        `NEO4J_URI="${uri}" is not a Neo4j URI. Set it to bolt://host:7687, neo4j://host:7687 (cluster) or neo4j+s://xxxx.databases.neo4j.io (Aura), or unset it to start a local Neo4j.`,
      );
    }
    const username = text(env, "NEO4J_USERNAME", "neo4j");
    const password = env.NEO4J_PASSWORD ?? "";
    if (!password && !/^bolt:\/\/(127\.0\.0\.1|localhost)/.test(uri)) {
      throw new ConfigError(
        `NEO4J_PASSWORD is empty but NEO4J_URI=${uri} is set. Set NEO4J_PASSWORD to the password of user "${username}".`,
      );
    }
    return { kind: "external", uri, username, password, database };
  }
  return {
    kind: "local",
    boltPort: integer(env, "NEO4J_LOCAL_BOLT_PORT", 7687, 1, 65535),
    dataDir: resolveFromRoot(text(env, "NEO4J_LOCAL_DATA_DIR", ".neo4j/data")),
    heap: memory(env, "NEO4J_LOCAL_HEAP", "2g"),
    pageCache: memory(env, "NEO4J_LOCAL_PAGECACHE", "512m"),
    database,
  };
}

function apiKeys(env: Env): ApiKeyEntry[] {
  try {
    const listed = env.API_KEYS?.trim() ? parseKeyList(env.API_KEYS) : [];
    const file = env.API_KEYS_FILE?.trim();
    if (!file) return listed;
    let text: string;
    try {
      text = readFileSync(resolveFromRoot(file), "utf8");
    } catch {
      throw new Error(`API_KEYS_FILE="${file}" cannot be read. Set it to a JSON file of [{"name", "role", "hash"}], or unset it.`);
    }
    return [...listed, ...parseKeyFile(text, `API_KEYS_FILE "${file}"`)];
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}

function resolveFromRoot(path: string): string {
  return isAbsolute(path) ? path : join(projectRoot, path);
}

function text(env: Env, name: string, fallback: string): string {
  const value = env[name]?.trim();
  return value ? value : fallback;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(
      `${name}="${raw}" is not valid. Set ${name} to a whole number from ${min} to ${max}, or unset it for ${fallback}.`,
    );
  }
  return value;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (raw === "true" || raw === "1") return true;
  if (raw === "false" || raw === "0") return false;
  throw new ConfigError(`${name}="${env[name]}" is not valid. Set ${name} to true or false, or unset it for ${fallback}.`);
}

function memory(env: Env, name: string, fallback: string): string {
  const value = text(env, name, fallback);
  if (!/^\d+[kmg]$/i.test(value)) {
    throw new ConfigError(`${name}="${value}" is not a size. Set ${name} like 512m or 2g, or unset it for ${fallback}.`);
  }
  return value.toLowerCase();
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new ConfigError(`${name}="${raw}" is not valid. Set ${name} to one of ${allowed.join(", ")}, or unset it for ${fallback}.`);
}
