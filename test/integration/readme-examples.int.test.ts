import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../src/project-root";
import { describeWithSeeds } from "../support/processes";
import { startQueryApp, type QueryApp } from "../support/query-app";

/** The ```graphql blocks of the README's researcher guide: the examples a newcomer copies first. */
function researcherExamples(): string[] {
  const readme = readFileSync(join(projectRoot, "README.md"), "utf8");
  const start = readme.indexOf("## For researchers");
  const end = readme.indexOf("\n## ", start + 1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

let api: QueryApp;

beforeAll(async () => {
  api = await startQueryApp();
});

afterAll(() => api.app.stop());

/** Whether an answer holds at least one fact: a non-empty list or a non-null leaf somewhere. */
function holdsAFact(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsAFact);
  if (value !== null && typeof value === "object") return Object.values(value).some(holdsAFact);
  return value !== null && value !== undefined;
}

describeWithSeeds("README researcher guide", () => {
  const examples = researcherExamples();

  it("has examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });

  it.each(examples.map((text, i) => [i + 1, text.split("\n")[0]!, text]))("example %i (%s) runs without errors and answers with facts", async (_i, _title, text) => {
    const data = await api.query(text as string);
    for (const [field, answer] of Object.entries(data)) {
      expect([field, holdsAFact(answer)]).toEqual([field, true]);
    }
  });
});
