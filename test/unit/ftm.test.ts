import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { FtmEntity, SeedRows } from "../../src/ftm/ftm-entity";
import { shiftDecimal } from "../../src/ftm/ftm-entity";
import { toFtmEntities } from "../../src/ftm/ftm-export";
import { fromFtmEntities, parseFtmLines } from "../../src/ftm/ftm-import";
import { EXTRAS_PREFIX, FTM_TABLES } from "../../src/ftm/ftm-mapping";
import { actorKinds, model, relationTypes } from "../../src/model/model";
import { projectRoot } from "../../src/project-root";
import { toCsv } from "../../src/seed/csv-writer";
import { planSeed } from "../../src/seed/seed-plan";
import { seedFolder } from "../support/test-database";

const handMade = join(projectRoot, "test", "fixtures", "ftm", "people-companies.ftm.json");

/** The rows as seed CSV files, for the seeder's own validation. */
function folderOf(rows: SeedRows): string {
  return seedFolder(Object.fromEntries(FTM_TABLES.map((t) => [t.file, toCsv(t.columns, rows[t.file] ?? [])])));
}

/** Each file's rows without their empty cells, sorted, so two sets of rows compare whatever their order. */
function canonical(rows: SeedRows): Record<string, string[]> {
  return Object.fromEntries(
    FTM_TABLES.map((t) => [
      t.file,
      (rows[t.file] ?? [])
        .map((row) =>
          JSON.stringify(
            Object.entries(row)
              .filter(([, v]) => v !== "")
              .sort(),
          ),
        )
        .sort(),
    ]),
  );
}

const entity = (id: string, schema: string, properties: Record<string, string[]>): FtmEntity => ({ id, schema, properties });

