/** Most words a search uses; the rest are ignored. */
const MAX_WORDS = 12;

/** Words this long or longer match with one typo (an edit, or two letters swapped). */
const TYPO_MIN_LENGTH = 5;

/**
 * Words that say what legal form a name has, not which body it is: "Microsoft Corporation", "Nvidia Corp" and
 * "Stargate LLC" are Microsoft, Nvidia and Stargate. Folded away from names and searches alike, as OpenSanctions'
 * name fingerprints fold legal forms. A name made only of such words keeps them.
 */
const LEGAL_FORMS = new Set([
  "inc", "incorporated", "corp", "corporation", "co", "company", "llc", "lp", "llp", "ltd", "limited", "plc", "pbc", "sa", "sas", "ag", "gmbh", "nv",
  "bv", "se", "spa", "kk", "group", "holding", "holdings",
]);

/** Words that join names without naming anything ("Department of Commerce", "The Washington Post"). */
const LINKING_WORDS = new Set(["of", "the", "and", "for"]);

/** Spellings of one name that become one word, so "United States Department of Commerce" meets "US Department of Commerce". */
const SAME_NAME: readonly [readonly string[], string][] = [
  [["united", "states", "of", "america"], "us"],
  [["united", "states"], "us"],
  [["u", "s", "a"], "us"],
  [["u", "s"], "us"],
  [["usa"], "us"],
  [["united", "kingdom"], "uk"],
  [["u", "k"], "uk"],
  [["european", "union"], "eu"],
  // Legal forms written with dots ("N.V.", "S.A.", "L.L.C.") split into letters; they fold like the words above.
  [["n", "v"], "nv"],
  [["b", "v"], "bv"],
  [["s", "a"], "sa"],
  [["a", "g"], "ag"],
  [["s", "e"], "se"],
  [["p", "l", "c"], "plc"],
  [["l", "l", "c"], "llc"],
];

/**
 * The words of what a user typed: split on anything but letters and digits, accents dropped, lower-cased.
 * "États-Unis" -> ["etats", "unis"]. Nothing else survives, so no Lucene syntax (quotes, colons, wildcards,
 * AND/OR, backslashes) can reach the index from user text.
 */
export function searchWords(text: string): string[] {
  return wordsOf(text).slice(0, MAX_WORDS);
}

/**
 * A name as search compares it, for exact-name ranking: its words with legal forms, "government" and linking
 * words folded away and one spelling per country, joined by one space. "Nvidia Corp", "NVIDIA" -> "nvidia";
 * "Government of Qatar", "Qatar government" -> "qatar"; "United States Department of Commerce" ->
 * "us department commerce". The seeder stores the keys of every actor's name and aliases
 * (Actor.searchKeys), so a search whose key is exactly a name's ranks that actor first.
 */
export function searchKey(text: string): string {
  return foldedWords(wordsOf(text)).join(" ");
}

/** The search keys of an identifier: its value, and for a ticker ("NASDAQ:NVDA") its symbol alone too ("nvda"). */
export function identifierSearchKeys(scheme: string, value: string): string[] {
  const keys = [wordsOf(value).join(" ")];
  if (scheme === "ticker") keys.push(wordsOf(value.slice(value.indexOf(":") + 1)).join(" "));
  return keys;
}

/**
 * The Lucene query for the full-text index actor_names. A word of five letters or more also matches with one typo
 * ("Antrhopic"), at a lower weight than the word itself; the last word may be unfinished ("open" finds OpenAI); the
 * exact phrase ranks highest. Legal forms and "government" are left out, as in searchKey. Null when the text has
 * no word.
 * - "rank" (search): every word is optional, so an actor ranks by how many of the words its names hold, not only
 *   when it holds them all. "Nvidia Corp" -> `(nvidia^2 OR nvidia~1 OR nvidia*) OR nvidia^4`.
 * - "all" (a filter of `actors`): every word is required, each in any of its forms.
 */
export function luceneQueryOf(text: string, match: "rank" | "all" = "rank"): string | null {
  const words = foldedWords(searchWords(text), false);
  if (words.length === 0) return null;
  const clauses = words.map((w, i) => {
    const forms = [`${w}^2`];
    if (w.length >= TYPO_MIN_LENGTH) forms.push(`${w}~1`);
    if (i === words.length - 1) forms.push(`${w}*`);
    return `${match === "all" ? "+" : ""}(${forms.join(" OR ")})`;
  });
  const exact = words.length === 1 ? `${words[0]}^4` : `"${words.join(" ")}"^4`;
  return match === "all" ? `(${clauses.join(" ")}) OR ${exact}` : `${clauses.join(" ")} OR ${exact}`;
}

function wordsOf(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** The words a search sends to the index: legal forms and "government" dropped, unless nothing else is left. */
function queryWords(words: string[]): string[] {
  const kept = words.filter((w) => !LEGAL_FORMS.has(w) && w !== "government" && !LINKING_WORDS.has(w));
  return kept.length > 0 ? kept : words;
}

/**
 * searchKey's folding: one spelling per country name and per dotted legal form, then legal forms, "government"
 * and linking words dropped. The query keeps country names as typed (`sameNames` false), since the index holds
 * names as written ("United States", not "us").
 */
function foldedWords(words: string[], sameNames = true): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const same = SAME_NAME.find(([spelling, one]) => (sameNames || LEGAL_FORMS.has(one)) && spelling.every((w, k) => words[i + k] === w));
    if (same) {
      out.push(same[1]);
      i += same[0].length;
    } else {
      out.push(words[i]!);
      i += 1;
    }
  }
  return queryWords(out);
}
