/** Most words a search uses; the rest are ignored. */
const MAX_WORDS = 12;

/**
 * The words of what a user typed: split on anything but letters and digits, accents dropped, lower-cased.
 * "États-Unis" -> ["etats", "unis"]. Nothing else survives, so no Lucene syntax (quotes, colons, wildcards,
 * AND/OR, backslashes) can reach the index from user text.
 */
export function searchWords(text: string): string[] {
  return wordsOf(text).slice(0, MAX_WORDS);
}

/**
 * A name as search compares it: its words joined by one space. "États-Unis" and "etats unis" share the key
 * "etats unis". The seeder stores the keys of every actor's name and aliases (Actor.searchKeys), so a search
 * whose words are exactly a name ranks that actor first.
 */
export function searchKey(text: string): string {
  return wordsOf(text).join(" ");
}

function wordsOf(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/**
 * The Lucene query for the full-text index actor_names: every word is required and the last one may be
 * unfinished ("open" finds OpenAI), and the exact phrase ranks first. Null when the text has no word.
 * Example: "Etats Unis" -> `(+etats +unis*) OR "etats unis"^4`.
 */
export function luceneQueryOf(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  const required = words.map((w, i) => (i === words.length - 1 ? `+${w}*` : `+${w}`)).join(" ");
  const exact = words.length === 1 ? `${words[0]}^4` : `"${words.join(" ")}"^4`;
  return `(${required}) OR ${exact}`;
}
