import { parseCsv } from "../../src/seed/csv";

describe("csv", () => {
  describe("parseCsv", () => {
    it("returns cells by column with quoted commas, doubled quotes and newlines", () => {
      const parsed = parseCsv('id,quote\r\na,"He said ""yes"", then left"\r\nb,"two\nlines"\n');
      expect(parsed.problems).toEqual([]);
      expect(parsed.rows).toEqual([
        { line: 2, cells: { id: "a", quote: 'He said "yes", then left' } },
        { line: 3, cells: { id: "b", quote: "two\nlines" } },
      ]);
    });

    it("counts lines inside quoted cells so later rows keep their real line numbers", () => {
      const parsed = parseCsv('id,note\na,"x\ny\nz"\nb,c,d\n');
      expect(parsed.problems).toEqual([{ line: 5, message: "has 3 cells but the header has 2 columns" }]);
    });

    it("reports a quote that is never closed", () => {
      expect(parseCsv('id,note\na,"open\n').problems[0]).toMatchObject({ line: 2, message: "a quoted cell is never closed" });
    });

    it("strips a byte-order mark and skips blank lines", () => {
      const parsed = parseCsv("\uFEFFid\n\na\n");
      expect(parsed.header).toEqual(["id"]);
      expect(parsed.rows.map((r) => r.cells.id)).toEqual(["a"]);
    });
  });
});
