import { seed } from "../../src/seed/seeder";
import { startQueryApp, type QueryApp } from "../support/query-app";
import { seedFixture } from "../support/seed-fixture";
import { seedFolder, silentLogger, uniquePrefix } from "../support/test-database";

let api: QueryApp;
const p = uniquePrefix();

/**
 * The fixture (the fund paid $1.5B into the lab, controlled by an authoritarian state), plus: a pledge of $4B and
 * an "up to" ceiling of $10B from the same fund, and a round of $2B led by the fund with two investors whose
 * shares the sources do not give.
 */
function fixture(): Record<string, string> {
  const files = seedFixture(p);
  files["actors.csv"] += `${p}vc,investor,Venture Firm,US,A test venture firm.\n`;
  files["rounds.csv"] =
    "id,recipient,name,date,date_kind,lead,amount,currency,amount_usd,amount_kind,valuation_usd,confidence,source,quote\n" +
    `${p}series-b,${p}lab,Series B,2025-02,announced,${p}fund,2000000000,USD,2000000000,paid,30000000000,reported,${p}src-a,"Lab A raised $2 billion"\n`;
  const more = seedFolder({
    "relations.csv":
      "id,type,from,to,valid_from,amount,currency,amount_usd,amount_kind,funding_round,confidence,source,quote\n" +
      `${p}fund-pledges-lab,FUNDS,${p}fund,${p}lab,2025-01,4000000000,USD,4000000000,committed,,reported,${p}src-a,"pledged $4 billion"\n` +
      `${p}fund-ceiling-lab,FUNDS,${p}fund,${p}lab,2025-03,10000000000,USD,10000000000,up_to,,reported,${p}src-a,"up to $10 billion"\n` +
      `${p}fund-in-series-b,FUNDS,${p}fund,${p}lab,2025-02,,,,,${p}series-b,reported,${p}src-a,"led by the fund"\n` +
      `${p}vc-in-series-b,FUNDS,${p}vc,${p}lab,2025-02,,,,,${p}series-b,reported,${p}src-a,"with the venture firm"\n`,
  });
  return { ...files, more } as never;
}

beforeAll(async () => {
  api = await startQueryApp();
  const { more, ...files } = fixture() as Record<string, string>;
  await seed(api.app.executor, { dirs: [seedFolder(files), more!], dataset: p }, silentLogger);
});

afterAll(async () => {
  await api.app.executor.run("WRITE", { name: "test/cleanup", text: "MATCH (n) WHERE n.dataset = $p DETACH DELETE n" }, { p });
  await api.app.stop();
});

describe("money by kind", () => {
  describe("fundings", () => {
    it("sums only money paid by default: a pledge and a ceiling are not summed as paid", async () => {
      const data = await api.query(
        `query ($lab: ID) { fundings(filter: {recipient: $lab}) {
        totalCount totalUsd byAmountKind { amountKind totalUsd fundingCount undisclosedCount } } }`,
        { lab: `${p}lab` },
      );
      expect(data.fundings.totalCount).toBe(5);
      expect(data.fundings.totalUsd).toBe(1_500_000_000);
      expect(data.fundings.byAmountKind).toEqual([
        { amountKind: "PAID", totalUsd: 1_500_000_000, fundingCount: 1, undisclosedCount: 0 },
        { amountKind: "COMMITTED", totalUsd: 4_000_000_000, fundingCount: 1, undisclosedCount: 0 },
        { amountKind: "UP_TO", totalUsd: 10_000_000_000, fundingCount: 1, undisclosedCount: 0 },
        { amountKind: null, totalUsd: 0, fundingCount: 2, undisclosedCount: 2 },
      ]);
    });

    it("adds the kinds the caller names to the total", async () => {
      const data = await api.query(
        `query ($lab: ID) { fundings(filter: {recipient: $lab}, countAmountKinds: [PAID, COMMITTED]) { totalUsd } }`,
        { lab: `${p}lab` },
      );
      expect(data.fundings.totalUsd).toBe(5_500_000_000);
    });

    it("keeps only the amount kinds asked", async () => {
      const data = await api.query(
        `query ($lab: ID) { fundings(filter: {recipient: $lab, amountKind: [UP_TO]}) { edges { node { id amountKind } } } }`,
        { lab: `${p}lab` },
      );
      expect(data.fundings.edges.map((e: any) => e.node)).toEqual([{ id: `${p}fund-ceiling-lab`, amountKind: "UP_TO" }]);
    });

    it("refuses an empty list of kinds to count, naming the argument", async () => {
      const [error] = await api.errors(`{ fundings(countAmountKinds: []) { totalUsd } }`);
      expect(error!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "countAmountKinds" });
    });
  });

  describe("fundingByRegime", () => {
    it("sums only money paid by the authoritarian state's fund unless told, and shows every kind", async () => {
      const query = `query ($lab: ID!, $kinds: [AmountKind!]) { fundingByRegime(recipient: $lab, countAmountKinds: $kinds) {
        regime totalUsd byAmountKind { amountKind totalUsd } } }`;
      const [paid] = (await api.query(query, { lab: `${p}lab` })).fundingByRegime;
      expect(paid).toMatchObject({ regime: "AUTHORITARIAN", totalUsd: 1_500_000_000 });
      expect(paid.byAmountKind).toEqual(
        expect.arrayContaining([
          { amountKind: "COMMITTED", totalUsd: 4_000_000_000 },
          { amountKind: "UP_TO", totalUsd: 10_000_000_000 },
        ]),
      );
      const [all] = (await api.query(query, { lab: `${p}lab`, kinds: ["PAID", "COMMITTED", "UP_TO"] })).fundingByRegime;
      expect(all.totalUsd).toBe(15_500_000_000);
    });
  });

  describe("funding rounds", () => {
    it("holds a round's total once, with its lead and each investor's part", async () => {
      const data = await api.query(
        `query ($id: ID!) { fundingRound(id: $id) {
        name date dateKind amountUsd amountKind valuationUsd recipient { id } lead { id } sources { quote }
        fundings { totalCount totalUsd edges { node { id funder { id } amountUsd fundingRound { id } } } } } }`,
        { id: `${p}series-b` },
      );
      expect(data.fundingRound).toMatchObject({
        name: "Series B",
        date: "2025-02",
        dateKind: "ANNOUNCED",
        amountUsd: 2_000_000_000,
        amountKind: "PAID",
        valuationUsd: 30_000_000_000,
        recipient: { id: `${p}lab` },
        lead: { id: `${p}fund` },
        sources: [{ quote: "Lab A raised $2 billion" }],
      });
      expect(data.fundingRound.fundings.totalCount).toBe(2);
      expect(data.fundingRound.fundings.totalUsd).toBe(0);
      for (const { node } of data.fundingRound.fundings.edges)
        expect(node).toMatchObject({ amountUsd: null, fundingRound: { id: `${p}series-b` } });
    });

    it("lists an actor's rounds, and answers NOT_FOUND for an unknown round", async () => {
      const data = await api.query(`query ($lab: ID!) { fundingRounds(recipient: $lab) { id } }`, { lab: `${p}lab` });
      expect(data.fundingRounds).toEqual([{ id: `${p}series-b` }]);
      const [error] = await api.errors(`{ fundingRound(id: "${p}nowhere") { id } }`);
      expect(error!.extensions).toMatchObject({ code: "NOT_FOUND", field: "id" });
    });
  });
});
