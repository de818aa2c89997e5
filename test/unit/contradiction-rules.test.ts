import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { contradictionRules, contradictionRulesPath, readContradictionRules } from "../../src/contradiction/contradiction-rules";
import { holdsOn, lowerConfidence, overlapOf } from "../../src/contradiction/time-span";
import { cypherDir } from "../../src/neo4j/cypher-file";

/** The control step of a walk: the text between the step's pattern and its closing quantifier, spaces folded. */
function controlStepOf(file: string): string {
  const text = readFileSync(join(cypherDir, file), "utf8");
  const start = text.indexOf("((lower:Actor)-[r]-(upper:Actor)");
  const end = text.indexOf("){", start);
  if (start === -1 || end === -1) throw new Error(`${file} has no control walk`);
  return text.slice(start, end).replace(/\s+/g, " ");
}

/** Whom a statement speaks for (its speaker, and what it led as chief executive that day), spaces folded. */
function speaksForOf(file: string): string {
  const text = readFileSync(join(cypherDir, file), "utf8");
  const start = text.indexOf("CALL (speaker, st) {");
  const end = text.indexOf("RETURN org AS backer, l AS lead", start);
  if (start === -1 || end === -1) throw new Error(`${file} does not say whom a statement speaks for`);
  return text.slice(start, end).replace(/\s+/g, " ");
}

describe("contradiction rules", () => {
  describe("the registry", () => {
    it("gives every rule its Cypher file and every file of cypher/contradiction/ its rule", () => {
      const files = readdirSync(join(cypherDir, "contradiction"))
        .filter((f) => f.endsWith(".cypher"))
        .map((f) => `contradiction/${f.replace(/\.cypher$/, "")}`)
        .sort();
      expect(contradictionRules.map((r) => r.file).sort()).toEqual(files);
    });

    it("holds at least the five rules of issue 14, each named, described and with the bases its query returns", () => {
      expect(contradictionRules.length).toBeGreaterThanOrEqual(5);
      for (const rule of contradictionRules) {
        expect(rule.name.length).toBeGreaterThan(0);
        expect(rule.description.length).toBeGreaterThan(100);
        const text = readFileSync(join(cypherDir, `${rule.file}.cypher`), "utf8");
        expect(text.startsWith(`// Contradiction rule "${rule.id}"`)).toBe(true);
        for (const basis of Object.keys(rule.bases)) expect(text).toContain(`'${basis}'`);
      }
    });

    it("uses in its query every parameter the registry passes", () => {
      for (const rule of contradictionRules) {
        const text = readFileSync(join(cypherDir, `${rule.file}.cypher`), "utf8");
        for (const name of Object.keys(rule.parameters)) expect(text).toContain(`$${name}`);
      }
    });

    it("refuses a rule whose relation types are not in schema/model.json", () => {
      const registry = JSON.parse(readFileSync(contradictionRulesPath, "utf8"));
      registry.rules[0].parameters.moneyTypes = ["PAYS"];
      const path = join(mkdtempSync(join(tmpdir(), "rules-")), "rules.json");
      writeFileSync(path, JSON.stringify(registry));
      expect(() => readContradictionRules(path)).toThrow(/moneyTypes: PAYS is not a relation type/);
    });

    it("walks control with the very step fundingByRegime and ultimateControllers use", () => {
      const step = controlStepOf("funding/funding-by-regime.cypher");
      expect(controlStepOf("funding/ultimate-controllers.cypher")).toBe(step);
      expect(controlStepOf("contradiction/democratic-ai-authoritarian-ties.cypher")).toBe(step);
    });

    it("reads whom a statement speaks for the same way in the two rules about backing", () => {
      expect(speaksForOf("contradiction/security-backer-deals-with-target.cypher")).toBe(
        speaksForOf("contradiction/democratic-ai-authoritarian-ties.cypher"),
      );
    });
  });

  describe("holdsOn", () => {
    it("returns true from a start's earliest day to an end's latest, and for an unknown start or an open end", () => {
      expect(holdsOn({ starts: "2023-11", ends: "2024" }, "2023-11-01")).toBe(true);
      expect(holdsOn({ starts: "2023-11", ends: "2024" }, "2024-12-31")).toBe(true);
      expect(holdsOn({ starts: "2023-11", ends: "2024" }, "2023-10-31")).toBe(false);
      expect(holdsOn({ starts: "2023-11", ends: "2024" }, "2025-01-01")).toBe(false);
      expect(holdsOn({ starts: null, ends: null }, "1990-01-01")).toBe(true);
      expect(holdsOn({ starts: "2024-07-25", ends: null }, "2030-01-01")).toBe(true);
    });
  });

  describe("overlapOf", () => {
    it("returns YES when both started and neither ended before the other began, partial dates counted whole", () => {
      expect(overlapOf({ starts: "2024-07-25", ends: null }, { starts: "2024-10-02", ends: null })).toBe("YES");
      expect(overlapOf({ starts: "2023", ends: "2023-11" }, { starts: "2023-11-30", ends: null })).toBe("YES");
    });

    it("returns NO when one side ended before the other began, even with a start unknown", () => {
      expect(overlapOf({ starts: "2015-12", ends: "2018-02-20" }, { starts: "2023-12-06", ends: null })).toBe("NO");
      expect(overlapOf({ starts: "2024-05-21", ends: null }, { starts: null, ends: "2024-05-20" })).toBe("NO");
    });

    it("returns UNKNOWN when a side has no start and the dates do not rule an overlap out", () => {
      expect(overlapOf({ starts: "2024-07-25", ends: null }, { starts: null, ends: null })).toBe("UNKNOWN");
      expect(overlapOf({ starts: null, ends: "2025" }, { starts: "2024", ends: null })).toBe("UNKNOWN");
    });
  });

  describe("lowerConfidence", () => {
    it("returns the weaker of two confidences: alleged < reported < confirmed", () => {
      expect(lowerConfidence("confirmed", "reported")).toBe("reported");
      expect(lowerConfidence("alleged", "confirmed")).toBe("alleged");
      expect(lowerConfidence("reported", "alleged")).toBe("alleged");
      expect(lowerConfidence("confirmed", "confirmed")).toBe("confirmed");
    });
  });
});
