import { quantile } from "../../bench/runner/closed-loop";
import { formatReport, targetChecks, type Run, type SizeResult, type WayStats } from "../../bench/runner/report";

const way = (p50: number, throughput: number): WayStats => ({ requests: 100, errors: 0, p50, p95: p50 * 2, throughput });

/** A size where actor-by-id's thin endpoint has p50 2, and nested-funders-boards' server 1.3× the peer's throughput. */
function size(name: string, serverP50: number, seederRate: number): SizeResult {
  return {
    size: name,
    actors: 10,
    relations: 100,
    targets: { actor: "a", funded: "b", hub: "c", pathFrom: "d", pathTo: "a" },
    import: { rows: 1000, loadCsv: { ms: 1000, rowsPerSecond: 1000, steps: [] }, seeder: { ms: 1000, rowsPerSecond: seederRate } },
    questions: [
      {
        name: "actor-by-id",
        description: "",
        oneActor: true,
        mismatch: false,
        answer: null,
        stats: { raw: way(1, 1000), thin: way(2, 900), server: way(serverP50, 500), peer: way(4, 400) },
      },
      {
        name: "nested-funders-boards",
        description: "",
        oneActor: true,
        mismatch: true,
        answer: null,
        stats: { raw: way(2, 800), thin: way(4, 600), server: way(20, 130), peer: way(15, 100) },
      },
      {
        name: "funding-page",
        description: "",
        oneActor: false,
        mismatch: false,
        answer: null,
        stats: { raw: way(5, 300), thin: way(6, 250), server: way(10, 100), peer: way(12, 100) },
      },
    ],
  };
}

const run = (sizes: SizeResult[]): Run => ({ started: "2026-01-01T00:00:00Z", machine: { cpu: "test" }, options: {}, sizes });

describe("bench report", () => {
  describe("targetChecks", () => {
    it("computes each target's ratio from one run and says whether it is met", () => {
      const checks = targetChecks(run([size("small", 2.4, 800), size("large", 6, 600)]));
      const find = (sizeName: string, target: string) => checks.find((c) => c.size === sizeName && c.target.startsWith(target));
      expect(find("small", "actor-by-id: server p50 / thin endpoint p50")).toMatchObject({
        ratio: 1.2,
        limit: 1.5,
        comparison: "≤",
        met: true,
      });
      expect(find("large", "actor-by-id: server p50 / thin endpoint p50")).toMatchObject({ ratio: 3, met: false });
      expect(find("small", "actor-by-id: server throughput")).toMatchObject({ ratio: 1.25, limit: 1.2, comparison: "≥", met: true });
      expect(find("small", "nested-funders-boards: server throughput")).toMatchObject({ ratio: 1.3, met: true });
      expect(find("small", "funding-page: server throughput")).toMatchObject({ ratio: 1, met: false });
      expect(find("small", "seeding")).toMatchObject({ ratio: 0.8, comparison: "≥", met: true });
      expect(find("large", "seeding")).toMatchObject({ ratio: 0.6, met: false });
      expect(find("large / small", "actor-by-id")).toMatchObject({ ratio: 2.5, limit: 2, met: false });
    });

    it("checks p50 and growth on the one-actor questions only, and throughput on every question", () => {
      const checks = targetChecks(run([size("small", 1, 1000), size("large", 1, 1000)]));
      const targetsOf = (name: string) => checks.filter((c) => c.size === "small" && c.target.startsWith(`${name}:`)).map((c) => c.target);
      expect(targetsOf("funding-page")).toEqual(["funding-page: server throughput / Neo4j GraphQL Library's"]);
      expect(targetsOf("nested-funders-boards")).toEqual([
        "nested-funders-boards: server throughput / Neo4j GraphQL Library's",
        "nested-funders-boards: server p50 / thin endpoint p50",
      ]);
      expect(checks.filter((c) => c.size === "large / small").map((c) => c.target.split(":")[0])).toEqual([
        "actor-by-id",
        "nested-funders-boards",
      ]);
      expect(checks.some((c) => c.target.includes("raw"))).toBe(false);
    });

    it("checks each ranking measure's slowest computation on the small graph against 5 s, and reports a run without LOAD CSV", () => {
      const ranking = (measure: string, maxTotalMs: number) => ({
        measure,
        runs: 3,
        relations: 100,
        actors: 10,
        ranked: 10,
        top: [],
        readMs: 1,
        computeMs: 1,
        totalMs: 2,
        maxTotalMs,
        cachedMs: 0.1,
        heapMb: 50,
      });
      const small = {
        ...size("small", 1, 1000),
        import: undefined,
        questions: [],
        rankings: [ranking("PAGERANK", 4_000), ranking("BROKERAGE", 6_000)],
      };
      const checks = targetChecks(run([small]));
      expect(checks.find((c) => c.target.startsWith("rankings PAGERANK"))).toMatchObject({ ratio: 4, limit: 5, met: true, unit: "s" });
      expect(checks.find((c) => c.target.startsWith("rankings BROKERAGE"))).toMatchObject({ ratio: 6, met: false });
      expect(checks.some((c) => c.target.startsWith("seeding"))).toBe(false);
      const text = formatReport(run([small]));
      expect(text).toContain("| PAGERANK | 100 | 10 | 10 |");
      expect(text).toMatch(/\| small \| rankings BROKERAGE: [^|]+ \| 6\.00 s \| ≤ 5 s \| \*\*no\*\* \|/);
    });

    it("has no growth target with one size", () => {
      expect(targetChecks(run([size("small", 1, 1000)])).some((c) => c.size === "large / small")).toBe(false);
    });
  });

  describe("formatReport", () => {
    it("flags a question whose four ways answered differently, marks the one-actor questions and unmet targets", () => {
      const text = formatReport(run([size("small", 4, 500)]));
      expect(text).toContain("| nested-funders-boards † (answers differ) |");
      expect(text).toContain(
        "| funding-page | 5.0 / 10.0 | 300 | 6.0 / 12.0 | 250 | 10.0 / 20.0 | 100 | 12.0 / 24.0 | 100 | 1.67× | 1.20× | 2.00× | 1.00× |",
      );
      expect(text).toMatch(/\| small \| actor-by-id: server p50 \/ thin endpoint p50 \| 2\.00× \| ≤ 1\.5× \| \*\*no\*\* \|/);
      expect(text).toMatch(/\| small \| actor-by-id: server throughput \/ Neo4j GraphQL Library's \| 1\.25× \| ≥ 1\.2× \| yes \|/);
    });

    it("shows each way's growth from the small graph to the large one", () => {
      const text = formatReport(run([size("small", 2, 500), size("large", 3, 500)]));
      expect(text).toContain("| question | raw | thin | server | peer |");
      expect(text).toContain("| actor-by-id | 1.00× | 1.00× | 1.50× | 1.00× |");
    });
  });

  describe("quantile", () => {
    it("takes the nearest rank", () => {
      const values = [5, 1, 4, 2, 3, 6, 7, 8, 9, 10];
      expect(quantile(values, 0.5)).toBe(5);
      expect(quantile(values, 0.95)).toBe(10);
      expect(quantile([], 0.5)).toBeNaN();
    });
  });
});
