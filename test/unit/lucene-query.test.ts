import { luceneQueryOf, searchWords } from "../../src/actor/lucene-query";

describe("lucene-query", () => {
  describe("searchWords", () => {
    it("drops accents, case and punctuation", () => {
      expect(searchWords("États-Unis")).toEqual(["etats", "unis"]);
      expect(searchWords("  Arabie   SAOUDITE! ")).toEqual(["arabie", "saoudite"]);
    });

    it("keeps letters of every script", () => {
      expect(searchWords("中国 科学院")).toEqual(["中国", "科学院"]);
    });

    it("lets no Lucene syntax through", () => {
      const words = searchWords(`name:"x" OR a~2 AND b* \\ (c) [d TO e] {f} ^g +h -i !j /k/ && ||`);
      for (const w of words) expect(w).toMatch(/^[\p{L}\p{N}]+$/u);
    });
  });

  describe("luceneQueryOf", () => {
    it("requires every word, lets the last be unfinished and ranks the exact phrase first", () => {
      expect(luceneQueryOf("Etats Unis")).toBe(`(+etats +unis*) OR "etats unis"^4`);
      expect(luceneQueryOf("open")).toBe("(+open*) OR open^4");
    });

    it("returns null when the text has no word", () => {
      expect(luceneQueryOf(" -- !! ")).toBeNull();
    });
  });
});
