import Cypher from "@neo4j/cypher-builder";
import { asRecorded, controlStep, cypherTextOf, relationProjection, validOn } from "../../src/neo4j/fragments";

const r = new Cypher.NamedVariable("r");
const x = new Cypher.NamedVariable("x");
const y = new Cypher.NamedVariable("y");
const a = new Cypher.NamedVariable("a");

describe("fragments", () => {
  describe("validOn", () => {
    it("returns the partial-date test on the $asOf parameter by default", () => {
      expect(cypherTextOf(validOn(r))).toMatchInlineSnapshot(
        `"($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR (r.validTo + '~') >= $asOf)))"`,
      );
    });
    it("returns the test on the day it is given when one is", () => {
      expect(cypherTextOf(validOn(r, new Cypher.NamedVariable("day")))).toContain("r.validFrom <= day");
    });
  });

  describe("asRecorded", () => {
    it("returns the knownAt and retraction filters on $knownAt and $includeRetracted", () => {
      expect(cypherTextOf(asRecorded(r))).toMatchInlineSnapshot(
        `"(($knownAt IS NULL OR (r.recordedAt <= datetime($knownAt) AND (r.retractedAt IS NULL OR r.retractedAt > datetime($knownAt) OR $includeRetracted))) AND ($includeRetracted OR r.retractedAt IS NULL OR ($knownAt IS NOT NULL AND r.retractedAt > datetime($knownAt))))"`,
      );
    });
  });

  describe("controlStep", () => {
    it("returns the three kinds of step up a control chain", () => {
      expect(cypherTextOf(controlStep(r, new Cypher.NamedVariable("lower"), new Cypher.NamedVariable("upper")))).toMatchInlineSnapshot(
        `"((startNode(r) = upper AND (type(r) IN $controlTypes OR (type(r) IN $ownershipTypes AND ($everyOwner OR r.stake >= $controllingStake OR (r.stake IS NULL AND upper.kind IN $governmentKinds))))) OR (type(r) IN $memberTypes AND startNode(r) = lower AND lower.kind IN $bodyKinds AND upper.kind = $stateKind))"`,
      );
    });
  });

  describe("relationProjection", () => {
    it("returns only the asked fields and the ends' ids", () => {
      expect(cypherTextOf(relationProjection(r, { from: x, to: y }, ["id", "amountUsd", "fromId"]))).toBe(
        "r { .id, .amountUsd, fromId: x.id }",
      );
    });
    it("returns the other end's properties, not the listed actor's, when asked to", () => {
      const text = cypherTextOf(relationProjection(r, { from: x, to: y, actors: { except: a, fields: ["id", "name"] } }, ["id"]));
      expect(text).toMatch(
        /^r \{ \.id, fromActor: CASE\s+WHEN x <> a THEN x \{ \.id, \.name \}\s+END, toActor: CASE\s+WHEN y <> a THEN y \{ \.id, \.name \}\s+END \}$/,
      );
    });
  });
});
