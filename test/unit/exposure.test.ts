import type { Actor } from "../../src/actor/actor.type";
import { exposureOf } from "../../src/analysis/exposure/exposure";
import { periodOfDate, periodsBetween } from "../../src/analysis/exposure/periods";
import type { RegimeFundingRow, StateControlRow } from "../../src/funding/funding-by-regime.type";
import type { RelationRow } from "../../src/relation/relation.type";

describe("periods", () => {
  it("places a partial date in its year or quarter, and leaves a bare year out of quarters", () => {
    expect(["2024", "2024-07", "2024-12-31"].map((d) => periodOfDate(d, "year"))).toEqual(["2024", "2024", "2024"]);
    expect(["2024", "2024-02", "2024-07-15", "2024-12-31"].map((d) => periodOfDate(d, "quarter"))).toEqual([
      null,
      "2024-Q1",
      "2024-Q3",
      "2024-Q4",
    ]);
  });

  it("lists every period of a range with its first and last day, across a year's end", () => {
    expect(periodsBetween("2023-11-20", "2024-04-02", "quarter", 10)).toEqual([
      { label: "2023-Q4", start: "2023-10-01", end: "2023-12-31" },
      { label: "2024-Q1", start: "2024-01-01", end: "2024-03-31" },
      { label: "2024-Q2", start: "2024-04-01", end: "2024-06-30" },
    ]);
    expect(() => periodsBetween("1900-01-01", "2024-01-01", "quarter", 400)).toThrow(RangeError);
  });
});

describe("exposureOf", () => {
  const actor = (id: string, kind: string, country: string | null) => ({ id, kind, country, name: id }) as unknown as Actor;
  const actors = new Map(
    [
      actor("abu-dhabi", "state", "AE"),
      actor("mgx", "investor", "AE"),
      actor("microsoft", "company", "US"),
      actor("fund-x", "investor", null),
      actor("united-states", "state", "US"),
    ].map((a) => [a.id, a]),
  );
  const funding = (id: string, fromId: string, validFrom: string | null, amountUsd: number | null, amountKind: string | null) =>
    ({ id, fromId, toId: "lab", type: "FUNDS", validFrom, amountUsd, amountKind }) as unknown as RelationRow;
  const control = (stateId: string, regime: string | null): StateControlRow => ({ stateId, regime, chainCount: 1, chain: [] });
  const rows: RegimeFundingRow[] = [
    { funding: funding("mgx-2024", "mgx", "2024-10-02", 1_000, "paid"), controls: [control("abu-dhabi", "authoritarian")] },
    { funding: funding("msft-2024", "microsoft", "2024-01", 5_000, "committed"), controls: [] },
    // Controlled by states of two classes: in both classes, counted once in the period's totals.
    {
      funding: funding("x-2024", "fund-x", "2024-07-15", 300, "paid"),
      controls: [control("abu-dhabi", "authoritarian"), control("united-states", "flawed_democracy")],
    },
    { funding: funding("mgx-2023", "mgx", "2023", null, null), controls: [control("abu-dhabi", "authoritarian")] },
    { funding: funding("undated", "microsoft", null, 7, "paid"), controls: [] },
  ];

  it("splits each period's money by the regime of the states behind the funders, each funding once in the totals", () => {
    const exposure = exposureOf(rows, { actorId: "lab", by: "regime", step: "year", from: null, to: null }, actors);
    // The range runs from the first day of the earliest date ("2023") to the last day of the latest.
    expect([exposure.from, exposure.to]).toEqual(["2023-01-01", "2024-10-02"]);
    expect(exposure.periods.map((p) => [p.label, p.receivedUsd, p.committedUsd, p.fundingCount])).toEqual([
      ["2023", 0, 0, 1],
      ["2024", 1_300, 5_000, 3],
    ]);
    const y2024 = exposure.periods[1]!;
    expect(y2024.shares.map((s) => [s.class, s.receivedUsd, s.committedUsd, s.fundings.map((f) => f.funding.id)])).toEqual([
      ["FLAWED_DEMOCRACY", 300, 0, ["x-2024"]],
      ["AUTHORITARIAN", 1_300, 0, ["mgx-2024", "x-2024"]],
      [null, 0, 5_000, ["msft-2024"]],
    ]);
    // A share keeps only the controls of its own class.
    expect(y2024.shares[1]!.fundings[1]!.controls.map((c) => c.stateId)).toEqual(["abu-dhabi"]);
    expect(exposure.periods[0]!.shares[0]).toMatchObject({ class: "AUTHORITARIAN", undisclosedCount: 1 });
    expect(exposure.undated.map((s) => s.fundings.map((f) => f.funding.id))).toEqual([["undated"]]);
  });

  it("keeps a bare year out of the quarters, and splits by country and by kind", () => {
    const byQuarter = exposureOf(rows, { actorId: "lab", by: "country", step: "quarter", from: "2023-01-01", to: "2024-12-31" }, actors);
    expect(byQuarter.periods).toHaveLength(8);
    expect(byQuarter.unplaced.flatMap((s) => s.fundings.map((f) => f.funding.id))).toEqual(["mgx-2023"]);
    const q4 = byQuarter.periods.find((p) => p.label === "2024-Q4")!;
    expect(q4.shares.map((s) => [s.class, s.receivedUsd])).toEqual([["AE", 1_000]]);
    const q1 = byQuarter.periods.find((p) => p.label === "2024-Q1")!;
    expect(q1.shares.map((s) => [s.class, s.committedUsd])).toEqual([["US", 5_000]]);

    const byKind = exposureOf(rows, { actorId: "lab", by: "kind", step: "year", from: "2024-01-01", to: "2024-12-31" }, actors);
    expect(byKind.periods[0]!.shares.map((s) => [s.class, s.fundings.length])).toEqual([
      ["COMPANY", 1],
      ["INVESTOR", 2],
    ]);
    // A funding outside the range asked is in no period.
    expect(byKind.periods.map((p) => p.label)).toEqual(["2024"]);
  });
});
