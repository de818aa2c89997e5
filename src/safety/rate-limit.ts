import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";

/** What the limiter says about one request. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  /** When `tokens` was last brought up to date (ms). */
  updatedAt: number;
}

/**
 * A token bucket per client, in memory: each holds up to `perMinute` requests and refills at `perMinute` a
 * minute, so a client may burst up to a minute's worth and then goes at the steady rate. Memory stays bounded:
 * a bucket idle long enough to be full again is the same as no bucket, so it is dropped; and past `maxBuckets`
 * clients the least recently seen are dropped (which can only be generous to them, never block anyone wrongly).
 * One process only: behind several replicas each counts its own share.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly refillPerMs: number;
  private lastSweep = 0;

  constructor(
    readonly perMinute: number,
    private readonly maxBuckets = 10_000,
    private readonly now: () => number = Date.now,
  ) {
    this.refillPerMs = perMinute / 60_000;
  }

  /** Takes one token from `clientId`'s bucket, or says how long until one is there. */
  take(clientId: string): RateDecision {
    const now = this.now();
    this.sweep(now);
    const bucket = this.buckets.get(clientId) ?? { tokens: this.perMinute, updatedAt: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.updatedAt) * this.refillPerMs);
    bucket.updatedAt = now;
    // Re-inserting keeps the Map in least-recently-seen order for the eviction below.
    this.buckets.delete(clientId);
    this.buckets.set(clientId, bucket);
    if (this.buckets.size > this.maxBuckets) this.buckets.delete(this.buckets.keys().next().value as string);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.refillPerMs / 1000)) };
  }

  /** How many clients are tracked now (for tests and metrics). */
  get size(): number {
    return this.buckets.size;
  }

  /** Drops the buckets that would be full by now, at most once a second. */
  private sweep(now: number): void {
    if (now - this.lastSweep < 1_000) return;
    this.lastSweep = now;
    const fullAfterMs = 60_000;
    for (const [id, bucket] of this.buckets) {
      if (now - bucket.updatedAt >= fullAfterMs) this.buckets.delete(id);
    }
  }
}

/**
 * Whom a request counts against: its API key when it carries one (`Authorization: Bearer <key>` or
 * `x-api-key: <key>`), hashed so the limiter never holds a key in memory; otherwise its IP address (the first
 * X-Forwarded-For address when `trustProxy`, since a reverse proxy puts the client there). A key is counted
 * whether or not it is valid: checking it is the curation part's job, and an invalid key is refused there.
 */
export function clientIdOf(request: IncomingMessage, trustProxy: boolean): string {
  const bearer = /^Bearer\s+(\S+)/i.exec(request.headers.authorization ?? "")?.[1];
  const header = request.headers["x-api-key"];
  const key = bearer ?? (Array.isArray(header) ? header[0] : header);
  if (key) return `key:${createHash("sha256").update(key).digest("hex")}`;
  const forwarded = trustProxy
    ? String(request.headers["x-forwarded-for"] ?? "")
        .split(",")[0]
        ?.trim()
    : "";
  return `ip:${forwarded || request.socket.remoteAddress || "unknown"}`;
}
