import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { searchKey } from "../../src/actor/lucene-query";
import { model, productKinds, relationTypes } from "../../src/model/model";
import { parseCsv } from "../../src/seed/csv";
import { projectRoot } from "../../src/project-root";
import { planSeed, type SeedPlan } from "../../src/seed/seed-plan";

/** The curated seeds/ folder, validated exactly as `npm run seed` validates it (no database needed). */
let plan: SeedPlan;

beforeAll(async () => {
  plan = await planSeed([join(projectRoot, "seeds")]);
});

const ids = (kind: keyof SeedPlan) => new Set(plan[kind].map((r) => r.id));

/** A file of seeds/ that the seeder does not read (mirror-domains.csv), as rows keyed by column. */
function readCsv(file: string): Record<string, string>[] {
  const { rows } = parseCsv(readFileSync(join(projectRoot, "seeds", file), "utf8"));
  return rows.map((row) => row.cells);
}

/**
 * Whether two dated roles certainly overlap: each began before the other certainly ended. A partial date spans its
 * whole period ("2025-01" is any day of January), so a start counts from its latest day and an end until its
 * earliest; an open end lasts until now; a role with no start may have begun as late as its end.
 */
function certainlyOverlap(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const earliestEnd = (r: Record<string, unknown>) => (r.validTo as string | null) ?? "9999";
  const latestStart = (r: Record<string, unknown>) => `${(r.validFrom as string | null) ?? earliestEnd(r)}~`;
  return latestStart(a) < earliestEnd(b) && latestStart(b) < earliestEnd(a);
}

