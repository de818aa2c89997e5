import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { contradictionRules } from "../../src/contradiction/contradiction-rules";
import { readReadmeExamples } from "../../src/playground/readme-examples";
import { projectRoot } from "../../src/project-root";
import { describeWithSeeds } from "../support/processes";
import { startQueryApp, type QueryApp } from "../support/query-app";

let api: QueryApp;

beforeAll(async () => {
  api = await startQueryApp();
});

afterAll(() => api.app.stop());

type Row = Record<string, string>;

/** A seed file of the curated graph as rows, read with the same parser the seeder uses. */
function seedRows(file: string): Row[] {
  return parse(readFileSync(join(projectRoot, "seeds", file), "utf8"), { columns: true }) as Row[];
}

/** The seeds the expectations are derived from, read once. */
const seeds = (() => {
  const actors = new Map(seedRows("actors.csv").map((a) => [a.id!, a]));
  const regimes = new Map(seedRows("regimes.csv").map((r) => [r.state!, r.regime!]));
  return {
    actors,
    regimes,
    relations: seedRows("relations.csv"),
    statements: seedRows("statements.csv"),
    links: seedRows("policy_links.csv"),
    policies: new Map(seedRows("policies.csv").map((p) => [p.id!, p])),
    pillars: new Map(seedRows("pillars.csv").map((p) => [p.id!, p])),
  };
})();

const params = (id: string) => contradictionRules.find((r) => r.id === id)!.parameters as Record<string, any>;
const kindOf = (id: string) => seeds.actors.get(id)?.kind;

/** Whether a LEADS relation held on a statement's (partial) day, as the rules read it. */
const heldOn = (r: Row, day: string) => (!r.valid_from || r.valid_from <= `${day}~`) && (!r.valid_to || day <= `${r.valid_to}~`);

/** The organisations a statement speaks for besides its speaker: those it led as chief executive that day. */
function speaksFor(statement: Row): string[] {
  if (!statement.date) return [];
  return seeds.relations
    .filter((r) => r.type === "LEADS" && r.from === statement.actor && r.position === "chief_executive" && heldOn(r, statement.date!))
    .map((r) => r.to!);
}

/** One control step up from an actor, by the rule of cypher/funding/ultimate-controllers.cypher. */
function controlStepsUp(id: string): { relation: Row; upper: string }[] {
  return seeds.relations.flatMap((r) => {
    if (r.type === "CONTROLS" && r.to === id) return [{ relation: r, upper: r.from! }];
    if (r.type === "OWNS" && r.to === id) {
      const stake = r.stake ? Number(r.stake) : null;
      const counts = stake !== null ? stake >= 0.5 : ["state", "government_body"].includes(kindOf(r.from!) ?? "");
      return counts ? [{ relation: r, upper: r.from! }] : [];
    }
    if (r.type === "MEMBER_OF" && r.from === id && kindOf(id) === "government_body" && kindOf(r.to!) === "state")
      return [{ relation: r, upper: r.to! }];
    return [];
  });
}

/** The authoritarian states at or above an actor, at most `hops` control steps up. */
function authoritarianAbove(id: string, hops: number): Set<string> {
  const found = new Set<string>();
  let frontier = [id];
  const seen = new Set(frontier);
  for (let depth = 0; depth <= hops; depth++) {
    for (const a of frontier) if (kindOf(a) === "state" && seeds.regimes.get(a) === "authoritarian") found.add(a);
    frontier = frontier.flatMap((a) => controlStepsUp(a).map((s) => s.upper)).filter((a) => !seen.has(a) && seen.add(a));
  }
  return found;
}

interface Fact {
  kind: string;
  id: string;
  starts: string | null;
  ends: string | null;
  confidence: string;
  statement: { date: string | null; confidence: string } | null;
  relation: { validFrom: string | null; validTo: string | null; confidence: string } | null;
  policyTarget: { inForceFrom: string | null; inForceUntil: string | null; confidence: string } | null;
  sources: { quote: string; source: { url: string } }[];
}

interface Finding {
  id: string;
  rule: { id: string };
  actor: { id: string };
  counterpart: { id: string } | null;
  basis: string;
  overlap: string;
  confidence: string;
  position: Fact;
  tie: Fact;
  via: Fact[];
}

const FACT = `kind id starts ends confidence statement { date confidence } relation { validFrom validTo confidence }
  policyTarget { inForceFrom inForceUntil confidence } sources { quote source { url } }`;

const CONTRADICTIONS = `query ($actor: ID, $rule: [ContradictionRuleId!], $asOf: Date, $first: Int, $after: String) {
  contradictions(actor: $actor, rule: $rule, asOf: $asOf, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id rule { id } actor { id } counterpart { id } basis overlap confidence
      position { ${FACT} } tie { ${FACT} } via { ${FACT} } } } } }`;

