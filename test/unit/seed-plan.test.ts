import { validateSeed } from "../../src/seed/seed-checks";
import { planSeed, SeedValidationError } from "../../src/seed/seed-plan";
import { seedFixture } from "../support/seed-fixture";
import { seedFolder } from "../support/test-database";

const p = "u-";

/** The problems planSeed reports for the fixture with these rows added, without the folder's path. */
async function problemsWith(extra: Partial<Record<string, string>>): Promise<string[]> {
  const files = seedFixture(p);
  for (const [file, rows] of Object.entries(extra)) files[file] = (files[file] ?? "") + rows;
  try {
    await planSeed([seedFolder(files)]);
    return [];
  } catch (error) {
    if (!(error instanceof SeedValidationError)) throw error;
    return error.problems.map((line) => line.replace(/^.*?([a-z_]+\.csv)/, "$1"));
  }
}

const roundsHeader = "id,recipient,name,date,date_kind,lead,amount,currency,amount_usd,amount_kind,valuation_usd,confidence,source,quote\n";
const identifiersHeader = "actor,scheme,value,source,quote\n";

describe("planSeed", () => {
  describe("money", () => {
    it("refuses an amount that does not say what it is, and a kind without an amount", async () => {
      expect(
        await problemsWith({
          "relations.csv":
            `${p}r1,FUNDS,${p}fund,${p}lab,2024,,5,USD,5,,,,,,reported,${p}src-a,q\n` +
            `${p}r2,FUNDS,${p}fund,${p}lab,2024,,,,,paid,,,,,reported,${p}src-a,q\n`,
        }),
      ).toEqual([
        expect.stringMatching(/^relations\.csv:5: amount_kind: is required when amount is given/),
        expect.stringMatching(/^relations\.csv:6: amount_kind: is given without an amount/),
      ]);
    });

    it("ties an investor's part to a round of the same recipient only", async () => {
      const files = seedFixture(p);
      files["rounds.csv"] = roundsHeader + `${p}round,${p}fund,Series A,2024,announced,,10,USD,10,paid,,reported,${p}src-a,q\n`;
      // Columns: the fixture's relations.csv header has no funding_round; a second folder layers one that has.
      const layered = seedFolder({
        "relations.csv":
          "id,type,from,to,valid_from,amount,currency,amount_kind,funding_round,confidence,source,quote\n" +
          `${p}part,FUNDS,${p}state,${p}lab,2024,,,,${p}round,reported,${p}src-a,q\n` +
          `${p}missing,FUNDS,${p}state,${p}lab,2024,,,,${p}nowhere,reported,${p}src-a,q\n`,
      });
      let problems: string[] = [];
      try {
        await planSeed([seedFolder(files), layered]);
      } catch (error) {
        problems = (error as SeedValidationError).problems.map((line) => line.replace(/^.*?([a-z_]+\.csv)/, "$1"));
      }
      expect(problems).toEqual([
        expect.stringMatching(new RegExp(`^relations\\.csv:2: funding_round: "${p}round" is a round of ${p}fund, not of ${p}lab`)),
        expect.stringMatching(new RegExp(`^relations\\.csv:3: funding_round: "${p}nowhere" is not an id in rounds\\.csv`)),
      ]);
    });

    it("reads a round as one record, cited like every fact", async () => {
      const files = seedFixture(p);
      files["rounds.csv"] =
        roundsHeader +
        `${p}round,${p}lab,Series A,2024-10-02,announced,${p}fund,1500000000,USD,1500000000,paid,9000000000,reported,${p}src-a,"raised $1.5 billion"\n`;
      const plan = await planSeed([seedFolder(files)]);
      expect(plan.round).toEqual([expect.objectContaining({ id: `${p}round`, recipient: `${p}lab`, lead: `${p}fund` })]);
      expect(plan.round[0]!.props).toMatchObject({ amountKind: "paid", valuationUsd: 9_000_000_000, dateKind: "announced" });
      expect(plan.citation.some((c) => c.props.factKind === "round" && c.props.fact === `${p}round`)).toBe(true);
    });
  });

  describe("positions and products", () => {
    it("allows a position only on LEADS and BOARD_MEMBER_OF", async () => {
      const layered = seedFolder({
        "relations.csv":
          "id,type,from,to,valid_from,position,confidence,source,quote\n" +
          `${p}ok,LEADS,${p}ceo,${p}lab,2019,chief_executive,confirmed,${p}src-a,q\n` +
          `${p}bad,FOUNDED,${p}ceo,${p}lab,2019,chair,confirmed,${p}src-a,q\n`,
      });
      let problems: string[] = [];
      try {
        await planSeed([seedFolder(seedFixture(p)), layered]);
      } catch (error) {
        problems = (error as SeedValidationError).problems.map((line) => line.replace(/^.*?([a-z_]+\.csv)/, "$1"));
      }
      expect(problems).toEqual([expect.stringMatching(/^relations\.csv:3: position: FOUNDED has no position/)]);
    });

    it("lets a company make a chip, and not a chip fund a company", async () => {
      expect(
        await problemsWith({
          "actors.csv": `${p}chip,chip,Chip X,US,A test chip.\n`,
          "relations.csv":
            `${p}makes,MAKES,${p}lab,${p}chip,2024,,,,,,,,,,confirmed,${p}src-a,q\n` +
            `${p}chip-funds,FUNDS,${p}chip,${p}lab,2024,,,,,,,,,,confirmed,${p}src-a,q\n`,
        }),
      ).toEqual([expect.stringMatching(/^relations\.csv:6: from: a chip cannot be the start of FUNDS/)]);
    });
  });

  describe("identifiers", () => {
    it("checks each value against its scheme and puts it in the actor's search keys", async () => {
      expect(await problemsWith({ "identifiers.csv": identifiersHeader + `${p}lab,wikidata,W123,${p}src-a,q\n` })).toEqual([
        expect.stringMatching(/^identifiers\.csv:2: value: "W123" is not a wikidata identifier/),
      ]);
      const files = seedFixture(p);
      files["identifiers.csv"] = identifiersHeader + `${p}lab,ticker,NASDAQ:LABA,${p}src-a,"Lab A (NASDAQ: LABA)"\n`;
      const lab = (await planSeed([seedFolder(files)])).actor.find((a) => a.id === `${p}lab`)!;
      expect(lab.props).toMatchObject({ identifierSchemes: ["ticker"], identifierValues: ["NASDAQ:LABA"] });
      expect(lab.props.searchKeys).toEqual(expect.arrayContaining(["nasdaqlaba", "laba"]));
    });
  });

  describe("citations", () => {
    it("refuses a further citation of the source a fact's own row cites, which would replace that row's quote", async () => {
      expect(await problemsWith({ "citations.csv": `${p}fund-funds-lab,${p}src-a,"Another passage of the same page"\n` })).toEqual([
        expect.stringMatching(new RegExp(`^citations\\.csv:3: source: "${p}fund-funds-lab" already cites "${p}src-a" on its own row`)),
      ]);
    });
  });

  describe("policy instruments", () => {
    it("writes each instrument with its links, aliases and names for search, and cites the instrument and each cited link", async () => {
      const plan = await planSeed([seedFolder(seedFixture(p))]);
      const rule = plan.policy.find((r) => r.id === `${p}chip-rule`)!;
      expect(rule.props).toMatchObject({ kind: "export_rule", inForce: "2024-02-01", ended: "2024-06-30", endKind: "revoked" });
      expect(rule.props.searchText).toContain("règle sur les puces");
      expect(rule.links.map((l) => [l.type, l.from, l.to])).toEqual([
        ["IMPLEMENTS", `${p}chip-rule`, `${p}pillar-one`],
        ["TARGETS", `${p}chip-rule`, `${p}lab`],
        ["ISSUED", `${p}state`, `${p}chip-rule`],
      ]);
      const cited = plan.citation.map((c) => `${String(c.props.factKind)}:${String(c.props.fact)}`);
      expect(cited).toEqual(expect.arrayContaining([`policy:${p}chip-rule`, `policyLink:${p}chip-rule-targets-lab`]));
      // The pillar link gives a reason, not a source: it has no citation.
      expect(cited).not.toContain(`policyLink:${p}chip-rule-implements-one`);
    });

    it("refuses links whose ends are of the wrong kind, a target without its effect, and an uncited link", async () => {
      const files = seedFixture(p);
      files["policy_links.csv"] +=
        `${p}bad-target,TARGETS,${p}chip-rule,${p}pillar-one,restricts,,,,,,confirmed,${p}src-a,q\n` +
        `${p}no-effect,TARGETS,${p}chip-repeal,${p}lab,,,,,,,confirmed,${p}src-a,q\n` +
        `${p}uncited,AMENDS,${p}chip-repeal,${p}chip-rule,,,,,,,,,\n` +
        `${p}bare-pillar,WORKS_AGAINST,${p}chip-repeal,${p}pillar-one,,,,,,,,,\n`;
      let problems: string[] = [];
      try {
        await planSeed([seedFolder(files)]);
      } catch (error) {
        problems = (error as SeedValidationError).problems.map((line) => line.replace(/^.*?([a-z_]+\.csv)/, "$1"));
      }
      expect(problems).toEqual([
        expect.stringMatching(
          new RegExp(`^policy_links\\.csv:7: to: "${p}pillar-one" is not an id in actors\\.csv \\(TARGETS runs to a actor\\)`),
        ),
        expect.stringMatching(/^policy_links\.csv:8: effect: is required on TARGETS/),
        expect.stringMatching(/^policy_links\.csv:9: source: AMENDS needs a source and a quote/),
        expect.stringMatching(/^policy_links\.csv:10: reason: a pillar link needs a source and quote, or a reason/),
      ]);
    });

    it("refuses an instrument without an issuer, an end without its kind, and an id that is an actor's", async () => {
      expect(
        await problemsWith({
          "policies.csv":
            `${p}orphan,law,Orphan law,,,,2024,,,2025,,confirmed,${p}src-a,q\n` + `${p}lab,law,Lab law,,,,2024,,,,,confirmed,${p}src-a,q\n`,
          "policy_links.csv": `${p}state-issued-lab,ISSUED,${p}state,${p}lab,,,,,,,confirmed,${p}src-a,q\n`,
        }),
      ).toEqual([
        "policies.csv:4: end_kind: ended and end_kind go together",
        `policies.csv:5: id: "${p}lab" is also an actor id; a policy's id must differ from every actor's`,
        `policies.csv:4: id: "${p}orphan" has no ISSUED link in policy_links.csv: name who issued it`,
      ]);
    });
  });

  describe("validateSeed", () => {
    it("keeps ids, kinds and counts of a valid seed, and no cell of its rows", async () => {
      const validated = await validateSeed([seedFolder(seedFixture(p))]);
      // What survives the first reading is this object; the rows' names, quotes and URLs are not in it.
      const kept = JSON.stringify(validated, (_key, value: unknown) =>
        value instanceof Map ? [...value] : value instanceof Set ? [...value] : value,
      );
      for (const cell of ["Sovereign Fund", "The fund put in $1.5 billion, people said", "https://example.org/a", "Royaume", "2024-10-02"])
        expect(kept).not.toContain(cell);
      expect(validated.factKind.get(`${p}fund-funds-lab`)).toMatchObject({ kind: "relation" });
      expect(validated.records).toMatchObject({ source: 2, actor: 4, relation: 3 });
      const plan = await planSeed([seedFolder(seedFixture(p))]);
      for (const [kind, count] of Object.entries(validated.records)) expect(plan[kind as keyof typeof plan]).toHaveLength(count);
    });
  });
});
