import { actorSearchFields, exactNameKey, luceneQueryOf, searchKey, searchWords } from "../../src/actor/lucene-query";

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

  describe("searchKey", () => {
    it("folds legal forms away", () => {
      expect(searchKey("Microsoft Corporation")).toBe("microsoft");
      expect(searchKey("Nvidia Corp.")).toBe("nvidia");
      expect(searchKey("Stargate LLC")).toBe("stargate");
      expect(searchKey("SK Hynix Inc")).toBe("sk hynix");
    });

    it("folds a government to its state, and one spelling per country", () => {
      expect(searchKey("Government of Qatar")).toBe("qatar");
      expect(searchKey("Qatar government")).toBe("qatar");
      expect(searchKey("United States Department of Commerce")).toBe(searchKey("US Department of Commerce"));
      expect(searchKey("U.S. Department of Commerce")).toBe("us department commerce");
    });

    it("keeps a name made only of legal forms", () => {
      expect(searchKey("The Group")).toBe("the group");
    });
  });

  describe("exactNameKey", () => {
    it("meets names written apart or together", () => {
      expect(exactNameKey("Open AI")).toBe(exactNameKey("OpenAI"));
      expect(exactNameKey("Stargate LLC")).toBe("stargate");
    });
  });

  describe("actorSearchFields", () => {
    it("indexes a ticker as words, and keys it whole and by its symbol alone", () => {
      const fields = actorSearchFields(
        ["Nvidia"],
        [
          { scheme: "ticker", value: "NASDAQ:NVDA" },
          { scheme: "wikidata", value: "Q21708200" },
        ],
      );
      expect(fields.searchText.split("\n")).toEqual(["Nvidia", "nasdaq nvda", "nvda", "q21708200"]);
      expect(fields.searchKeys).toEqual(["nvidia", "nasdaqnvda", "nvda", "q21708200"]);
    });
  });

  describe("luceneQueryOf", () => {
    it("makes every word optional, forgives one typo in long words, lets the last be unfinished and ranks the exact phrase first", () => {
      expect(luceneQueryOf("Etats Unis")).toBe(`(etats^2 OR etats~1) (unis^2 OR unis*) etatsunis^3 OR "etats unis"^4`);
      expect(luceneQueryOf("open")).toBe("(open^2 OR open*) OR open^4");
    });

    it("leaves legal forms and 'government of' out of the query", () => {
      expect(luceneQueryOf("Government of Qatar")).toBe("(qatar^2 OR qatar~1 OR qatar*) OR qatar^4");
      expect(luceneQueryOf("Nvidia Corp")).toBe("(nvidia^2 OR nvidia~1 OR nvidia*) OR nvidia^4");
    });

    it("requires every word, in any of its forms, when it filters a listing", () => {
      expect(luceneQueryOf("public investment", "all")).toBe(
        `(+(public^2 OR public~1) +(investment^2 OR investment~1 OR investment*) publicinvestment^3) OR "public investment"^4`,
      );
    });

    it("folds dotted legal forms too", () => {
      expect(luceneQueryOf("ASML Holding N.V.")).toBe("(asml^2 OR asml*) OR asml^4");
      expect(searchKey("ASML Holding N.V.")).toBe("asml");
    });

    it("returns null when the text has no word", () => {
      expect(luceneQueryOf(" -- !! ")).toBeNull();
    });
  });
});
