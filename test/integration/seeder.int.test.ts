import type { Executor } from "../../src/neo4j/executor";
import { exportDataset } from "../../src/seed/exporter";
import { recordKinds } from "../../src/seed/seed-plan";
import { seed, SeedValidationError } from "../../src/seed/seeder";
import { seedFixture } from "../support/seed-fixture";
import { openTestDatabase, seedFolder, silentLogger, uniquePrefix } from "../support/test-database";
import { scratchDir } from "../support/scratch-dir";

const p = uniquePrefix();
let db: { executor: Executor; close(): Promise<void> };

/** Everything the dataset holds, nodes and relationships, in a stable order: compared before and after. */
async function snapshot(): Promise<unknown[]> {
  return db.executor.run(
    "READ",
    {
      name: "test/snapshot",
      text: `CALL { MATCH (n) WHERE n.dataset = $p RETURN labels(n)[0] + ':' + n.id AS key, properties(n) AS props
           UNION ALL MATCH (a)-[r]->(b) WHERE a.dataset = $p OR b.dataset = $p
           RETURN type(r) + ':' + coalesce(r.id, a.id + '>' + b.id) AS key, properties(r) AS props }
           RETURN key, props ORDER BY key`,
    },
    { p },
  );
}

const read = <Row>(text: string) => db.executor.run<Row>("READ", { name: "test/read", text }, { p });

beforeAll(async () => {
  db = await openTestDatabase();
});

afterAll(async () => {
  await db.executor.run(
    "WRITE",
    { name: "test/cleanup", text: "MATCH (n) WHERE n.dataset = $p OR n.id STARTS WITH $p DETACH DELETE n" },
    { p },
  );
  await db.close();
});

