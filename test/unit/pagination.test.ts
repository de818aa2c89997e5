import { validateSync } from "class-validator";
import { BadUserInputError } from "../../src/errors/app-errors";
import { encodeCursor, FirstArgs, offsetAfter, PageArgs, pageWindow, toPage } from "../../src/graphql/pagination";

/** A cursor holding any text, as a client could forge one. */
const forged = (text: string) => Buffer.from(text, "utf8").toString("base64url");

const pageArgs = (values: Partial<PageArgs>) => Object.assign(new PageArgs(), values);

describe("pagination", () => {
  describe("offsetAfter", () => {
    it("returns 0 when there is no cursor", () => {
      expect(offsetAfter(undefined)).toBe(0);
      expect(offsetAfter(null)).toBe(0);
    });

    it("returns the offset after the item a cursor from encodeCursor names", () => {
      expect(offsetAfter(encodeCursor(0))).toBe(1);
      expect(offsetAfter(encodeCursor(41))).toBe(42);
    });

    it("throws BAD_USER_INPUT naming the argument when the cursor is not one the API returned", () => {
      for (const cursor of ["", "not-a-cursor", forged("offset:-1"), forged("offset:1.5"), forged("page:3"), forged(`offset:${2 ** 60}`)]) {
        const attempt = () => offsetAfter(cursor, "edges.after");
        expect(attempt).toThrow(BadUserInputError);
        expect(attempt).toThrow(expect.objectContaining({ extensions: { code: "BAD_USER_INPUT", field: "edges.after" } }));
      }
    });

    // Regression: Number() read these forged cursors as offsets 0, 5, 16, 100 and 5.
    it("throws BAD_USER_INPUT for a forged cursor whose offset is not written as encodeCursor writes it", () => {
      for (const text of ["offset:", "offset: 5", "offset:0x10", "offset:1e2", "offset:05", "offset:-0"]) {
        expect(() => offsetAfter(forged(text))).toThrow(BadUserInputError);
      }
    });
  });

  describe("encodeCursor", () => {
    it("returns cursors that are opaque and URL-safe", () => {
      const cursor = encodeCursor(12345);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(cursor).not.toContain("12345");
    });
  });

  describe("pageWindow", () => {
    it("returns one row more than asked, after the cursor", () => {
      expect(pageWindow({ first: 20 })).toEqual({ offset: 0, limit: 21 });
      expect(pageWindow({ first: 5, after: encodeCursor(9) })).toEqual({ offset: 10, limit: 6 });
    });
  });

  describe("toPage", () => {
    it("returns the first `first` rows, with hasNextPage when the extra row was read", () => {
      const page = toPage(["a", "b", "c"], { first: 2 }, 7);
      expect(page.edges.map((e) => e.node)).toEqual(["a", "b"]);
      expect(page.totalCount).toBe(7);
      expect(page.pageInfo).toEqual({
        hasNextPage: true,
        hasPreviousPage: false,
        startCursor: encodeCursor(0),
        endCursor: encodeCursor(1),
      });
    });

    it("returns cursors that continue the list when passed back as `after`", () => {
      const first = toPage(["a", "b", "c"], { first: 2 }, 5);
      const second = toPage(["c", "d"], { first: 2, after: first.pageInfo.endCursor }, 5);
      expect(second.edges.map((e) => e.cursor)).toEqual([encodeCursor(2), encodeCursor(3)]);
      expect(second.pageInfo.hasNextPage).toBe(false);
      expect(second.pageInfo.hasPreviousPage).toBe(true);
      expect(offsetAfter(second.pageInfo.endCursor)).toBe(4);
    });

    it("returns null cursors for an empty page", () => {
      expect(toPage([], { first: 10, after: encodeCursor(4) }, 5).pageInfo).toEqual({
        hasNextPage: false,
        hasPreviousPage: true,
        startCursor: null,
        endCursor: null,
      });
    });
  });

  describe("PageArgs validation", () => {
    const failed = (args: PageArgs) => validateSync(args).map((e) => e.property);

    it("accepts a cursor the API returned and no cursor", () => {
      expect(failed(pageArgs({ first: 100, after: encodeCursor(3) }))).toEqual([]);
      expect(failed(pageArgs({ after: null }))).toEqual([]);
    });

    it("refuses a forged or overlong cursor, naming `after`", () => {
      expect(failed(pageArgs({ after: forged("offset:x") }))).toEqual(["after"]);
      expect(failed(pageArgs({ after: "A".repeat(101) }))).toEqual(["after"]);
    });

    it("refuses `first` outside 1 to 100 and defaults it to 20", () => {
      expect(new FirstArgs().first).toBe(20);
      expect(failed(pageArgs({ first: 0 }))).toEqual(["first"]);
      expect(failed(pageArgs({ first: 101 }))).toEqual(["first"]);
    });
  });
});