describe("seeds/", () => {
  it("validates, with at least 500 actors (products aside), 1,500 relations and 400 fundings", () => {
    expect(plan.actor.filter((a) => !productKinds.includes(String(a.props.kind))).length).toBeGreaterThanOrEqual(500);
    expect(plan.relation.length).toBeGreaterThanOrEqual(1500);
    expect(plan.relation.filter((r) => r.type === "FUNDS").length).toBeGreaterThanOrEqual(400);
  });

  it("gives every amount its kind and currency, on relations and rounds", () => {
    const unqualified = [...plan.relation, ...plan.round]
      .filter((r) => r.props.amount !== null && (r.props.amountKind === null || r.props.currency === null))
      .map((r) => r.id);
    expect(unqualified).toEqual([]);
  });

  it("gives every source its publication date, but for the few listed in undated-sources.csv with what was tried", () => {
    const excused = new Map(readCsv("undated-sources.csv").map((row) => [row.source, row.why]));
    const undated = plan.source.filter((s) => s.props.published === null).map((s) => s.id);
    expect(undated.filter((id) => !excused.has(id))).toEqual([]);
    // The list holds only sources that exist and are still undated, each with a reason.
    expect([...excused].filter(([id, why]) => !undated.includes(id) || !why)).toEqual([]);
    expect(undated.length).toBeLessThanOrEqual(plan.source.length * 0.03);
  });

  it("cites a mirror, scraper or aggregator as a source's only URL for at most 10 % of sources", () => {
    // The list also names syndications (licensed copies) and rewrites (another outlet retelling a story), so that
    // curators see them; the limit is on pages whose only address is a mirror, a scraper, a redirect or a tag page.
    const mirrors = new Set(
      readCsv("mirror-domains.csv")
        .filter((row) => ["mirror", "scraper", "redirect", "tag_page"].includes(row.kind!))
        .map((row) => row.domain),
    );
    expect(mirrors.size).toBeGreaterThan(0);
    const isMirror = (url: unknown) => {
      const host = /^https?:\/\/([^/]+)/.exec(String(url))?.[1]?.replace(/^www\./, "");
      return host !== undefined && [...mirrors].some((domain) => host === domain || host.endsWith(`.${domain}`));
    };
    const mirrorOnly = plan.source.filter((s) => isMirror(s.props.url)).map((s) => s.id);
    expect({ share: mirrorOnly.length / plan.source.length, over: mirrorOnly.length > plan.source.length / 10 }).toMatchObject({
      over: false,
    });
  });

  it("lets no two holders of a one-holder position (chief executive, chair, minister…) overlap, unless a row says why it is shared", () => {
    const holders = plan.relation.filter((r) => r.props.position !== null);
    expect(holders.length).toBeGreaterThanOrEqual(200);
    const overlaps: string[] = [];
    /** Per actor and position, the holders whose role has not ended, each with one of their rows. */
    const stillOpen = new Map<string, Map<string, string>>();
    for (const a of holders) {
      if (a.props.validTo === null && a.props.sharedPosition === null) {
        const key = `${a.to} ${String(a.props.position)}`;
        stillOpen.set(key, (stillOpen.get(key) ?? new Map()).set(a.from, a.id));
      }
      for (const b of holders) {
        if (a.id >= b.id || a.to !== b.to || a.props.position !== b.props.position || a.from === b.from) continue;
        if (a.props.sharedPosition !== null || b.props.sharedPosition !== null) continue;
        if (certainlyOverlap(a.props, b.props)) overlaps.push(`${a.id} ~ ${b.id}`);
      }
    }
    expect(overlaps).toEqual([]);
    // A role with no start may have begun any time before its end, so the check above cannot see it; but of the
    // holders whose role has not ended, one at most can hold the position now.
    expect(
      [...stillOpen].filter(([, byHolder]) => byHolder.size > 1).map(([key, byHolder]) => `${key}: ${[...byHolder.values()].join(", ")}`),
    ).toEqual([]);
  });

  it("has no two actors sharing a name or alias once legal forms and spelling are folded, unless the model says why", () => {
    const shared = new Set(model.sharedNames.map((s) => s.key));
    const owners = new Map<string, Set<string>>();
    for (const a of plan.actor) {
      for (const name of [a.props.name, ...(a.props.aliases as string[])]) {
        const key = searchKey(String(name));
        owners.set(key, new Set([...(owners.get(key) ?? []), a.id]));
      }
    }
    const duplicates = [...owners]
      .filter(([key, ids]) => ids.size > 1 && !shared.has(key))
      .map(([key, ids]) => `${key}: ${[...ids].join(", ")}`);
    expect(duplicates).toEqual([]);
    // Each exception names exactly the actors that share the key, so a stale one shows.
    for (const s of model.sharedNames)
      expect({ key: s.key, actors: [...(owners.get(s.key) ?? [])].sort() }).toEqual({ key: s.key, actors: [...s.actors].sort() });
  });

  it("gives every relation, statement, event, plan and pillar a citation with a source URL and a quote", () => {
    const sources = new Map(plan.source.map((s) => [s.id, s.props]));
    const cited = new Set(
      plan.citation
        .filter((c) => String(c.props.quote).trim() !== "" && sources.get(String(c.source))?.url)
        .map((c) => `${String(c.props.factKind)}:${String(c.props.fact)}`),
    );
    const uncited = (["relation", "statement", "event", "plan", "pillar"] as const).flatMap((kind) =>
      plan[kind].filter((r) => !cited.has(`${kind}:${r.id}`)).map((r) => `${kind}:${r.id}`),
    );
    expect(uncited).toEqual([]);
  });

  it("holds Altman's plan with its four pillars, each proposed by Altman", () => {
    const pillars = plan.pillar
      .filter((p) => p.plan === "altman-democratic-ai-plan")
      .sort((a, b) => Number(a.props.position) - Number(b.props.position));
    expect(pillars.map((p) => p.id)).toEqual([
      "pillar-security",
      "pillar-infrastructure",
      "pillar-commercial-diplomacy",
      "pillar-global-governance",
    ]);
    for (const pillar of pillars) {
      expect(plan.statement.some((s) => s.actor === "sam-altman" && s.about === pillar.id && s.props.stance === "proposes")).toBe(true);
    }
    expect(plan.statement.some((s) => s.actor === "anonymous-critics" && s.props.stance === "opposes")).toBe(true);
  });

  it("holds the article's actors, claims and events", () => {
    const actors = ids("actor");
    for (const id of [
      "sam-altman",
      "openai",
      "united-states",
      "authoritarian-governments",
      "russia",
      "vladimir-putin",
      "china",
      "paul-nakasone",
      "tsmc",
      "nvidia",
      "meta",
      "scarlett-johansson",
      "elon-musk",
      "ilya-sutskever",
      "jan-leike",
      "openai-superalignment",
      "icann",
      "saudi-arabia",
    ]) {
      expect({ id, present: actors.has(id) }).toEqual({ id, present: true });
    }
    const events = ids("event");
    for (const id of [
      "altman-fired-2023-11-17",
      "altman-reinstated-2023-11-21",
      "gpt-4o-launch-2024-05-13",
      "sky-voice-paused-2024-05-20",
      "superalignment-team-dissolved-2024-05-17",
      "china-new-generation-ai-plan-2017",
    ]) {
      expect({ id, present: events.has(id) }).toEqual({ id, present: true });
    }
    const has = (type: string, from: string, to: string) => plan.relation.some((r) => r.type === type && r.from === from && r.to === to);
    expect(has("BOARD_MEMBER_OF", "paul-nakasone", "openai")).toBe(true);
    expect(has("FOUNDED", "elon-musk", "openai")).toBe(true);
    expect(has("FOUNDED", "sam-altman", "openai")).toBe(true);
    expect(has("FOUNDED", "ilya-sutskever", "openai")).toBe(true);
    expect(has("SUED", "elon-musk", "openai")).toBe(true);
    expect(has("NEGOTIATES_WITH", "sam-altman", "tsmc")).toBe(true);
    expect(plan.statement.some((s) => s.actor === "vladimir-putin" && s.props.stance === "claims")).toBe(true);
  });

  it("gives each state of the regimes file a class of the one index", () => {
    const states = plan.actor.filter((a) => a.props.regime !== null);
    expect(states.length).toBeGreaterThanOrEqual(10);
    expect(new Set(states.map((s) => s.props.regimeIndex))).toEqual(new Set([model.regimeIndex.name]));
  });
});