const enumOf = (ruleId: string) => ruleId.toUpperCase().replaceAll("-", "_");

/** Every finding of the rules, page after page. */
async function findings(args: { actor?: string; rule?: string[]; asOf?: string } = {}): Promise<Finding[]> {
  const all: Finding[] = [];
  let after: string | null = null;
  for (;;) {
    const data: any = await api.query(CONTRADICTIONS, { ...args, rule: args.rule?.map(enumOf), first: 100, after });
    all.push(...data.contradictions.edges.map((e: any) => e.node));
    if (!data.contradictions.pageInfo.hasNextPage) return all;
    after = data.contradictions.pageInfo.endCursor;
  }
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

describeWithSeeds("Contradictions", () => {
  describe("rule democratic-ai-authoritarian-ties", () => {
    const RULE = "democratic-ai-authoritarian-ties";

    it("finds OpenAI and Sam Altman with the Gulf ties of the article: MGX's money up to the UAE, the PIF talks up to Saudi Arabia", async () => {
      const found = await findings({ rule: [RULE] });
      const byActor = (id: string) => found.filter((f) => f.actor.id === id);
      const openai = byActor("openai");
      const mgx = openai.find((f) => f.tie.id === "mgx-funds-openai-2024-10")!;
      expect(mgx).toMatchObject({ basis: "MONEY", counterpart: { id: "united-arab-emirates" }, overlap: "YES", confidence: "CONFIRMED" });
      expect(mgx.position.id).toBe("altman-proposes-democratic-ai-plan");
      // Altman's statement is OpenAI's through his LEADS as chief executive that day; then MGX's chain up to the UAE.
      expect(mgx.via[0]!.id).toBe("altman-ceo-openai-from-2023-11-21");
      expect(mgx.via.slice(1).map((v) => v.id)).toEqual(expect.arrayContaining(["abu-dhabi-member-of-united-arab-emirates"]));
      expect(openai.find((f) => f.tie.id === "openai-negotiates-with-pif-2025-06")).toMatchObject({
        basis: "TALKS",
        counterpart: { id: "saudi-arabia" },
        confidence: "REPORTED",
      });
      const altman = byActor("sam-altman");
      expect(altman.find((f) => f.tie.id === "sam-altman-negotiates-with-pif-tigris-2023")).toMatchObject({
        counterpart: { id: "saudi-arabia" },
        via: [expect.objectContaining({ id: "saudi-arabia-controls-pif" })],
      });
      expect(altman.find((f) => f.tie.id === "altman-negotiates-uae-2024-02")).toMatchObject({
        counterpart: { id: "united-arab-emirates" },
        via: [],
      });
      for (const finding of [...openai, ...altman]) {
        expect(finding.position.statement).not.toBeNull();
        expect(finding.tie.relation).not.toBeNull();
        for (const side of [finding.position, finding.tie, ...finding.via]) {
          expect(side.sources.length).toBeGreaterThan(0);
          for (const citation of side.sources) expect(citation.quote.length).toBeGreaterThan(0);
        }
      }
    });

    it("returns exactly the money and talks the seeds give the plan's backers with states classed as authoritarian", async () => {
      const p = params(RULE);
      const backers = new Set<string>();
      for (const st of seeds.statements) {
        const subject = st.about!;
        const aboutPlan = subject === p.plan || seeds.pillars.get(subject)?.plan === p.plan;
        if (!aboutPlan || !p.backingStances.includes(st.stance)) continue;
        backers.add(st.actor!);
        for (const org of speaksFor(st)) backers.add(org);
      }
      const expected: string[] = [];
      for (const r of seeds.relations) {
        const ties: [string, string][] = [];
        if (p.moneyTypes.includes(r.type) && backers.has(r.to!)) ties.push([r.to!, r.from!]);
        if (p.talkTypes.includes(r.type)) {
          if (backers.has(r.from!)) ties.push([r.from!, r.to!]);
          if (backers.has(r.to!)) ties.push([r.to!, r.from!]);
        }
        for (const [backer, party] of ties) for (const state of authoritarianAbove(party, 6)) expected.push(`${backer} ${r.id} ${state}`);
      }
      const found = await findings({ rule: [RULE] });
      const actual = found.filter((f) => f.basis !== "CONTROL").map((f) => `${f.actor.id} ${f.tie.id} ${f.counterpart!.id}`);
      expect(sorted(actual)).toEqual(sorted(expected));
      expect(expected.length).toBeGreaterThan(5);
      const controlled = [...backers].flatMap((b) =>
        controlStepsUp(b).flatMap((s) => [...authoritarianAbove(s.upper, 5)].map((state) => `${b} ${state}`)),
      );
      expect(sorted(found.filter((f) => f.basis === "CONTROL").map((f) => `${f.actor.id} ${f.counterpart!.id}`))).toEqual(
        sorted(controlled),
      );
    });

    it("keeps only what held on asOf: nothing before the op-ed, MGX's money only once it was paid", async () => {
      expect(await findings({ rule: [RULE], asOf: "2024-07-24" })).toEqual([]);
      const august = await findings({ rule: [RULE], actor: "openai", asOf: "2024-08-01" });
      expect(august.map((f) => f.tie.id)).not.toContain("mgx-funds-openai-2024-10");
      const january = await findings({ rule: [RULE], actor: "openai", asOf: "2025-01-01" });
      expect(january.map((f) => f.tie.id)).toContain("mgx-funds-openai-2024-10");
      for (const f of january) {
        expect(f.position.starts! <= "2025-01-01").toBe(true);
        expect(f.tie.starts === null || f.tie.starts <= "2025-01-01").toBe(true);
      }
    });
  });

  describe("rule criticizes-while-funding", () => {
    const RULE = "criticizes-while-funding";

    it("pairs each criticism with the money between critic and criticized, as the seeds hold them", async () => {
      const p = params(RULE);
      const criticisms = [
        ...seeds.statements
          .filter((s) => p.criticalStances.includes(s.stance) && seeds.actors.has(s.about!))
          .map((s) => [s.id!, s.actor!, s.about!]),
        ...seeds.relations.filter((r) => p.criticismTypes.includes(r.type)).map((r) => [r.id!, r.from!, r.to!]),
      ];
      const expected = criticisms.flatMap(([id, critic, target]) =>
        seeds.relations
          .filter(
            (m) =>
              p.moneyTypes.includes(m.type) &&
              critic !== target &&
              ((m.from === critic && m.to === target) || (m.from === target && m.to === critic)),
          )
          .map((m) => `${critic} ${id} ${m.id} ${target} ${m.from === critic ? "FUNDS_IT" : "FUNDED_BY_IT"}`),
      );
      const found = await findings({ rule: [RULE] });
      expect(sorted(found.map((f) => `${f.actor.id} ${f.position.id} ${f.tie.id} ${f.counterpart!.id} ${f.basis}`))).toEqual(
        sorted(expected),
      );
      expect(found.length).toBeGreaterThan(0);
      // Musk's lawsuit criticism (alleged) while his 2015 funding of OpenAI still stands.
      expect(found.find((f) => f.position.id === "musk-criticizes-openai-lawsuit-2024-02")).toMatchObject({
        tie: { id: "elon-musk-funds-openai-2015" },
        overlap: "YES",
        confidence: "ALLEGED",
      });
    });
  });

  describe("rule security-backer-deals-with-target", () => {
    const RULE = "security-backer-deals-with-target";

    it("pairs the backers of the rules with their deals with the foreign parties the rules restrict, as the seeds hold them", async () => {
      const p = params(RULE);
      const implementsOf = (policy: string) => seeds.links.filter((l) => l.type === "IMPLEMENTS" && l.from === policy).map((l) => l.to!);
      const expected: string[] = [];
      for (const tg of seeds.links.filter((l) => l.type === "TARGETS" && p.restrictingEffects.includes(l.effect))) {
        const policy = seeds.policies.get(tg.from!)!;
        if (!p.policyKinds.includes(policy.kind)) continue;
        const home = policy.jurisdiction ? seeds.actors.get(policy.jurisdiction)?.country : "";
        const country = seeds.actors.get(tg.to!)!.country;
        if (country && home && country === home) continue;
        const pillars = implementsOf(policy.id!);
        const plans = pillars.map((id) => seeds.pillars.get(id)!.plan!);
        const backers = new Set(seeds.links.filter((l) => l.type === "ISSUED" && l.to === policy.id).map((l) => l.from!));
        for (const st of seeds.statements) {
          if (!p.backingStances.includes(st.stance) || !(pillars.includes(st.about!) || plans.includes(st.about!))) continue;
          backers.add(st.actor!);
          for (const org of speaksFor(st)) backers.add(org);
        }
        for (const backer of backers)
          for (const t of seeds.relations) {
            if (backer === tg.to) continue;
            const deal = p.dealTypes.includes(t.type) && ((t.from === backer && t.to === tg.to) || (t.to === backer && t.from === tg.to));
            const supply = p.supplyTypes.includes(t.type) && t.from === backer && t.to === tg.to;
            if (deal || supply) expected.push(`${backer} ${tg.id} ${t.id}`);
          }
      }
      const found = await findings({ rule: [RULE] });
      const targetingOf = (f: Finding) =>
        f.position.kind === "POLICY_TARGET" ? f.position.id : f.via.find((v) => v.kind === "POLICY_TARGET")!.id;
      expect(sorted(found.map((f) => `${f.actor.id} ${targetingOf(f)} ${f.tie.id}`))).toEqual(sorted(expected));
      expect(found.length).toBeGreaterThan(0);
      for (const f of found) expect(f.counterpart).not.toBeNull();
    });
  });

  describe("rule safety-commitment-contrary", () => {
    const RULE = "safety-commitment-contrary";

    it("pairs each signatory of a safety commitment with the criticism of it on safety, as the seeds hold them", async () => {
      const p = params(RULE);
      const expected = seeds.links
        .filter(
          (l) =>
            l.type === "TARGETS" && p.commitmentEffects.includes(l.effect) && p.commitmentKinds.includes(seeds.policies.get(l.from!)!.kind),
        )
        .flatMap((tg) =>
          seeds.statements
            .filter(
              (s) =>
                s.about === tg.to &&
                s.actor !== tg.to &&
                p.criticalStances.includes(s.stance) &&
                p.topicWords.some((w: string) => s.quote!.toLowerCase().includes(w)),
            )
            .map((s) => `${tg.to} ${tg.id} ${s.id}`),
        );
      const found = await findings({ rule: [RULE] });
      expect(sorted(found.map((f) => `${f.actor.id} ${f.position.id} ${f.tie.id}`))).toEqual(sorted(expected));
      expect(found.find((f) => f.actor.id === "google-deepmind")).toMatchObject({
        position: { kind: "POLICY_TARGET", id: "frontier-ai-safety-commitments-2024-targets-google-deepmind" },
        tie: { kind: "STATEMENT", id: "uk-lawmakers-criticize-google-deepmind-2025-08" },
        overlap: "YES",
      });
    });
  });

  describe("rule conflicting-roles", () => {
    const RULE = "conflicting-roles";

    it("pairs each seat with the same person's role at the seat's funder, regulator or competitor, as the seeds hold them", async () => {
      const p = params(RULE);
      const makes = (org: string) =>
        new Set(seeds.relations.filter((r) => p.makesTypes.includes(r.type) && r.from === org).map((r) => kindOf(r.to!)));
      const issued = (org: string) => new Set(seeds.links.filter((l) => l.type === "ISSUED" && l.from === org).map((l) => l.to!));
      const expected: string[] = [];
      const persons = seeds.relations.filter((r) => kindOf(r.from!) === p.personKind);
      for (const a of persons.filter((r) => p.seatTypes.includes(r.type)))
        for (const b of persons.filter((r) => r.from === a.from && p.roleTypes.includes(r.type) && r.to !== a.to)) {
          const [org, other] = [a.to!, b.to!];
          if (seeds.relations.some((m) => p.moneyTypes.includes(m.type) && m.from === other && m.to === org))
            expected.push(`${a.id} ${b.id} FUNDER`);
          const regulates = seeds.relations.some((g) => p.regulationTypes.includes(g.type) && g.from === other && g.to === org);
          const targets = seeds.links.some(
            (l) => l.type === "TARGETS" && l.to === org && p.regulatingEffects.includes(l.effect) && issued(other).has(l.from!),
          );
          if (regulates || targets) expected.push(`${a.id} ${b.id} REGULATOR`);
          const bothMake = [...makes(org)].some((k) => makes(other).has(k));
          const companies = p.competitorKinds.includes(kindOf(org)) && p.competitorKinds.includes(kindOf(other));
          if (bothMake && companies && (!p.seatTypes.includes(b.type) || org < other)) expected.push(`${a.id} ${b.id} COMPETITOR`);
        }
      const found = await findings({ rule: [RULE] });
      expect(sorted(found.map((f) => `${f.position.id} ${f.tie.id} ${f.basis}`))).toEqual(sorted(expected));
      expect(found.find((f) => f.basis === "COMPETITOR" && f.actor.id === "elon-musk")).toMatchObject({
        position: { id: "musk-openai-board-2015-2018" },
        tie: { id: "elon-musk-board-member-of-xai" },
        overlap: "NO",
      });
      for (const f of found) expect(f.via.length).toBeGreaterThan(0);
    });
  });

  describe("every finding", () => {
    const weakness = ["CONFIRMED", "REPORTED", "ALLEGED"];
    const datesOf = (fact: Fact) =>
      fact.statement
        ? [fact.statement.date, null, fact.statement.confidence]
        : fact.relation
          ? [fact.relation.validFrom, fact.relation.validTo, fact.relation.confidence]
          : [fact.policyTarget!.inForceFrom, fact.policyTarget!.inForceUntil, fact.policyTarget!.confidence];

    it("carries each side's own dates, confidence and quoted sources, the lower confidence of the two, and the overlap of their spans", async () => {
      const found = await findings();
      expect(new Set(found.map((f) => f.rule.id))).toEqual(new Set(contradictionRules.map((r) => r.id)));
      const overlaps = new Set<string>();
      for (const f of found) {
        for (const side of [f.position, f.tie, ...f.via]) {
          expect([side.starts, side.ends, side.confidence]).toEqual(datesOf(side));
          expect([side.id, side.sources.length > 0 && side.sources.every((c) => c.quote.length > 0)]).toEqual([side.id, true]);
        }
        const lower = Math.max(weakness.indexOf(f.position.confidence), weakness.indexOf(f.tie.confidence));
        expect(f.confidence).toBe(weakness[lower]);
        const [a, b] = [f.position, f.tie];
        const disjoint = (x: Fact, y: Fact) => x.ends !== null && y.starts !== null && `${x.ends}~` < y.starts;
        const expected = disjoint(a, b) || disjoint(b, a) ? "NO" : a.starts === null || b.starts === null ? "UNKNOWN" : "YES";
        expect([f.id, f.overlap]).toEqual([f.id, expected]);
        overlaps.add(f.overlap);
      }
      expect([...overlaps].sort()).toEqual(["NO", "UNKNOWN", "YES"]);
    });

    it("pages in a stable order: pages of 7 put together give the whole list", async () => {
      const all = await findings();
      const paged: string[] = [];
      let after: string | null = null;
      for (;;) {
        const data: any = await api.query(CONTRADICTIONS, { first: 7, after });
        expect(data.contradictions.totalCount).toBe(all.length);
        paged.push(...data.contradictions.edges.map((e: any) => e.node.id));
        if (!data.contradictions.pageInfo.hasNextPage) break;
        after = data.contradictions.pageInfo.endCursor;
      }
      expect(paged).toEqual(all.map((f) => f.id));
      expect(new Set(paged).size).toBe(paged.length);
    });

    it("keeps the findings about the actor asked, and only those", async () => {
      const all = await findings();
      const altman = await findings({ actor: "sam-altman" });
      expect(altman.map((f) => f.id)).toEqual(all.filter((f) => f.actor.id === "sam-altman").map((f) => f.id));
      expect(altman.length).toBeGreaterThan(0);
    });
  });

  describe("arguments", () => {
    it("answers BAD_USER_INPUT naming the argument for a bad page size, cursor, day, empty rule list or unknown rule", async () => {
      const cases: [string, string][] = [
        ["{ contradictions(first: 0) { totalCount } }", "first"],
        ["{ contradictions(first: 101) { totalCount } }", "first"],
        ['{ contradictions(after: "nope") { totalCount } }', "after"],
        ["{ contradictions(rule: []) { totalCount } }", "rule"],
      ];
      for (const [query, field] of cases) {
        const [error] = await api.errors(query);
        expect([query, error!.extensions]).toEqual([query, expect.objectContaining({ code: "BAD_USER_INPUT", field })]);
      }
      const [badDay] = await api.errors('{ contradictions(asOf: "2024-13-01") { totalCount } }');
      expect(badDay!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "asOf" });
      const [badRule] = await api.errors(CONTRADICTIONS, { rule: ["NO_SUCH_RULE"] });
      expect(badRule!.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    });

    it("answers NOT_FOUND naming actor for an unknown actor", async () => {
      const [error] = await api.errors('{ contradictions(actor: "no-such-actor") { totalCount } }');
      expect(error!.extensions).toMatchObject({ code: "NOT_FOUND", field: "actor" });
    });
  });

  describe("the README example", () => {
    it("runs, and names OpenAI and Sam Altman with sourced statements and ties", async () => {
      const found = readReadmeExamples().filter((e) => e.title.startsWith("Who backs Altman's plan for democratic AI"));
      expect(found.length).toBe(1);
      const data = await api.query(found[0]!.query);
      const nodes = data.contradictions.edges.map((e: any) => e.node);
      expect(new Set(nodes.map((n: any) => n.actor.name))).toEqual(new Set(["OpenAI", "Sam Altman"]));
      for (const n of nodes) expect(n.position.sources.length * n.tie.sources.length).toBeGreaterThan(0);
    });
  });
});
