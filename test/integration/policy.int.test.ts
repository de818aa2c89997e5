import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { readReadmeExamples } from "../../src/playground/readme-examples";
import { projectRoot } from "../../src/project-root";
import { describeWithSeeds } from "../support/processes";
import { startQueryApp, type QueryApp } from "../support/query-app";

let api: QueryApp;

beforeAll(async () => {
  api = await startQueryApp();
});

afterAll(() => api.app.stop());

/** The README example whose question starts with `words`: the test runs the README's own text. */
function readmeQuery(words: string): string {
  const found = readReadmeExamples().filter((e) => e.title.startsWith(words));
  if (found.length !== 1) throw new Error(`README.md has ${found.length} examples starting "${words}"`);
  return found[0]!.query;
}

const ids = (items: { id: string }[]) => items.map((i) => i.id);

/** A seed file of the curated graph as rows, read with the same parser the seeder uses. */
function seedRows(file: string): Record<string, string>[] {
  return parse(readFileSync(join(projectRoot, "seeds", file), "utf8"), { columns: true }) as Record<string, string>[];
}

describeWithSeeds("Policy instruments", () => {
  describe("the four questions of the README", () => {
    it("lists the rules that restricted chip sales to the UAE on 2025-03-01, and says the AI diffusion rule was revoked on 2025-05-13", async () => {
      const data = await api.query(readmeQuery("Which rules restricted sales of advanced chips to the United Arab Emirates"));
      const byId = new Map(data.actor.policies.map((t: any) => [t.policy.id, t]));
      expect([...byId.keys()].sort()).toEqual(["us-advanced-computing-rule-2023-10", "us-ai-diffusion-rule-2025-01"]);
      expect(byId.get("us-advanced-computing-rule-2023-10")).toMatchObject({
        effect: "REQUIRES_LICENCE",
        inForceUntil: null,
        policy: { ended: null, revokedBy: [] },
      });
      expect(byId.get("us-ai-diffusion-rule-2025-01")).toMatchObject({
        effect: "RESTRICTS",
        inForceUntil: "2025-05-13",
        policy: {
          kind: "EXPORT_RULE",
          ended: "2025-05-13",
          endKind: "REVOKED",
          issuers: expect.arrayContaining([expect.objectContaining({ name: expect.stringMatching(/Industry and Security/) })]),
          revokedBy: [{ policy: { name: "Rescission of the AI diffusion rule", announced: "2025-05-13" } }],
        },
      });
      for (const target of data.actor.policies) expect(target.sources[0].quote.length).toBeGreaterThan(0);
    });

    it("says what the AI diffusion rule did, to whom and since when, and that it was revoked rather than replaced", async () => {
      const { policy } = await api.query(readmeQuery("What does the AI diffusion rule do"));
      expect(policy).toMatchObject({ inForce: "2025-01-13", ended: "2025-05-13", endKind: "REVOKED", replacedBy: [] });
      expect(policy.revokedBy.map((c: any) => c.policy.id)).toEqual(["us-ai-diffusion-rescission-2025-05"]);
      const targets = new Map(policy.targets.map((t: any) => [t.target.name, t.effect]));
      expect(targets.get("China")).toBeDefined();
      expect(targets.get("Japan")).toBe("EXEMPTS");
      expect(targets.get("United Arab Emirates")).toBe("RESTRICTS");
      expect(policy.sources.length).toBeGreaterThan(0);
    });

    it("lists the instruments of each pillar of the plan with their issuers, each link sourced or reasoned", async () => {
      const { plan } = await api.query(readmeQuery("Which instruments put each pillar of Altman's plan into practice"));
      const links = readLinks().filter((l) => l.type === "IMPLEMENTS" || l.type === "WORKS_AGAINST");
      for (const pillar of plan.pillars) {
        const expected = links.filter((l) => l.to === pillarIdOf(pillar.name));
        expect(pillar.instruments.length).toBe(expected.length);
        for (const link of pillar.instruments) {
          expect(link.policy.issuers.length).toBeGreaterThan(0);
          expect(link.sources.length > 0 || (link.reason ?? "").length > 0).toBe(true);
        }
      }
      const diplomacy = plan.pillars.find((p: any) => p.name === "Commercial diplomacy");
      expect(diplomacy.instruments.length).toBeGreaterThan(0);
    });

    it("finds the entity-listed actors that dealt with American companies while they were listed, within the listing", async () => {
      const data = await api.query(readmeQuery("Which actors were on a US entity list"));
      const found: { listed: string; relation: any; from: string; until: string | null }[] = [];
      for (const { node } of data.policies.edges)
        for (const t of node.targets)
          for (const relation of t.relationsWhileTargeted)
            found.push({ listed: t.target.id, relation, from: t.inForceFrom, until: t.inForceUntil });
      expect(found.length).toBeGreaterThan(0);
      for (const { relation, from, until } of found) {
        // Overlap, by the partial-date rule: began by the listing's last day, and ended (if at all) after it began.
        if (until && relation.validFrom) expect(relation.validFrom <= `${until}~`).toBe(true);
        if (from && relation.validTo) expect(from <= `${relation.validTo}~`).toBe(true);
        expect(relation.sources[0].quote.length).toBeGreaterThan(0);
      }
      // Every answer is one the seeds hold: a relation of the listed actor with an American party.
      const countryOf = new Map(seedRows("actors.csv").map((a) => [a.id, a.country]));
      const relations = new Map(seedRows("relations.csv").map((r) => [r.id, r]));
      for (const { listed, relation } of found) {
        const row = relations.get(relation.id)!;
        const other = row.from === listed ? row.to : row.from;
        expect([row.from === listed || row.to === listed, countryOf.get(other!)]).toEqual([true, "US"]);
      }
    });
  });

  describe("in force on a day", () => {
    it("drops every revoked or ended instrument from inForceOn after its end, and keeps it on its last day", async () => {
      const ended = seedRows("policies.csv").filter((p) => p.ended && /^\d{4}-\d{2}-\d{2}$/.test(p.ended));
      expect(ended.length).toBeGreaterThan(3);
      for (const p of ended) {
        const dayAfter = new Date(Date.parse(`${p.ended}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        const query = `query ($day: Date!, $text: String!) { policies(filter: { inForceOn: $day, text: $text }, first: 50) { edges { node { id } } } }`;
        const on = await api.query(query, { day: p.ended, text: p.name });
        const after = await api.query(query, { day: dayAfter, text: p.name });
        const start = p.in_force || p.announced;
        if (start! <= p.ended!)
          expect([p.id, ids(on.policies.edges.map((e: any) => e.node))]).toEqual([p.id, expect.arrayContaining([p.id])]);
        expect([p.id, ids(after.policies.edges.map((e: any) => e.node))]).toEqual([p.id, expect.not.arrayContaining([p.id])]);
      }
    });

    it("keeps an actor's targets by the target's own dates: an entity listing applies from the designation", async () => {
      const query = `query ($day: Date) { actor(id: "huawei") { policies(asOf: $day) { policy { id } } } }`;
      const before = await api.query(query, { day: "2019-05-01" });
      const after = await api.query(query, { day: "2019-06-01" });
      const listing = "us-entity-listing-huawei-2019-05";
      expect(before.actor.policies.map((t: any) => t.policy.id)).not.toContain(listing);
      expect(after.actor.policies.map((t: any) => t.policy.id)).toContain(listing);
    });

    it("puts the instruments that target an actor on its timeline, where each began and ended", async () => {
      const data =
        await api.query(`{ timeline(actor: "united-arab-emirates", from: "2025-01-01", to: "2025-06-30", kind: [POLICY_START, POLICY_END], first: 50) {
        edges { node { kind date ... on PolicyEntry { target { effect policy { id } } } } } } }`);
      const entries = data.timeline.edges.map((e: any) => [e.node.kind, e.node.date, e.node.target.policy.id]);
      expect(entries).toEqual(
        expect.arrayContaining([
          ["POLICY_START", "2025-01-13", "us-ai-diffusion-rule-2025-01"],
          ["POLICY_END", "2025-05-13", "us-ai-diffusion-rule-2025-01"],
        ]),
      );
    });
  });

  describe("filters and search", () => {
    it("filters by issuer, target, kind and pillar, with a totalCount that matches the seeds", async () => {
      const data = await api.query(`{ policies(filter: { issuer: "bis", kind: [ENTITY_LISTING] }, first: 100) {
        totalCount edges { node { id kind issuers { id } } } } }`);
      const links = readLinks();
      const kindOf = new Map(seedRows("policies.csv").map((p) => [p.id, p.kind]));
      const expected = links
        .filter((l) => l.type === "ISSUED" && l.from === "bis" && kindOf.get(l.to) === "entity_listing")
        .map((l) => l.to);
      expect(data.policies.totalCount).toBe(expected.length);
      expect(ids(data.policies.edges.map((e: any) => e.node)).sort()).toEqual([...expected].sort());
      const targeted = await api.query(`{ policies(filter: { target: "asml" }, first: 50) { totalCount } }`);
      expect(targeted.policies.totalCount).toBe(links.filter((l) => l.type === "TARGETS" && l.to === "asml").length);
    });

    it("finds instruments by alias and official number, and names the field of a bad filter", async () => {
      const eo = await api.query(`{ policies(filter: { text: "EO 14110" }, first: 1) { edges { node { id } } } }`);
      expect(ids(eo.policies.edges.map((e: any) => e.node))).toEqual(["us-eo-14110-safe-secure-trustworthy-ai-2023"]);
      const french = await api.query(readmeQuery("Instruments are found by name and alias in any language"));
      expect(french.policies.edges[0].node.id).toBe("us-ai-diffusion-rule-2025-01");
      const [unknown] = await api.errors(`{ policies(filter: { issuer: "no-such-agency" }) { totalCount } }`);
      expect(unknown!.extensions).toMatchObject({ code: "NOT_FOUND", field: "filter.issuer" });
      const [badDay] = await api.errors(`{ policies(filter: { inForceOn: "2025-13-01" }) { totalCount } }`);
      expect(badDay!.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
      const [missing] = await api.errors(`{ policy(id: "no-such-rule") { id } }`);
      expect(missing!.extensions).toMatchObject({ code: "NOT_FOUND", field: "id" });
    });
  });

  describe("the migration of REGULATES", () => {
    it("keeps every source and quote of the REGULATES relations it replaced, on the link or event of the same id", async () => {
      // The relations as they were before the migration, with every citation they had (a fixture of the old rows).
      const before = parse(readFileSync(join(__dirname, "../fixtures/regulates-before-migration.csv"), "utf8"), { columns: true }) as {
        id: string;
        source: string;
        quote: string;
      }[];
      expect(new Set(before.map((r) => r.id)).size).toBe(68);
      // Every old citation, looked up in the graph by the old id.
      const rows = await api.app.executor.run<{ fact: string; source: string; quote: string; factKind: string }>(
        "READ",
        {
          name: "test/citations-of-ids",
          text: `UNWIND $ids AS id MATCH (c:Citation {fact: id})-[:CITES]->(s:Source) RETURN c.fact AS fact, s.id AS source, c.quote AS quote, c.factKind AS factKind`,
        },
        { ids: before.map((r) => r.id) },
      );
      // A quote may have been joined with another passage of the same page (" […] "); it must still be there whole.
      const quoteNow = new Map(rows.map((r) => [`${r.fact}\u0000${r.source}`, r.quote]));
      const lost = before.filter((r) => !(quoteNow.get(`${r.id}\u0000${r.source}`) ?? "").includes(r.quote));
      expect(lost).toEqual([]);
      expect(new Set(rows.map((r) => r.factKind))).toEqual(new Set(["policyLink", "event", "relation"]));
    });

    it("leaves REGULATES only for standing supervision", async () => {
      const [row] = await api.app.executor.run<{ ids: string[] }>("READ", {
        name: "test/regulates",
        text: "MATCH ()-[r:REGULATES]->() RETURN collect(r.id) AS ids",
      });
      expect(row!.ids).toEqual(["korea-financial-services-commission-regulates-korea-national-growth-fund"]);
    });
  });
});

/** policy_links.csv of the curated seeds. */
function readLinks(): Record<string, string>[] {
  return seedRows("policy_links.csv");
}

/** The pillar id a pillar's name stands for in the curated plan. */
function pillarIdOf(name: string): string {
  return seedRows("pillars.csv").find((p) => p.name === name)!.id!;
}
