import { readReadmeExamples } from "../../src/playground/readme-examples";
import { describeWithSeeds } from "../support/processes";
import { startQueryApp, type QueryApp } from "../support/query-app";

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
  // The examples a newcomer copies first, and the playground's saved operations.
  const examples = readReadmeExamples().map((example) => example.query);

  it("has examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });

  it.each(examples.map((text, i) => [i + 1, text.split("\n")[0]!, text]))(
    "example %i (%s) runs without errors and answers with facts",
    async (_i, _title, text) => {
      const data = await api.query(text as string);
      for (const [field, answer] of Object.entries(data)) {
        expect([field, holdsAFact(answer)]).toEqual([field, true]);
      }
    },
  );
});