describe("schema/model.json", () => {
  it("names examples that exist in seeds/ with the kind or type they illustrate", () => {
    const actorKind = new Map(plan.actor.map((a) => [a.id, a.props.kind]));
    const relationType = new Map(plan.relation.map((r) => [r.id, r.type]));
    const wrong = [
      ...Object.entries(model.actorKinds)
        .filter(([kind, e]) => actorKind.get(e.example) !== kind)
        .map(([kind, e]) => `${kind}: ${e.example}`),
      ...Object.entries(model.relationTypes)
        .filter(([type, e]) => relationType.get(e.example) !== type)
        .map(([type, e]) => `${type}: ${e.example}`),
    ];
    if (!plan.policy.some((p) => p.id === model.recordKinds.Policy!.example)) wrong.push(`Policy: ${model.recordKinds.Policy!.example}`);
    const linkExample = model.recordKinds.PolicyLink!.example;
    if (!plan.policy.some((p) => p.links.some((l) => l.id === linkExample))) wrong.push(`PolicyLink: ${linkExample}`);
    expect(wrong).toEqual([]);
  });

  it("has an id index for every relation type in the migrations", () => {
    const folder = join(projectRoot, "cypher", "migrations");
    const migrations = readdirSync(folder)
      .map((file) => readFileSync(join(folder, file), "utf8"))
      .join("\n");
    expect(relationTypes.filter((type) => !migrations.includes(`()-[r:${type}]-()`))).toEqual([]);
  });
});
