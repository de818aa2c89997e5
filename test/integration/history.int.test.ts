import { describeWithSeeds } from "../support/processes";
import { startQueryApp, type QueryApp } from "../support/query-app";

let api: QueryApp;

beforeAll(async () => {
  api = await startQueryApp();
});

afterAll(() => api.app.stop());

/** Who held a one-holder position of an actor on a day, through the API's `asOf`, by person id. */
async function holders(actor: string, position: string, asOf: string): Promise<string[]> {
  const data = await api.query(
    `query ($id: ID!, $asOf: Date) { actor(id: $id) {
       leads: relations(type: LEADS, direction: INCOMING, asOf: $asOf, first: 100) { edges { node { from { id } position } } }
       board: relations(type: BOARD_MEMBER_OF, direction: INCOMING, asOf: $asOf, first: 100) { edges { node { from { id } position } } } } }`,
    { id: actor, asOf },
  );
  const rows = [...data.actor.leads.edges, ...data.actor.board.edges].map((e: any) => e.node);
  return [...new Set(rows.filter((r: any) => r.position === position).map((r: any) => r.from.id as string))].sort();
}

/**
 * Each line is a sourced fact of seeds/relations.csv: the one holder of a position on a past day. Before this
 * edition, most of these roles had no dates, so a past day answered every holder at once (three Secretaries of
 * Commerce on 2020-01-01).
 */
const history: [actor: string, position: string, day: string, holder: string][] = [
  ["us-commerce-department", "MINISTER", "2018-06-01", "wilbur-ross"],
  ["us-commerce-department", "MINISTER", "2020-01-01", "wilbur-ross"],
  ["us-commerce-department", "MINISTER", "2023-06-01", "gina-raimondo"],
  ["us-commerce-department", "MINISTER", "2025-06-01", "howard-lutnick"],
  ["bis", "AGENCY_HEAD", "2023-01-01", "alan-estevez"],
  ["bis", "AGENCY_HEAD", "2025-06-01", "jeffrey-kessler"],
  ["united-states", "HEAD_OF_STATE", "2019-01-01", "donald-trump"],
  ["united-states", "HEAD_OF_STATE", "2022-01-01", "joe-biden"],
  ["intel", "CHIEF_EXECUTIVE", "2023-01-01", "pat-gelsinger"],
  ["intel", "CHIEF_EXECUTIVE", "2025-06-01", "lip-bu-tan"],
  ["asml", "CHIEF_EXECUTIVE", "2023-01-01", "peter-wennink"],
  ["asml", "CHIEF_EXECUTIVE", "2025-06-01", "christophe-fouquet"],
  ["tsmc", "CHAIR", "2023-01-01", "mark-liu"],
  ["tsmc", "CHAIR", "2025-06-01", "cc-wei"],
  ["aws", "CHIEF_EXECUTIVE", "2022-01-01", "adam-selipsky"],
  ["aws", "CHIEF_EXECUTIVE", "2025-01-01", "matt-garman"],
  ["miit", "MINISTER", "2024-01-01", "jin-zhuanglong"],
  ["miit", "MINISTER", "2025-06-01", "li-lecheng"],
  ["uk-dsit", "MINISTER", "2024-01-01", "michelle-donelan"],
  ["uk-dsit", "MINISTER", "2025-01-01", "peter-kyle"],
  ["openai", "CHIEF_EXECUTIVE", "2023-11-18", "mira-murati"],
  ["openai", "CHIEF_EXECUTIVE", "2023-11-20", "emmett-shear"],
  ["openai", "CHIEF_EXECUTIVE", "2024-01-01", "sam-altman"],
];

describeWithSeeds("the graph on past days", () => {
  it.each(history)("answers that %s's %s on %s was %s, and only them", async (actor, position, day, holder) => {
    expect(await holders(actor, position, day)).toEqual([holder]);
  });

  it("answers two chief executives only where a row says the position was shared (Intel's interim co-CEOs)", async () => {
    expect(await holders("intel", "CHIEF_EXECUTIVE", "2025-01-15")).toEqual(["david-zinsner", "michelle-johnston-holthaus"]);
    const data = await api.query(`{ actor(id: "intel") { relations(type: LEADS, direction: INCOMING, asOf: "2025-01-15", first: 100) {
      edges { node { from { id } position sharedPosition } } } } }`);
    for (const { node } of data.actor.relations.edges.filter((e: any) => e.node.position === "CHIEF_EXECUTIVE"))
      expect(node.sharedPosition).toMatch(/co-CEO/);
  });

  it("keeps a role that has ended out of a later day's answer: Raimondo is not Secretary of Commerce in 2025-06", async () => {
    const data = await api.query(`{ actor(id: "gina-raimondo") {
      now: relations(type: LEADS, direction: OUTGOING, asOf: "2025-06-01") { totalCount }
      then: relations(type: LEADS, direction: OUTGOING, asOf: "2022-06-01") { edges { node { to { id } validFrom validTo sources { quote } } } } } }`);
    expect(data.actor.now.totalCount).toBe(0);
    const [role] = data.actor.then.edges.map((e: any) => e.node);
    expect(role).toMatchObject({ to: { id: "us-commerce-department" }, validTo: expect.stringMatching(/^2025-01/) });
    expect(role.sources[0].quote.length).toBeGreaterThan(0);
  });
});