describe("ftm", () => {
  describe("shiftDecimal", () => {
    it("moves the decimal point in the text, so a fraction becomes a percentage and back with no digit changed", () => {
      expect(["0.49", "0.075", "1", "0.1", "0.333"].map((v) => shiftDecimal(v, 2))).toEqual(["49", "7.5", "100", "10", "33.3"]);
      expect(["49", "7.5", "100", "10", "33.3", "0.5"].map((v) => shiftDecimal(v, -2))).toEqual([
        "0.49",
        "0.075",
        "1",
        "0.1",
        "0.333",
        "0.005",
      ]);
      expect(["", "4%", "-5", "1e3", "."].map((v) => shiftDecimal(v, 2))).toEqual([null, null, null, null, null]);
    });
  });

  describe("fromFtmEntities", () => {
    it("imports a hand-made FtM file of people, companies, an ownership and a directorship as seed rows that validate", async () => {
      const entities = parseFtmLines(readFileSync(handMade, "utf8"), "people-companies.ftm.json");
      const { rows, unmapped, skipped } = fromFtmEntities(entities, { confidence: "reported" });
      expect(unmapped).toEqual([]);
      expect(rows["actors.csv"]).toEqual([
        { id: "person-jane-roe", kind: "person", name: "Jane Roe", country: "GB", description: "" },
        { id: "person-john-doe", kind: "person", name: "John Doe", country: "US", description: "" },
        { id: "nk-acme-holdings", kind: "investor", name: "Acme Holdings", country: "US", description: "An investment holding company." },
        { id: "nk-widget-labs", kind: "company", name: "Widget Labs Ltd", country: "GB", description: "" },
      ]);
      expect(rows["sources.csv"]!.map((s) => [s.id, s.url, s.language, s.published])).toEqual([
        ["doc-acme-widget", "https://example.org/news/acme-widget", "en", "2024-05-02"],
        ["doc-registry", "https://example.org/registry/widget-labs/officers", "en", ""],
      ]);
      const relations = Object.fromEntries(rows["relations.csv"]!.map((r) => [r.id, r]));
      expect(relations["own-acme-widget"]).toMatchObject({
        type: "OWNS",
        from: "nk-acme-holdings",
        to: "nk-widget-labs",
        stake: "0.25",
        valid_from: "2024-05",
        confidence: "reported",
        source: "doc-acme-widget",
        quote: "Acme Holdings has bought a 25 per cent stake in Widget Labs.",
      });
      expect(relations["dir-roe-widget"]).toMatchObject({
        type: "BOARD_MEMBER_OF",
        from: "person-jane-roe",
        to: "nk-widget-labs",
        role: "chair",
        valid_from: "2021-03-01",
        valid_to: "2024-06-30",
        source: "doc-registry",
      });
      expect(relations["emp-doe-widget"]).toMatchObject({
        type: "EMPLOYED_BY",
        from: "person-john-doe",
        to: "nk-widget-labs",
        role: "chief engineer",
      });
      expect(Object.keys(relations)).toHaveLength(3);
      // What our records cannot take without a guess is counted, never invented.
      expect(skipped).toEqual({
        "aliases without a language": 1,
        "identifiers without a source": 1,
        "Person nationality values, which no field of ours takes": 1,
        "Document fileName values, which no field of ours takes": 1,
      });
      const plan = await planSeed([folderOf(rows)]);
      expect([plan.actor.length, plan.relation.length, plan.source.length]).toEqual([4, 3, 2]);
    });

    it("reports each entity it cannot map by id and schema with the reason, leaves it out, and never guesses", () => {
      const document = entity("d", "HyperText", { title: ["T"], sourceUrl: ["https://example.org/d"], language: ["eng"] });
      const company = entity("c", "Company", { name: ["C"] });
      const bad = [
        entity("s1", "Sanction", { entity: ["c"], program: ["X"] }),
        entity("p-nameless", "Person", { country: ["gb"] }),
        entity("p-two-names", "Person", { name: ["A", "B"] }),
        entity("o-orphan", "Organization", { name: ["An NGO"] }),
        entity("own-no-owner", "Ownership", { asset: ["c"], proof: ["d"], description: ["q"] }),
        entity("own-ghost-owner", "Ownership", { owner: ["nobody"], asset: ["c"], proof: ["d"], description: ["q"] }),
        entity("pay-no-proof", "Payment", { payer: ["c"], beneficiary: ["c"], description: ["q"] }),
        entity("link-vague", "UnknownLink", {
          subject: ["c"],
          object: ["c"],
          role: ["business partner"],
          proof: ["d"],
          description: ["q"],
        }),
        entity("doc-no-title", "Article", { sourceUrl: ["https://example.org/x"], language: ["eng"] }),
        entity("link-contradicts", "UnknownLink", {
          subject: ["c"],
          object: ["c"],
          role: ["supplies"],
          proof: ["d"],
          description: ["q"],
          summary: [`${EXTRAS_PREFIX}{"type":"FUNDS"}`],
        }),
        entity("own-bad-summary", "Ownership", {
          owner: ["c"],
          asset: ["c"],
          proof: ["d"],
          description: ["q"],
          summary: [`${EXTRAS_PREFIX}{"confidence":"reported","colour":"red"}`],
        }),
      ];
      const good = entity("own-ok", "Ownership", { owner: ["c"], asset: ["c"], proof: ["d"], description: ["q"] });
      const withoutConfidence = fromFtmEntities([document, company, good]);
      expect(withoutConfidence.unmapped).toEqual([{ id: "own-ok", schema: "Ownership", reason: expect.stringMatching(/confidence/) }]);

      const { rows, unmapped } = fromFtmEntities([document, company, good, ...bad], { confidence: "alleged" });
      expect(unmapped.map((u) => [u.id, u.schema])).toEqual([
        ["s1", "Sanction"],
        ["doc-no-title", "Article"],
        ["p-nameless", "Person"],
        ["p-two-names", "Person"],
        ["o-orphan", "Organization"],
        ["own-no-owner", "Ownership"],
        ["own-ghost-owner", "Ownership"],
        ["pay-no-proof", "Payment"],
        ["link-vague", "UnknownLink"],
        ["link-contradicts", "UnknownLink"],
        ["own-bad-summary", "Ownership"],
      ]);
      expect(unmapped.find((u) => u.id === "own-ghost-owner")!.reason).toMatch(/owner nobody was not imported/);
      expect(unmapped.find((u) => u.id === "own-bad-summary")!.reason).toMatch(/colour/);
      expect(unmapped.find((u) => u.id === "link-contradicts")!.reason).toMatch(/says FUNDS, but its UnknownLink says SUPPLIES/);
      expect(rows["relations.csv"]!.map((r) => [r.id, r.confidence])).toEqual([["own-ok", "alleged"]]);
      expect(rows["actors.csv"]!.map((a) => a.id)).toEqual(["c"]);
    });

    it("refuses a line that is not an FtM entity, naming the file and line", () => {
      expect(() => parseFtmLines('{"id":"a","schema":"Person","properties":{}}\n\n{"id":"b"}\n', "f.json")).toThrow(
        /^f\.json:3: not an FtM entity/,
      );
      expect(() => parseFtmLines("{nope\n", "f.json")).toThrow(/^f\.json:1: not JSON/);
    });
  });

  describe("toFtmEntities", () => {
    /**
     * Rows with an actor of every kind and a relation of every type (from the first kinds the model allows), plus
     * the cases that choose another schema or need the extras: a funding with a stake (an Ownership), a membership
     * of a person (no FtM Membership can hold it), two citations with one quote, a source FtM's types cannot hold.
     */
    function everyKindAndType(): SeedRows {
      const actors = actorKinds.map((kind) => ({
        id: `a-${kind.replaceAll("_", "-")}`,
        kind,
        name: `The ${kind}`,
        country: "FR",
        description: "",
      }));
      const actorOf = (kind: string) => actors.find((a) => a.kind === kind)!.id;
      const relation = (id: string, type: string, from: string, to: string, extra: Record<string, string> = {}) => ({
        id,
        type,
        from,
        to,
        confidence: "reported",
        source: "s-web",
        quote: `Quote of ${id}`,
        ...extra,
      });
      return {
        "sources.csv": [
          { id: "s-web", url: "https://example.org/a", title: "A", publisher: "P", published: "2024-01", language: "en", via: "" },
          {
            id: "s-odd",
            url: "urn:isbn:0451450523",
            title: "B",
            publisher: "",
            published: "",
            language: "cy",
            via: "https://example.org/copy",
          },
        ],
        "actors.csv": actors,
        "aliases.csv": [
          { actor: actorOf("company"), lang: "fr", alias: "La société" },
          { actor: actorOf("company"), lang: "en", alias: "La société" },
        ],
        "regimes.csv": [
          {
            state: actorOf("state"),
            index: "EIU Democracy Index",
            year: "2023",
            regime: "full_democracy",
            score: "8.07",
            source: "s-web",
            quote: "q",
          },
        ],
        "identifiers.csv": [
          { actor: actorOf("company"), scheme: "wikidata", value: "Q1", source: "s-web", quote: "q1" },
          { actor: actorOf("company"), scheme: "ticker", value: "NYSE:X", source: "s-odd", quote: "q2" },
        ],
        "rounds.csv": [
          {
            id: "round-1",
            recipient: actorOf("company"),
            name: "Series A",
            date: "2024-02",
            date_kind: "announced",
            lead: actorOf("investor"),
            amount: "100",
            currency: "EUR",
            amount_usd: "110",
            amount_kind: "paid",
            valuation_usd: "1000",
            confidence: "confirmed",
            source: "s-web",
            quote: "Series A",
          },
        ],
        "relations.csv": [
          ...relationTypes.map((type) =>
            relation(
              `r-${type.toLowerCase().replaceAll("_", "-")}`,
              type,
              actorOf(model.relationTypes[type]!.source[0]!),
              // A membership of a body, which FtM's Membership can hold; r-member-person is one of a person.
              actorOf(type === "MEMBER_OF" ? "international_body" : model.relationTypes[type]!.target[0]!),
              {
                valid_from: "2020",
                valid_from_kind: "began",
                valid_to: "2021-06-30",
                role: "chair",
                note: 'A note; with "quotes"',
              },
            ),
          ),
          relation("r-funds-round", "FUNDS", actorOf("investor"), actorOf("company"), {
            amount: "12.5",
            currency: "EUR",
            amount_usd: "13",
            amount_kind: "committed",
            instrument: "equity",
            funding_round: "round-1",
            round: "Series A",
          }),
          relation("r-funds-stake", "FUNDS", actorOf("state"), actorOf("company"), {
            stake: "0.075",
            amount: "5",
            currency: "USD",
            amount_usd: "5",
            amount_kind: "paid",
          }),
          relation("r-member-person", "MEMBER_OF", actorOf("group"), actorOf("person")),
          relation("r-leads-position", "LEADS", actorOf("person"), actorOf("company"), {
            position: "chief_executive",
            shared_position: "co-chief executives",
          }),
        ],
        "citations.csv": [
          { fact: "r-funds-round", source: "s-odd", quote: "Quote of r-funds-round" },
          { fact: "round-1", source: "s-odd", quote: "Another quote" },
        ],
      };
    }

    it("writes every actor kind and relation type so that the import reads back the same rows", async () => {
      const rows = everyKindAndType();
      const entities = [...toFtmEntities(rows)];
      const back = fromFtmEntities(entities);
      expect(back.unmapped).toEqual([]);
      expect(back.skipped).toEqual({});
      expect(canonical(back.rows)).toEqual(canonical(rows));
      await expect(planSeed([folderOf(back.rows)])).resolves.toBeDefined();
    });

    it("chooses the FtM schema the issue names for each kind and type, and says the type of an UnknownLink in its role", () => {
      const byId = new Map([...toFtmEntities(everyKindAndType())].map((e) => [e.id, e]));
      const schemaOf = (id: string) => byId.get(id)?.schema;
      expect(
        ["person", "company", "investor", "state", "government-body", "international-body", "media", "ai-model"].map((k) =>
          schemaOf(`apg-actor-a-${k}`),
        ),
      ).toEqual(["Person", "Company", "Company", "PublicBody", "PublicBody", "Organization", "Organization", "Asset"]);
      expect(byId.get("apg-actor-a-state")!.properties).toMatchObject({ country: ["fr"], topics: ["gov.national"] });
      expect(
        [
          "r-funds",
          "r-funds-stake",
          "r-owns",
          "r-controls",
          "r-board-member-of",
          "r-leads",
          "r-employed-by",
          "r-member-of",
          "r-member-person",
          "r-supplies",
        ].map((id) => schemaOf(`apg-relation-${id}`)),
      ).toEqual([
        "Payment",
        "Ownership",
        "Ownership",
        "Control",
        "Directorship",
        "Directorship",
        "Employment",
        "Membership",
        "UnknownLink",
        "UnknownLink",
      ]);
      expect(byId.get("apg-relation-r-supplies")!.properties.role).toEqual(["supplies"]);
      expect(byId.get("apg-relation-r-funds-stake")!.properties).toMatchObject({
        percentage: ["7.5"],
        sharesValue: ["5"],
        sharesCurrency: ["USD"],
      });
      expect(byId.get("apg-relation-r-funds-round")!.properties).toMatchObject({
        payer: ["apg-actor-a-investor"],
        beneficiary: ["apg-actor-a-company"],
        amount: ["12.5"],
        currency: ["EUR"],
        amountUsd: ["13"],
        project: ["apg-round-round-1"],
        proof: ["apg-source-s-web", "apg-source-s-odd"],
        sourceUrl: ["https://example.org/a"],
        publisher: ["P"],
        description: ["Quote of r-funds-round"],
      });
      // Two citations with one quote: FtM keeps the quote once, and the extras pair each source with it.
      expect(byId.get("apg-relation-r-funds-round")!.properties.summary![0]).toContain('"quotes":[0,0]');
      expect(byId.get("apg-relation-r-funds")!.properties).toMatchObject({ startDate: ["2020"], endDate: ["2021-06-30"] });
      expect(byId.get("apg-source-s-odd")!.properties).not.toHaveProperty("sourceUrl");
    });
  });
});
