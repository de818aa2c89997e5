import type { Executor } from "../../src/neo4j/executor";
import { seed, SeedValidationError } from "../../src/seed/seeder";
import { openTestDatabase, seedFolder, silentLogger, uniquePrefix } from "../support/test-database";

const p = uniquePrefix();
let db: { executor: Executor; close(): Promise<void> };

/** Everything the seed wrote for this file's prefix, in a stable order: the snapshot compared before and after. */
async function snapshot(): Promise<unknown[]> {
  return db.executor.run("READ", { name: "test/snapshot", text: "MATCH (a:Actor) WHERE a.id STARTS WITH $p RETURN properties(a) AS a ORDER BY a.id" }, { p });
}

beforeAll(async () => {
  db = await openTestDatabase();
});

afterAll(async () => {
  await db.executor.run("WRITE", { name: "test/cleanup", text: "MATCH (a:Actor) WHERE a.id STARTS WITH $p DETACH DELETE a" }, { p });
  await db.close();
});

describe("seeder", () => {
  describe("seed", () => {
    const good = () =>
      seedFolder({
        "actors.csv": `id,kind,name,country,description\n${p}pif,investor,Public Investment Fund,SA,"Saudi Arabia's sovereign wealth fund, chaired by the crown prince."\n${p}saudi-arabia,state,Saudi Arabia,SA,\n`,
        "aliases.csv": `actor,lang,alias\n${p}saudi-arabia,fr,Arabie saoudite\n${p}pif,en,PIF\n`,
      });

    it("writes the actors with their aliases", async () => {
      await seed(db.executor, [good()], silentLogger);
      const rows = (await snapshot()) as { a: Record<string, unknown> }[];
      expect(rows.map((r) => r.a.id)).toEqual([`${p}pif`, `${p}saudi-arabia`]);
      expect(rows[1]!.a).toMatchObject({ name: "Saudi Arabia", kind: "state", aliases: ["Arabie saoudite"], aliasLanguages: ["fr"] });
      expect(rows[0]!.a.description).toBe("Saudi Arabia's sovereign wealth fund, chaired by the crown prince.");
    });

    it("changes nothing when run twice", async () => {
      await seed(db.executor, [good()], silentLogger);
      const before = await snapshot();
      await seed(db.executor, [good()], silentLogger);
      expect(await snapshot()).toEqual(before);
    });

    it("lists every bad row with file, line and column, and writes nothing", async () => {
      const before = await snapshot();
      const bad = seedFolder({
        "actors.csv": `id,kind,name,country,description\n${p}new-lab,company,New Lab,US,\n${p}bad,planet,Bad Kind,US,\nBad Id,company,X,US,\n${p}usa,state,USA,usa,\n`,
        "aliases.csv": `actor,lang,alias\n${p}missing,fr,Personne\n`,
      });
      let caught: unknown;
      try {
        await seed(db.executor, [bad], silentLogger);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(SeedValidationError);
      const problems = (caught as SeedValidationError).problems.map((line) => line.replace(/^.*?(actors|aliases)\.csv/, "$1.csv"));
      expect(problems).toEqual([
        expect.stringMatching(/^actors\.csv:3: kind: "planet"/),
        expect.stringMatching(/^actors\.csv:4: id: "Bad Id"/),
        expect.stringMatching(/^actors\.csv:5: country: "usa"/),
        expect.stringMatching(new RegExp(`^aliases\\.csv:2: actor: "${p}missing" is not an id`)),
      ]);
      expect(await snapshot()).toEqual(before);
    });

    it("lets a later folder replace a row of an earlier one", async () => {
      const overlay = seedFolder({ "actors.csv": `id,kind,name,country,description\n${p}pif,investor,PIF (Public Investment Fund),SA,\n` });
      await seed(db.executor, [good(), overlay], silentLogger);
      const rows = (await snapshot()) as { a: Record<string, unknown> }[];
      expect(rows.find((r) => r.a.id === `${p}pif`)!.a.name).toBe("PIF (Public Investment Fund)");
    });
  });
});
