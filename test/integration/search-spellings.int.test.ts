import { describeWithSeeds } from "../support/processes";
import { startQueryApp, type QueryApp } from "../support/query-app";

let api: QueryApp;

beforeAll(async () => {
  api = await startQueryApp();
});

afterAll(() => api.app.stop());

/**
 * The way researchers type names, each with the actor it must find first: legal forms (as OpenSanctions'
 * fingerprints fold them), "Government of X", another spelling of a country, one typo, words written apart,
 * and identifiers (a ticker, with or without its exchange).
 */
const spellings: [typed: string, first: string][] = [
  ["Microsoft Corporation", "microsoft"],
  ["Nvidia Corp", "nvidia"],
  ["NVIDIA Corporation", "nvidia"],
  ["Stargate LLC", "stargate"],
  ["Government of Qatar", "qatar"],
  ["Qatar government", "qatar"],
  ["United States Department of Commerce", "us-commerce-department"],
  ["Anthropic PBC", "anthropic"],
  ["Antrhopic", "anthropic"],
  ["Mubadla", "mubadala"],
  ["Taiwan Semiconductor Manufacturing Company Limited", "tsmc"],
  ["SK Hynix Inc.", "sk-hynix"],
  ["Alibaba Group Holding Limited", "alibaba"],
  ["Tencent Holdings Ltd", "tencent"],
  ["ASML Holding N.V.", "asml"],
  ["Huawei Technologies Co., Ltd.", "huawei"],
  ["Kingdom of Saudi Arabia", "saudi-arabia"],
  ["Saudi Public Investment Fund", "pif"],
  ["Government of the United Kingdom", "united-kingdom"],
  ["Bureau of Industry & Security", "bis"],
  ["Open AI", "openai"],
  ["Deep Seek", "deepseek"],
  ["NVDA", "nvidia"],
  ["NASDAQ:INTC", "intel"],
  ["TWSE 2330", "tsmc"],
];

describeWithSeeds("search as researchers type names", () => {
  it.each(spellings)("finds %s as %s first", async (typed, first) => {
    const data = await api.query(`query ($text: String!) { search(text: $text, first: 3) { actor { id } } }`, { text: typed });
    expect(data.search[0]?.actor.id).toBe(first);
  });

  it("shows an actor's identifiers with the page that shows each", async () => {
    const data = await api.query(`{ actor(id: "nvidia") { identifiers { scheme value sources { quote source { url published } } } } }`);
    const ticker = data.actor.identifiers.find((i: any) => i.value === "NASDAQ:NVDA");
    expect(ticker).toMatchObject({ scheme: "TICKER" });
    expect(ticker.sources[0].quote).toMatch(/NVDA/);
    expect(ticker.sources[0].source.url).toMatch(/^https?:/);
  });
});
