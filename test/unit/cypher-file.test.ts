import Cypher from "@neo4j/cypher-builder";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { cypher, cypherDir, templateVariants } from "../../src/neo4j/cypher-file";
import { asRecorded, cypherTextOf, relationProjection, unboundEnds, validOn } from "../../src/neo4j/fragments";

const r = new Cypher.NamedVariable("r");

/** Expands a template given as text, as the loader does a file's. */
function expand(source: string, slots: Record<string, readonly (string | number | null)[]> = {}) {
  return templateVariants("test/template", "test.cypher", source, slots);
}

/** Every .cypher file under cypher/, as names ("funding/fundings"). */
function cypherFiles(dir = cypherDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? cypherFiles(join(dir, entry.name))
      : entry.name.endsWith(".cypher")
        ? [relative(cypherDir, join(dir, entry.name)).slice(0, -".cypher".length)]
        : [],
  );
}

describe("cypher-file", () => {
  describe("templateVariants", () => {
    it("returns the fragments' text from src/neo4j/fragments.ts in place of their tokens", () => {
      const query = expand("MATCH (a)-[r]->(b)\nWHERE {{validOn r}} AND {{asRecorded r}}\nRETURN {{relationProjection r}} AS relation").get(
        {},
      );
      expect(query.text).toBe(
        [
          "MATCH (a)-[r]->(b)",
          `WHERE ${cypherTextOf(validOn(r))} AND ${cypherTextOf(asRecorded(r))}`,
          `RETURN ${cypherTextOf(relationProjection(r, unboundEnds(r)))} AS relation`,
        ].join("\n"),
      );
    });

    it("returns fragments over the variables, properties and parameters named", () => {
      const text = expand("WHERE {{validOn c $day}} AND {{heldOn starts p.ended $inForceOn}}").get({}).text;
      expect(text).toContain("c.validFrom <= $day");
      expect(text).toContain("(starts IS NULL OR starts <= $inForceOn)");
      expect(text).toContain("(p.ended + '~') >= $inForceOn");
    });

    it("drops comment lines and leaves tokens in them unexpanded", () => {
      expect(expand("// {{validOn r}} is the asOf rule\nRETURN 1").get({}).text).toBe("RETURN 1");
    });

    it("returns one text per combination of the slots' values", () => {
      const variants = expand("MATCH (a){{relationship r direction type}}(b)\nRETURN r LIMIT {{limit}}", {
        direction: ["OUTGOING", "INCOMING", "BOTH"],
        type: [null, "FUNDS"],
        limit: [1, 2],
      });
      expect(variants.all()).toHaveLength(12);
      expect(variants.get({ direction: "OUTGOING", type: "FUNDS", limit: 2 })).toEqual({
        name: "test/template:direction=OUTGOING,type=FUNDS,limit=2",
        text: "MATCH (a)-[r:FUNDS]->(b)\nRETURN r LIMIT 2",
      });
      expect(variants.get({ direction: "INCOMING", type: null, limit: 1 }).text).toContain("MATCH (a)<-[r]-(b)");
      expect(variants.get({ direction: "BOTH", type: null, limit: 1 }).text).toContain("MATCH (a)-[r]-(b)");
    });

    it("returns the id key on the node the anchor slot names, and on no other", () => {
      const variants = expand("MATCH (f:Actor{{idKey f anchor}})-[r]->(t:Actor{{idKey t anchor}})", { anchor: [null, "f", "t"] });
      expect(variants.get({ anchor: null }).text).toBe("MATCH (f:Actor)-[r]->(t:Actor)");
      expect(variants.get({ anchor: "t" }).text).toBe("MATCH (f:Actor)-[r]->(t:Actor {id: $t})");
    });

    it("throws when a variant outside the slots' lists is asked for", () => {
      expect(() => expand("MATCH (n:{{label}})", { label: ["Actor"] }).get({ label: "Source" })).toThrow("no variant");
    });

    it.each([
      ["an unknown fragment", "RETURN 1\nWHERE {{validUntil r}}", {}, "test.cypher:2:"],
      ["a missing argument", "WHERE {{controlStep r lower}}", {}, "a variable is missing"],
      ["an extra argument", "WHERE {{notRetracted r x}}", {}, 'unexpected argument "x"'],
      ["an argument that is not a name", "WHERE {{validOn r 'x'}}", {}, "not a variable"],
      ["a parameter where a variable goes", "WHERE {{notRetracted $r}}", {}, "not a variable name"],
      ["a token left open", "WHERE {{validOn r", {}, "no }} closes"],
      ["a slot the code does not declare", "MATCH (n:{{label}})", {}, '"label" is neither a fragment'],
      ["a declared slot the file does not use", "MATCH (n)", { label: ["Actor"] }, "does not use its slot label"],
      ["a slot value that is not a name", "MATCH (n:{{label}})", { label: ["Actor) DETACH DELETE (n"] }, "not a label"],
    ])("throws at load, naming the file and line, for %s", (_, source, slots, message) => {
      expect(() => expand(source, slots)).toThrow(message);
    });
  });

  describe("cypher", () => {
    it("returns every file under cypher/ without slots expanded, and refuses those with slots undeclared", () => {
      let plain = 0;
      for (const name of cypherFiles()) {
        const declaresSlots = /\{\{(type|label|maxHops|relationship|idKey)\b/.test(readFileSync(join(cypherDir, `${name}.cypher`), "utf8"));
        if (declaresSlots) {
          expect(() => cypher(name)).toThrow(/not a slot|neither a fragment/);
          continue;
        }
        expect(cypher(name).text).not.toContain("{{");
        plain += 1;
      }
      expect(plain).toBeGreaterThan(60);
    });

    it("returns the queries of every service, expanded, when the services load", () => {
      // The services read and expand their files when their modules load; a bad template throws there.
      expect(() => jest.requireActual("../../src/services")).not.toThrow();
    });
  });
});
