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
  "inc",
  "incorporated",
  "corp",
  "corporation",
  "co",
  "company",
  "llc",
  "lp",
  "llp",
  "ltd",
  "limited",
  "plc",
  "pbc",
  "sa",
  "sas",
  "ag",
  "gmbh",
  "nv",
  "bv",
  "se",
  "spa",
  "kk",
  "group",
  "holding",
  "holdings",
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

/**
 * The key exact-name ranking compares: searchKey without its spaces, so "Open AI" meets "OpenAI" and
 * "Stargate LLC" meets "Stargate". Actor.searchKeys holds one per name, alias and identifier.
 */
export function exactNameKey(text: string): string {
  return searchKey(text).replace(/ /g, "");
}

/** The words an identifier is found by: its value, and for a ticker ("NASDAQ:NVDA") its symbol alone too ("nvda"). */
function identifierNames(identifier: { scheme: string; value: string }): string[] {
  const names = [wordsOf(identifier.value).join(" ")];
  if (identifier.scheme === "ticker") names.push(wordsOf(identifier.value.slice(identifier.value.indexOf(":") + 1)).join(" "));
  return names;
}

/**
 * What an actor node holds for search, from its names (name and aliases) and identifiers: `searchText`, the lines
 * the full-text index reads (an identifier as separate words: the index's tokenizer keeps "nasdaq:nvda" whole), and
 * `searchKeys`, the exact-name keys. The seeder and the curation mutations both store these.
 */
export function actorSearchFields(
  names: readonly string[],
  identifiers: readonly { scheme: string; value: string }[],
): { searchText: string; searchKeys: string[] } {
  const identifierLines = identifiers.flatMap(identifierNames);
  return {
    searchText: [...names, ...identifierLines].join("\n"),
    searchKeys: [...new Set([...names.map(exactNameKey), ...identifierLines.map((line) => line.replace(/ /g, ""))])],
  };
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
  // Words written apart that a name writes together ("Open AI", "Deep Seek") match as one word too.
  if (words.length > 1) clauses.push(`${words.join("")}^3`);
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
