import { planSeed, SeedValidationError } from "../../src/seed/seed-plan";
import { seedFixture } from "../support/seed-fixture";
import { seedFolder } from "../support/test-database";

const p = "u-";

/** The problems planSeed reports for the fixture with these rows added, without the folder's path. */
function problemsWith(extra: Partial<Record<string, string>>): string[] {
  const files = seedFixture(p);
  for (const [file, rows] of Object.entries(extra)) files[file] = (files[file] ?? "") + rows;
  try {
    planSeed([seedFolder(files)]);
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
    it("refuses an amount that does not say what it is, and a kind without an amount", () => {
      expect(
        problemsWith({
          "relations.csv":
            `${p}r1,FUNDS,${p}fund,${p}lab,2024,,5,USD,5,,,,,,reported,${p}src-a,q\n` +
            `${p}r2,FUNDS,${p}fund,${p}lab,2024,,,,,paid,,,,,reported,${p}src-a,q\n`,
        }),
      ).toEqual([
        expect.stringMatching(/^relations\.csv:5: amount_kind: is required when amount is given/),
        expect.stringMatching(/^relations\.csv:6: amount_kind: is given without an amount/),
      ]);
    });

    it("ties an investor's part to a round of the same recipient only", () => {
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
        planSeed([seedFolder(files), layered]);
      } catch (error) {
        problems = (error as SeedValidationError).problems.map((line) => line.replace(/^.*?([a-z_]+\.csv)/, "$1"));
      }
      expect(problems).toEqual([
        expect.stringMatching(new RegExp(`^relations\\.csv:2: funding_round: "${p}round" is a round of ${p}fund, not of ${p}lab`)),
        expect.stringMatching(new RegExp(`^relations\\.csv:3: funding_round: "${p}nowhere" is not an id in rounds\\.csv`)),
      ]);
    });

    it("reads a round as one record, cited like every fact", () => {
      const files = seedFixture(p);
      files["rounds.csv"] =
        roundsHeader +
        `${p}round,${p}lab,Series A,2024-10-02,announced,${p}fund,1500000000,USD,1500000000,paid,9000000000,reported,${p}src-a,"raised $1.5 billion"\n`;
      const plan = planSeed([seedFolder(files)]);
      expect(plan.round).toEqual([expect.objectContaining({ id: `${p}round`, recipient: `${p}lab`, lead: `${p}fund` })]);
      expect(plan.round[0]!.props).toMatchObject({ amountKind: "paid", valuationUsd: 9_000_000_000, dateKind: "announced" });
      expect(plan.citation.some((c) => c.props.factKind === "round" && c.props.fact === `${p}round`)).toBe(true);
    });
  });

  describe("positions and products", () => {
    it("allows a position only on LEADS and BOARD_MEMBER_OF", () => {
      const layered = seedFolder({
        "relations.csv":
          "id,type,from,to,valid_from,position,confidence,source,quote\n" +
          `${p}ok,LEADS,${p}ceo,${p}lab,2019,chief_executive,confirmed,${p}src-a,q\n` +
          `${p}bad,FOUNDED,${p}ceo,${p}lab,2019,chair,confirmed,${p}src-a,q\n`,
      });
      let problems: string[] = [];
      try {
        planSeed([seedFolder(seedFixture(p)), layered]);
      } catch (error) {
        problems = (error as SeedValidationError).problems.map((line) => line.replace(/^.*?([a-z_]+\.csv)/, "$1"));
      }
      expect(problems).toEqual([expect.stringMatching(/^relations\.csv:3: position: FOUNDED has no position/)]);
    });

    it("lets a company make a chip, and not a chip fund a company", () => {
      expect(
        problemsWith({
          "actors.csv": `${p}chip,chip,Chip X,US,A test chip.\n`,
          "relations.csv":
            `${p}makes,MAKES,${p}lab,${p}chip,2024,,,,,,,,,,confirmed,${p}src-a,q\n` +
            `${p}chip-funds,FUNDS,${p}chip,${p}lab,2024,,,,,,,,,,confirmed,${p}src-a,q\n`,
        }),
      ).toEqual([expect.stringMatching(/^relations\.csv:6: from: a chip cannot be the start of FUNDS/)]);
    });
  });

  describe("identifiers", () => {
    it("checks each value against its scheme and puts it in the actor's search keys", () => {
      expect(problemsWith({ "identifiers.csv": identifiersHeader + `${p}lab,wikidata,W123,${p}src-a,q\n` })).toEqual([
        expect.stringMatching(/^identifiers\.csv:2: value: "W123" is not a wikidata identifier/),
      ]);
      const files = seedFixture(p);
      files["identifiers.csv"] = identifiersHeader + `${p}lab,ticker,NASDAQ:LABA,${p}src-a,"Lab A (NASDAQ: LABA)"\n`;
      const lab = planSeed([seedFolder(files)]).actor.find((a) => a.id === `${p}lab`)!;
      expect(lab.props).toMatchObject({ identifierSchemes: ["ticker"], identifierValues: ["NASDAQ:LABA"] });
      expect(lab.props.searchKeys).toEqual(expect.arrayContaining(["nasdaqlaba", "laba"]));
    });
  });
});
