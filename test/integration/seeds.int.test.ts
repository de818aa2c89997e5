import type { Executor } from "../../src/neo4j/executor";
import { describeWithSeeds } from "../support/processes";
import { openTestDatabase } from "../support/test-database";

let db: { executor: Executor; close(): Promise<void> };
const read = <Row>(text: string, params: Record<string, unknown> = {}) => db.executor.run<Row>("READ", { name: "test/read", text }, params);

/** The curated seeds/ folder as global-setup loaded it into Neo4j (dataset "seeds", the real ids). */
describeWithSeeds("seeds/ in Neo4j", () => {
  beforeAll(async () => {
    db = await openTestDatabase();
  });

  afterAll(() => db.close());

  it("leaves no relation without a cited source that has a URL and a quote", async () => {
    const [row] = await read<{ relations: number; unsourced: number }>(
      `MATCH (:Actor)-[r]->(:Actor) WHERE r.dataset = 'seeds'
       RETURN count(r) AS relations,
              count(CASE WHEN NOT EXISTS { MATCH (c:Citation {fact: r.id})-[:CITES]->(s:Source) WHERE s.url <> '' AND c.quote <> '' } THEN 1 END) AS unsourced`,
    );
    expect(row!.unsourced).toBe(0);
    expect(row!.relations).toBeGreaterThanOrEqual(400);
  });

  it("finds the same actor by its French and English names through the full-text index", async () => {
    const search = async (text: string) =>
      (
        await read<{ id: string }>(`CALL db.index.fulltext.queryNodes('actor_names', $text) YIELD node RETURN node.id AS id LIMIT 3`, {
          text: `"${text}"`,
        })
      ).map((r) => r.id);
    expect(await search("États-Unis")).toContain("united-states");
    expect(await search("Etats-Unis")).toContain("united-states");
    expect(await search("United States")).toContain("united-states");
    expect(await search("Arabie saoudite")).toContain("saudi-arabia");
  });

  it("dates OpenAI's board so that it differs between 2023-11-20 and 2024-06-14", async () => {
    const boardOn = async (day: string) =>
      (
        await read<{ id: string }>(
          `MATCH (p:Actor)-[r:BOARD_MEMBER_OF]->(:Actor {id: 'openai'})
         WHERE r.validFrom <= $day AND (r.validTo IS NULL OR r.validTo > $day) AND coalesce(r.role, 'voting') <> 'observer'
         RETURN DISTINCT p.id AS id ORDER BY id`,
          { day },
        )
      ).map((r) => r.id);
    const before = await boardOn("2023-11-20");
    const after = await boardOn("2024-06-14");
    expect(before).toEqual(expect.arrayContaining(["adam-dangelo", "helen-toner", "ilya-sutskever"]));
    expect(after).toEqual(expect.arrayContaining(["bret-taylor", "paul-nakasone", "sam-altman"]));
    expect(after).not.toContain("helen-toner");
  });
});
