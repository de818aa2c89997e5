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

    it("reports a quote in the middle of a cell with its line and cell, and still reads the rows after it", () => {
      const parsed = parseCsv('id,note\na,b"c\nd,e\n');
      expect(parsed.problems).toEqual([{ line: 2, message: expect.stringMatching(/^a quote opens in the middle of a cell \(cell 2\)/) }]);
      expect(parsed.rows).toEqual([{ line: 3, cells: { id: "d", note: "e" } }]);
    });

    it("reads CRLF, LF and CR line ends mixed in one file", () => {
      const parsed = parseCsv('id,note\r\na,"two\nlines"\nb,c\rd,e');
      expect(parsed.problems).toEqual([]);
      expect(parsed.rows.map((r) => [r.line, r.cells.id])).toEqual([
        [2, "a"],
        [4, "b"],
        [5, "d"],
      ]);
    });

    it("strips a byte-order mark and skips blank lines", () => {
      const parsed = parseCsv("\uFEFFid\n\na\n");
      expect(parsed.header).toEqual(["id"]);
      expect(parsed.rows.map((r) => r.cells.id)).toEqual(["a"]);
    });
  });
});
