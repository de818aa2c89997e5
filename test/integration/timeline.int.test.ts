import { describeWithSeeds } from "../support/processes";
import { startQueryApp, type QueryApp } from "../support/query-app";

let api: QueryApp;

beforeAll(async () => {
  api = await startQueryApp();
});

afterAll(() => api.app.stop());

const ENTRY = `date kind id
  ... on RelationEntry { relation { id type validFrom validTo from { id } to { id } sources { quote } } }
  ... on StatementEntry { statement { id stance date actor { id } about { __typename ... on Plan { id } ... on Actor { id } ... on Pillar { id } } sources { quote } } }
  ... on EventEntry { role event { id name date endDate participants { role actor { id } } sources { quote } } }`;

interface Entry {
  date: string;
  kind: string;
  id: string;
  relation?: any;
  statement?: any;
  event?: any;
  role?: string;
}

/** Every entry of a timeline, reading page after page of 100. */
async function wholeTimeline(actor: string, args = ""): Promise<{ totalCount: number; entries: Entry[] }> {
  const entries: Entry[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const data: any = await api.query(
      `query ($after: String) { timeline(actor: "${actor}", first: 100, after: $after ${args}) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { ${ENTRY} } } } }`,
      { after },
    );
    totalCount = data.timeline.totalCount;
    entries.push(...data.timeline.edges.map((e: any) => e.node));
    if (!data.timeline.pageInfo.hasNextPage) return { totalCount, entries };
    after = data.timeline.pageInfo.endCursor;
  }
}

const earliestDay = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
const latestDay = (date: string) => (date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date);
const indexOf = (entries: Entry[], kind: string, id: string) => entries.findIndex((e) => e.kind === kind && e.id === id);