describe("seeder", () => {
  describe("seed", () => {
    it("writes actors, relations, citations, the plan and events, every fact with its source", async () => {
      const report = await seed(db.executor, { dirs: [seedFolder(seedFixture(p))], dataset: p }, silentLogger);
      expect(report.relation).toEqual({ added: 3, changed: 0, unchanged: 0, removed: 0 });

      const funds = await read<{ amountUsd: number; instrument: string; sources: string[]; quotes: string[] }>(
        `MATCH (:Actor {id: $p + 'fund'})-[r:FUNDS]->(:Actor {id: $p + 'lab'})
         MATCH (c:Citation {fact: r.id})-[:CITES]->(s:Source)
         WITH r, s, c ORDER BY s.id
         RETURN r.amountUsd AS amountUsd, r.instrument AS instrument, collect(s.id) AS sources, collect(c.quote) AS quotes`,
      );
      expect(funds).toEqual([
        {
          amountUsd: 1500000000,
          instrument: "equity",
          sources: [`${p}src-a`, `${p}src-b`],
          quotes: ["The fund put in $1.5 billion, people said", "Le fonds a investi dans Lab A"],
        },
      ]);

      const state = await read<{ regime: string; year: number; aliases: string[] }>(
        `MATCH (a:Actor {id: $p + 'state'}) RETURN a.regime AS regime, a.regimeYear AS year, a.aliases AS aliases`,
      );
      expect(state).toEqual([{ regime: "authoritarian", year: 2023, aliases: ["Royaume"] }]);

      const stances = await read<{ stance: string; about: string | null }>(
        `MATCH (:Actor {id: $p + 'ceo'})-[:MADE]->(s:Statement) OPTIONAL MATCH (s)-[:ABOUT]->(t)-[:PART_OF]->(:Plan {id: $p + 'plan'}) RETURN s.stance AS stance, t.id AS about`,
      );
      expect(stances).toEqual([{ stance: "proposes", about: `${p}pillar-one` }]);

      const unsourced = await read<{ n: number }>(
        `MATCH (a)-[r]->() WHERE r.dataset = $p AND NOT EXISTS { MATCH (c:Citation {fact: r.id}) } RETURN count(r) AS n`,
      );
      expect(unsourced).toEqual([{ n: 0 }]);

      const event = await read<{ who: string[] }>(
        `MATCH (a:Actor)-[i:INVOLVED_IN]->(:Event {id: $p + 'ceo-fired'}) WITH a, i ORDER BY a.id RETURN collect(a.id + '/' + i.role) AS who`,
      );
      expect(event).toEqual([{ who: [`${p}ceo/subject`, `${p}lab/agent`] }]);
    });

    it("changes nothing when run twice, and writes nothing the second time", async () => {
      const dir = seedFolder(seedFixture(p));
      await seed(db.executor, { dirs: [dir], dataset: p }, silentLogger);
      const before = await snapshot();
      const report = await seed(db.executor, { dirs: [dir], dataset: p }, silentLogger);
      expect(report.rowsWritten).toBe(0);
      expect(report.relation).toEqual({ added: 0, changed: 0, unchanged: 3, removed: 0 });
      expect(await snapshot()).toEqual(before);
    });

    it("lists every bad row with file, line and column, and writes nothing", async () => {
      const before = await snapshot();
      const files = seedFixture(p);
      files["actors.csv"] += `${p}bad,planet,Bad Kind,US,\nBad Id,company,X,US,\n${p}usa,state,USA,usa,\n`;
      files["relations.csv"] +=
        `${p}r1,FUNDS,${p}fund,${p}nobody,2024,,12bn,USD,,,,,,,confirmed,${p}src-a,q\n` +
        `${p}r2,LEADS,${p}lab,${p}fund,2024-13-01,,,,,,,,,,sure,${p}missing-source,q\n` +
        `${p}r3,OWNS,${p}fund,${p}lab,2024,2020,,,,,,,1.5,,confirmed,${p}src-a,q\n`;
      files["aliases.csv"] += `${p}missing,fr,Personne\n`;
      let caught: unknown;
      try {
        await seed(db.executor, { dirs: [seedFolder(files)], dataset: p }, silentLogger);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(SeedValidationError);
      const problems = (caught as SeedValidationError).problems.map((line) => line.replace(/^.*?([a-z_]+\.csv)/, "$1"));
      expect(problems).toEqual([
        expect.stringMatching(/^actors\.csv:6: kind: "planet" is invalid/),
        expect.stringMatching(/^actors\.csv:7: id: "Bad Id" is invalid/),
        expect.stringMatching(/^actors\.csv:8: country: "usa" is invalid/),
        expect.stringMatching(/^relations\.csv:5: amount: "12bn" is not a number/),
        expect.stringMatching(/^relations\.csv:6: valid_from: "2024-13-01" is invalid/),
        expect.stringMatching(/^relations\.csv:6: confidence: "sure" is invalid/),
        expect.stringMatching(/^relations\.csv:7: stake: "1.5" is invalid/),
        expect.stringMatching(new RegExp(`^aliases\\.csv:3: actor: "${p}missing" is not an id in actors\\.csv`)),
      ]);
      expect(await snapshot()).toEqual(before);
    });

    it("writes nothing when the only bad rows are in the last file it reads, even committing in small steps", async () => {
      const q = `${p}last-`;
      const files = seedFixture(q);
      // citations.csv is read last, in both readings: a row that breaks it and a fact id that resolves nowhere.
      files["citations.csv"] += `${q}fund-funds-lab,${q}src-a,q,extra\n${q}no-such-fact,${q}src-a,q\n`;
      await expect(seed(db.executor, { dirs: [seedFolder(files)], dataset: q, transactionRecords: 1 }, silentLogger)).rejects.toMatchObject(
        {
          problems: [
            expect.stringMatching(/citations\.csv:3: has 4 cells but the header has 3 columns/),
            expect.stringMatching(new RegExp(`citations\\.csv:4: fact: "${q}no-such-fact" is not the id of a relation`)),
          ],
        },
      );
      const written = await db.executor.run<{ n: number }>(
        "READ",
        { name: "test/written", text: "MATCH (n) WHERE n.dataset = $q OR n.id STARTS WITH $q RETURN count(n) AS n" },
        { q },
      );
      expect(written).toEqual([{ n: 0 }]);
    });

    it("refuses relations whose ids do not resolve, whose direction does not fit the type, or whose dates run backwards", async () => {
      const files = seedFixture(p);
      files["relations.csv"] +=
        `${p}r4,FUNDS,${p}fund,${p}nobody,2024,,,,,,,,,,confirmed,${p}src-a,q\n` +
        `${p}r5,LEADS,${p}lab,${p}fund,2024,,,,,,,,,,confirmed,${p}gone,q\n` +
        `${p}r6,OWNS,${p}fund,${p}lab,2024,2020,,,,,,,,,confirmed,${p}src-a,q\n`;
      await expect(seed(db.executor, { dirs: [seedFolder(files)], dataset: p }, silentLogger)).rejects.toMatchObject({
        problems: [
          expect.stringMatching(new RegExp(`relations\\.csv:5: to: "${p}nobody" is not an id in actors\\.csv`)),
          expect.stringMatching(new RegExp(`relations\\.csv:6: source: "${p}gone" is not an id in sources\\.csv`)),
          expect.stringMatching(/relations\.csv:6: from: a company cannot be the start of LEADS/),
          expect.stringMatching(/relations\.csv:7: valid_to: 2020 is before valid_from 2024/),
        ],
      });
    });

    it("with dryRun reports what would be added, changed and removed, and writes nothing", async () => {
      await seed(db.executor, { dirs: [seedFolder(seedFixture(p))], dataset: p }, silentLogger);
      const before = await snapshot();
      const files = seedFixture(p);
      const [header, controls, funds] = files["relations.csv"]!.trim().split("\n");
      files["relations.csv"] =
        `${header}\n${controls}\n${funds!.replace("1500000000,USD,1500000000", "2000000000,USD,2000000000")}\n${p}new,PARTNERS_WITH,${p}lab,${p}fund,2025,,,,,,,,,,reported,${p}src-a,q\n`;
      const report = await seed(db.executor, { dirs: [seedFolder(files)], dataset: p, dryRun: true }, silentLogger);
      expect(report.relation).toEqual({ added: 1, changed: 1, unchanged: 1, removed: 1 });
      expect(await snapshot()).toEqual(before);
    });

    it("removes a relation that left the seed files, with its citations", async () => {
      const files = seedFixture(p);
      files["relations.csv"] = files["relations.csv"]!.split("\n")
        .filter((line) => !line.startsWith(`${p}ceo-leads-lab`))
        .join("\n");
      const report = await seed(db.executor, { dirs: [seedFolder(files)], dataset: p }, silentLogger);
      expect(report.relation.removed).toBe(1);
      expect(await read(`MATCH ()-[r:LEADS {id: $p + 'ceo-leads-lab'}]->() RETURN r`)).toEqual([]);
      expect(await read(`MATCH (c:Citation {fact: $p + 'ceo-leads-lab'}) RETURN c`)).toEqual([]);
    });

    it("lets a later folder replace a row of an earlier one", async () => {
      const overlay = seedFolder({ "actors.csv": `id,kind,name,country,description\n${p}fund,investor,Sovereign Fund (renamed),SA,\n` });
      await seed(db.executor, { dirs: [seedFolder(seedFixture(p)), overlay], dataset: p }, silentLogger);
      expect(await read(`MATCH (a:Actor {id: $p + 'fund'}) RETURN a.name AS name`)).toEqual([{ name: "Sovereign Fund (renamed)" }]);
    });
  });
});

describe("exporter", () => {
  describe("exportDataset", () => {
    it("writes CSVs that re-seed to the same graph", async () => {
      await seed(db.executor, { dirs: [seedFolder(seedFixture(p))], dataset: p }, silentLogger);
      const out = scratchDir("apg-export-");
      const counts = await exportDataset(db.executor, p, out);
      expect(counts).toMatchObject({
        "relations.csv": 3,
        "citations.csv": 1,
        "regimes.csv": 1,
        "statements.csv": 2,
        "event_actors.csv": 2,
      });
      const again = await seed(db.executor, { dirs: [out], dataset: p, dryRun: true }, silentLogger);
      for (const kind of recordKinds)
        expect({ kind, ...again[kind], unchanged: undefined }).toEqual({ kind, added: 0, changed: 0, removed: 0, unchanged: undefined });
    });
  });
});
