import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../project-root";

/**
 * One saved operation of the playground: a ```graphql block of the README's researcher guide, named by the
 * paragraph just before it. The README is the single source of truth: its examples are the ones a test runs
 * (test/integration/readme-examples.int.test.ts), so the playground never offers an example that was not tested.
 */
export interface ReadmeExample {
  /** The paragraph's first sentence, the question the operation answers ("Who funds OpenAI, and who funds them?"). */
  title: string;
  /** The rest of the paragraph, in plain text; "" when the paragraph is one sentence. */
  description: string;
  /** The operation, exactly as the README holds it. */
  query: string;
}

/** The README section whose examples the playground offers, up to the next level-2 heading. */
export const RESEARCHER_SECTION = "## For researchers";

/** The examples of README.md's researcher guide, in the README's order. */
export function readReadmeExamples(readmePath = join(projectRoot, "README.md")): ReadmeExample[] {
  return readmeExamples(readFileSync(readmePath, "utf8"));
}

/**
 * The ```graphql blocks of the researcher section of `readme` (Markdown), each with the paragraph before it.
 * Throws when the section is missing, since a playground without its examples should fail the build.
 */
export function readmeExamples(readme: string): ReadmeExample[] {
  const start = readme.indexOf(RESEARCHER_SECTION);
  if (start === -1) throw new Error(`README.md has no "${RESEARCHER_SECTION}" section: the playground takes its examples from there.`);
  const end = readme.indexOf("\n## ", start + 1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => {
    const { title, description } = splitFirstSentence(paragraphBefore(section, match.index));
    return { title, description, query: match[1]! };
  });
}

/** The paragraph that ends just before `offset`: the lines up to the previous blank line, joined by spaces. */
function paragraphBefore(text: string, offset: number): string {
  const lines = text.slice(0, offset).trimEnd().split("\n");
  const paragraph: string[] = [];
  for (let i = lines.length - 1; i >= 0 && lines[i]!.trim() !== "" && !lines[i]!.startsWith("```"); i--)
    paragraph.unshift(lines[i]!.trim());
  return paragraph.join(" ").replace(/`([^`]*)`/g, "$1");
}

/**
 * The first sentence (up to ".", "?" or "!" before a space, or the whole paragraph) and the rest. The colon that
 * introduces the block is dropped; a colon inside the sentence ("in time order: board seats …") is kept.
 */
function splitFirstSentence(paragraph: string): { title: string; description: string } {
  const text = paragraph.replace(/:$/, "");
  const match = /^(.*?[.?!])(\s+|$)/.exec(text);
  if (!match) return { title: text, description: "" };
  return { title: match[1]!, description: text.slice(match[0].length).trim() };
}