describeWithSeeds("Timeline queries", () => {
  describe("timeline", () => {
    it("returns OpenAI's dated relations, statements and events in time order", async () => {
      const { totalCount, entries } = await wholeTimeline("openai");
      expect(entries).toHaveLength(totalCount);
      const funds2019 = indexOf(entries, "RELATION_START", "microsoft-funds-openai-2019");
      const funds2023 = indexOf(entries, "RELATION_START", "microsoft-funds-openai-2023");
      expect(funds2019).toBeGreaterThanOrEqual(0);
      expect(funds2023).toBeGreaterThan(funds2019);
      expect(entries[funds2023]!.relation).toMatchObject({
        type: "FUNDS",
        validFrom: "2023-01-23",
        from: { id: "microsoft" },
        to: { id: "openai" },
      });
      expect(entries[funds2023]!.date).toBe("2023-01-23");

      // A board seat that ended shows where it ended.
      const tonerLeft = entries[indexOf(entries, "RELATION_END", "toner-openai-board-2021-2023")]!;
      expect(tonerLeft).toMatchObject({ date: "2023-11-21", relation: { type: "BOARD_MEMBER_OF", from: { id: "helen-toner" } } });

      const fired = entries[indexOf(entries, "EVENT", "altman-fired-2023-11-17")]!;
      expect(fired).toMatchObject({ date: "2023-11-17", role: "AGENT" });
      expect(fired.event.participants).toContainEqual({ role: "SUBJECT", actor: { id: "sam-altman" } });
      expect(fired.event.sources.length).toBeGreaterThan(0);

      // Sorted by earliest day; within a day, by kind then id.
      for (let i = 1; i < entries.length; i += 1) {
        const [a, b] = [entries[i - 1]!, entries[i]!];
        expect(a.date <= b.date).toBe(true);
        if (a.date === b.date) expect(`${a.kind} ${a.id}` < `${b.kind} ${b.id}`).toBe(true);
      }
    });

    it("counts exactly the actor's dated facts, leaving undated ones out", async () => {
      const { totalCount, entries } = await wholeTimeline("openai");
      const [expected] = await api.app.executor.run<{
        starts: number;
        ends: number;
        statements: number;
        events: number;
        policyStarts: number;
        policyEnds: number;
      }>(
        "READ",
        {
          name: "test/timeline-count",
          text: `MATCH (a:Actor {id: $id})
               RETURN COUNT { (a)-[r]-(:Actor) WHERE r.validFrom IS NOT NULL } AS starts,
                      COUNT { (a)-[r]-(:Actor) WHERE r.validTo IS NOT NULL } AS ends,
                      COUNT { MATCH (st:Statement) WHERE st.date IS NOT NULL AND ((a)-[:MADE]->(st) OR (st)-[:ABOUT]->(a)) } AS statements,
                      COUNT { (a)-[:INVOLVED_IN]->(e:Event) WHERE e.date IS NOT NULL } AS events,
                      COUNT { (a)<-[t:TARGETS]-(p:Policy) WHERE coalesce(t.validFrom, p.inForce, p.announced) IS NOT NULL } AS policyStarts,
                      COUNT { (a)<-[t:TARGETS]-(p:Policy) WHERE coalesce(t.validTo, p.ended) IS NOT NULL } AS policyEnds`,
        },
        { id: "openai" },
      );
      const count = (kind: string) => entries.filter((e) => e.kind === kind).length;
      expect({
        starts: count("RELATION_START"),
        ends: count("RELATION_END"),
        statements: count("STATEMENT"),
        events: count("EVENT"),
        policyStarts: count("POLICY_START"),
        policyEnds: count("POLICY_END"),
      }).toEqual(expected);
      expect(expected!.policyStarts).toBeGreaterThan(0);
      expect(totalCount).toBe(
        expected!.starts + expected!.ends + expected!.statements + expected!.events + expected!.policyStarts + expected!.policyEnds,
      );
      // An undated criticism of OpenAI in the seeds.
      expect(entries.map((e) => e.id)).not.toContain("critics-criticize-openai-ai-bubble");
    });

    it("returns the statements an actor made and those about it, with what they are about", async () => {
      const { entries } = await wholeTimeline("sam-altman", "kind: [STATEMENT]");
      expect(entries.every((e) => e.kind === "STATEMENT")).toBe(true);
      const proposal = entries[indexOf(entries, "STATEMENT", "altman-proposes-democratic-ai-plan")]!;
      expect(proposal).toMatchObject({
        date: "2024-07-25",
        statement: { stance: "PROPOSES", actor: { id: "sam-altman" }, about: { __typename: "Plan", id: "altman-democratic-ai-plan" } },
      });
      expect(proposal.statement.sources.length).toBeGreaterThan(0);
      const aboutAltman = entries[indexOf(entries, "STATEMENT", "marcus-criticizes-altman-2024-08")]!;
      expect(aboutAltman.statement).toMatchObject({ actor: { id: "gary-marcus" }, about: { __typename: "Actor", id: "sam-altman" } });
    });

    it("keeps the entries that overlap from and to, counting a partial date over all its days", async () => {
      const { entries } = await wholeTimeline("openai", `from: "2023-11-25", to: "2023-12-31"`);
      expect(entries.length).toBeGreaterThan(0);
      for (const e of entries) {
        const end = e.event?.endDate ?? e.date;
        expect(earliestDay(e.date) <= "2023-12-31" && latestDay(end) >= "2023-11-25").toBe(true);
      }
      const ids = entries.map((e) => e.id);
      // Spans 2023-11-21 to 2023-11-29, so it overlaps.
      expect(ids).toContain("altman-reinstated-2023-11-21");
      // Dated "2023", so it may fall in the period.
      expect(ids).toContain("openai-negotiates-with-g42-chip-venture-2023");
      expect(ids).not.toContain("altman-fired-2023-11-17");
      expect(ids).not.toContain("microsoft-funds-openai-2023");
    });

    it("keeps only the kinds asked", async () => {
      const { entries } = await wholeTimeline("openai", "kind: [EVENT, RELATION_END]");
      expect(new Set(entries.map((e) => e.kind))).toEqual(new Set(["EVENT", "RELATION_END"]));
    });

    it("pages with first and after, without repeating or skipping an entry", async () => {
      const all = await api.query(`{ timeline(actor: "openai", first: 10) { edges { node { kind id } } } }`);
      const first = await api.query(
        `{ timeline(actor: "openai", first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { node { kind id } } } }`,
      );
      const next = await api.query(
        `query ($after: String) { timeline(actor: "openai", first: 5, after: $after) { pageInfo { hasPreviousPage } edges { node { kind id } } } }`,
        { after: first.timeline.pageInfo.endCursor },
      );
      expect([...first.timeline.edges, ...next.timeline.edges]).toEqual(all.timeline.edges);
      expect(first.timeline.pageInfo.hasNextPage).toBe(true);
      expect(next.timeline.pageInfo.hasPreviousPage).toBe(true);
      expect(first.timeline.totalCount).toBeGreaterThan(10);
    });

    it("costs one round trip per field and level, no more for 100 entries than for 3", async () => {
      const operation = (first: number) => `{ timeline(actor: "openai", first: ${first}) { edges { node { ${ENTRY} } } } }`;
      const many = await api.statementsOf(operation(100));
      const few = await api.statementsOf(operation(3));
      // The actor check; the timeline; then one batch for every actor the entries name (relation ends, speakers,
      // subjects, participants) and one for the sources of all of them. OpenAI has over a hundred entries.
      expect(many).toBe(4);
      expect(few).toBeLessThanOrEqual(many);
    });

    it("answers NOT_FOUND naming actor when no actor has the id", async () => {
      const errors = await api.errors(`{ timeline(actor: "no-such-actor") { totalCount } }`);
      expect(errors[0]!.extensions).toMatchObject({ code: "NOT_FOUND", field: "actor" });
    });

    it("refuses to before from with BAD_USER_INPUT naming to", async () => {
      const errors = await api.errors(`{ timeline(actor: "openai", from: "2024-01-01", to: "2023-12-31") { totalCount } }`);
      expect(errors[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
    });

    it("refuses first over 100 with BAD_USER_INPUT naming first", async () => {
      const errors = await api.errors(`{ timeline(actor: "openai", first: 101) { totalCount } }`);
      expect(errors[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    });
  });
});
