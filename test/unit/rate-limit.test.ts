import type { IncomingMessage } from "node:http";
import { clientIdOf, RateLimiter } from "../../src/safety/rate-limit";

function request(headers: Record<string, string>, remoteAddress = "10.0.0.1"): IncomingMessage {
  return { headers, socket: { remoteAddress } } as unknown as IncomingMessage;
}

describe("RateLimiter", () => {
  describe("take", () => {
    it("allows a minute's worth at once, then refuses with the seconds until the next token", () => {
      let now = 0;
      const limiter = new RateLimiter(6, 100, () => now);
      for (let i = 0; i < 6; i += 1) expect(limiter.take("a")).toEqual({ allowed: true });
      expect(limiter.take("a")).toEqual({ allowed: false, retryAfterSeconds: 10 });
      now = 9_000;
      expect(limiter.take("a")).toEqual({ allowed: false, retryAfterSeconds: 1 });
      now = 10_000;
      expect(limiter.take("a")).toEqual({ allowed: true });
    });

    it("counts each client on its own", () => {
      const limiter = new RateLimiter(1, 100, () => 0);
      expect(limiter.take("a").allowed).toBe(true);
      expect(limiter.take("a").allowed).toBe(false);
      expect(limiter.take("b").allowed).toBe(true);
    });

    it("drops the buckets of clients idle for a minute, so memory does not grow with past clients", () => {
      let now = 0;
      const limiter = new RateLimiter(10, 100_000, () => now);
      for (let i = 0; i < 1_000; i += 1) limiter.take(`ip:${i}`);
      expect(limiter.size).toBe(1_000);
      now = 61_000;
      limiter.take("fresh");
      expect(limiter.size).toBe(1);
    });

    it("holds at most maxBuckets clients, dropping the least recently seen", () => {
      const limiter = new RateLimiter(1, 3, () => 0);
      for (const id of ["a", "b", "c", "d"]) limiter.take(id);
      expect(limiter.size).toBe(3);
      // "a" was dropped, so it starts again with a full bucket; "d" was kept and is empty.
      expect(limiter.take("a").allowed).toBe(true);
      expect(limiter.take("d").allowed).toBe(false);
    });
  });

  describe("clientIdOf", () => {
    it("counts a request with a key against the key, hashed, whatever its address", () => {
      const bearer = clientIdOf(request({ authorization: "Bearer secret-key" }), false);
      expect(bearer).toMatch(/^key:[0-9a-f]{64}$/);
      expect(bearer).not.toContain("secret");
      expect(clientIdOf(request({ "x-api-key": "secret-key" }, "10.9.9.9"), false)).toBe(bearer);
    });

    it("counts a request without a key against its address, and trusts X-Forwarded-For only when told", () => {
      expect(clientIdOf(request({ "x-forwarded-for": "1.2.3.4, 10.0.0.1" }), false)).toBe("ip:10.0.0.1");
      expect(clientIdOf(request({ "x-forwarded-for": "1.2.3.4, 10.0.0.1" }), true)).toBe("ip:1.2.3.4");
    });
  });
});
