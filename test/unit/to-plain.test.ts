import neo4j from "neo4j-driver";
import { toPlain } from "../../src/neo4j/to-plain";

describe("to-plain", () => {
  describe("toPlain", () => {
    it("turns Neo4j integers into numbers, and into strings past the safe range", () => {
      expect(toPlain(neo4j.int(42))).toBe(42);
      expect(toPlain(neo4j.int("9223372036854775807"))).toBe("9223372036854775807");
    });

    it("turns dates into ISO strings", () => {
      expect(toPlain(new neo4j.types.Date(2023, 11, 17))).toBe("2023-11-17");
    });

    it("converts nested maps and lists", () => {
      expect(toPlain({ a: [neo4j.int(1), { b: neo4j.int(2) }], c: null })).toEqual({ a: [1, { b: 2 }], c: null });
    });
  });
});
