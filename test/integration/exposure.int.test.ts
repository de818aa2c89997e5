import { describeWithSeeds } from "../support/processes";
import { startQueryApp, type QueryApp } from "../support/query-app";

let api: QueryApp;

beforeAll(async () => {
  api = await startQueryApp();
});

afterAll(() => api.app.stop());

const EXPOSURE = `query ($actor: ID!, $by: ExposureBy, $step: ExposureStep, $from: Date, $to: Date) {
  exposure(actor: $actor, by: $by, step: $step, from: $from, to: $to) {
    from to actor { id }
    periods { label start end receivedUsd committedUsd fundingCount
      shares { class receivedUsd committedUsd undisclosedCount
        byAmountKind { amountKind totalUsd fundingCount }
        fundings { funding { id amountUsd amountKind sources { quote } }
          controls { state { id } chain { relation { id type } } } } } }
    unplaced { class fundings { funding { id } } }
    undated { class fundings { funding { id } } } } }`;

const share = (period: any, cls: string | null) => period.shares.find((s: any) => s.class === cls);

describeWithSeeds("exposure", () => {
  // Worked out by hand from seeds/relations.csv, the FUNDS rows into openai:
  // - 2019: khosla-ventures-funds-openai-2019, $50M paid; microsoft-funds-openai-2019, $1B committed.
  // - 2024 (all 2024-10-02): thrive-capital $1.25B, softbank $0.5B, nvidia $0.1B, tiger-global $0.35B, all paid
  //   ($2.2B); microsoft, mgx, khosla-ventures, altimeter-capital, fidelity, coatue without a figure.
  // - 2025: softbank $7.5B (2025-04) and $22.5B (2025-12) paid ($30B); dragoneer $2.8B committed; magnetar-capital
  //   $1B and nvidia $100B "up to" ceilings (neither received nor committed); eight more without a figure.
  // - 2026: amazon $50B, nvidia $30B, softbank $30B committed ($110B); six more without a figure.
  // The states behind the funders: abu-dhabi (a government body of the United Arab Emirates, classed
  // authoritarian) OWNS mgx; no state controls any other funder of OpenAI.
  it("gives OpenAI's money by year and by the regime of the states behind its funders, as worked out from the seed rows", async () => {
    const { exposure } = await api.query(EXPOSURE, { actor: "openai", by: "REGIME", step: "YEAR" });
    expect([exposure.from, exposure.to]).toEqual(["2015-01-01", "2026-03-31"]);
    const year = (label: string) => exposure.periods.find((p: any) => p.label === label);
    expect(exposure.periods.map((p: any) => p.label)).toEqual([
      "2015",
      "2016",
      "2017",
      "2018",
      "2019",
      "2020",
      "2021",
      "2022",
      "2023",
      "2024",
      "2025",
      "2026",
    ]);
    expect(["2019", "2023", "2024", "2025", "2026"].map((y) => [y, year(y).receivedUsd, year(y).committedUsd])).toEqual([
      ["2019", 50_000_000, 1_000_000_000],
      ["2023", 0, 10_000_000_000],
      ["2024", 2_200_000_000, 0],
      ["2025", 30_000_000_000, 2_800_000_000],
      ["2026", 0, 110_000_000_000],
    ]);
    expect(year("2024").fundingCount).toBe(10);

    // The money of 2024 from funders behind which stands an authoritarian state: MGX's part, without a figure.
    const authoritarian = share(year("2024"), "AUTHORITARIAN");
    expect(authoritarian).toMatchObject({ receivedUsd: 0, committedUsd: 0, undisclosedCount: 1 });
    expect(authoritarian.fundings.map((f: any) => f.funding.id)).toEqual(["mgx-funds-openai-2024-10"]);
    const [control] = authoritarian.fundings[0].controls;
    expect(control.state.id).toBe("united-arab-emirates");
    expect(control.chain.map((hop: any) => hop.relation.type)).toContain("OWNS");
    expect(authoritarian.fundings[0].funding.sources[0].quote.length).toBeGreaterThan(0);
    expect(share(year("2024"), null)).toMatchObject({ receivedUsd: 2_200_000_000, committedUsd: 0, undisclosedCount: 5 });
    // No state stands behind any funder of 2025; in 2026 MGX again, without a figure.
    expect(year("2025").shares.map((s: any) => s.class)).toEqual([null]);
    expect(share(year("2026"), "AUTHORITARIAN").fundings.map((f: any) => f.funding.id)).toEqual(["mgx-funds-openai-2026-03"]);
    // The ceilings are there, apart from money received or pledged.
    expect(share(year("2025"), null).byAmountKind).toContainEqual({ amountKind: "UP_TO", totalUsd: 101_000_000_000, fundingCount: 2 });
  });

  it("cuts a range asked into quarters, leaves bare years out of them, and splits by the funders' kind", async () => {
    const { exposure } = await api.query(EXPOSURE, { actor: "openai", by: "KIND", step: "QUARTER", from: "2024-07-01", to: "2025-06-30" });
    expect(exposure.periods.map((p: any) => [p.label, p.start, p.end])).toEqual([
      ["2024-Q3", "2024-07-01", "2024-09-30"],
      ["2024-Q4", "2024-10-01", "2024-12-31"],
      ["2025-Q1", "2025-01-01", "2025-03-31"],
      ["2025-Q2", "2025-04-01", "2025-06-30"],
    ]);
    const q4 = exposure.periods[1];
    expect(q4.receivedUsd).toBe(2_200_000_000);
    expect(q4.shares.map((s: any) => s.class)).toEqual(["COMPANY", "INVESTOR"]);
    expect(exposure.periods[3].receivedUsd).toBe(7_500_000_000);
    expect(exposure.unplaced).toEqual([]);
  });

  it("names the field of a bad range, and answers NOT_FOUND for an unknown actor", async () => {
    const [reversed] = await api.errors(EXPOSURE, { actor: "openai", from: "2025-01-01", to: "2024-01-01" });
    expect(reversed!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
    const [tooLong] = await api.errors(EXPOSURE, { actor: "openai", step: "QUARTER", from: "1800-01-01", to: "2025-01-01" });
    expect(tooLong!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "from" });
    const [unknown] = await api.errors(EXPOSURE, { actor: "no-such-lab" });
    expect(unknown!.extensions).toMatchObject({ code: "NOT_FOUND", field: "actor" });
  });
});
