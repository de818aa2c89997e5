import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { projectRoot } from "../../src/project-root";
import { readReadmeExamples, type ReadmeExample } from "../../src/playground/readme-examples";
import { externalRequests, launchBrowser, recordRequests, screenshot } from "../support/browser";
import { describeWithSeeds } from "../support/processes";
import { startQueryApp, type QueryApp } from "../support/query-app";

let api: QueryApp;
let browser: Browser;
let base: string;

beforeAll(async () => {
  api = await startQueryApp();
  browser = await launchBrowser();
  base = api.app.graphqlUrl.replace(/\/graphql$/, "");
});

afterAll(async () => {
  await browser?.close();
  await api?.app.stop();
});

/** A fresh page (its own storage, so GraphiQL starts from its default tab) and every URL it requests. */
async function openPage(path: string): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  const requests = recordRequests(page);
  await page.goto(`${base}${path}`);
  await page.locator(".graphiql-query-editor .CodeMirror").waitFor();
  return { page, requests };
}

/** The whole text of the result pane (CodeMirror puts only the visible lines in the DOM). */
function resultText(page: Page): Promise<string> {
  return page.evaluate(() =>
    (document.querySelector(".result-window .CodeMirror") as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue(),
  );
}

async function waitForResultContaining(page: Page, text: string): Promise<string> {
  await page.waitForFunction(
    (wanted) =>
      (
        document.querySelector(".result-window .CodeMirror") as unknown as { CodeMirror: { getValue(): string } } | null
      )?.CodeMirror.getValue().includes(wanted),
    text,
    { timeout: 30_000 },
  );
  return resultText(page);
}

function example(titleStart: RegExp): ReadmeExample {
  const found = readReadmeExamples().find((e) => titleStart.test(e.title));
  if (!found) throw new Error(`The README's researcher guide has no example whose sentence matches ${titleStart}.`);
  return found;
}

describeWithSeeds("playground", () => {
  describe("GET /playground", () => {
    it("runs the first saved operation, search in French, with Ctrl-Enter and shows United States", async () => {
      const started = Date.now();
      const { page, requests } = await openPage("/playground");
      const readyMs = Date.now() - started;
      try {
        await page.locator(".graphiql-query-editor .CodeMirror").click();
        await page.keyboard.press("Control+Enter");
        const result = JSON.parse(await waitForResultContaining(page, "United States")) as {
          data: { search: { actor: { id: string } }[] };
        };
        expect(result.data.search.map((hit) => hit.actor.id)).toContain("united-states");
        expect(readyMs).toBeLessThan(20_000);
        expect(externalRequests(requests)).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it("lists one saved operation per README example, named by the sentence before it", async () => {
      const { page, requests } = await openPage("/playground");
      try {
        const titles = page.locator(".playground-example-title");
        await titles.first().waitFor();
        expect(await titles.allTextContents()).toEqual(readReadmeExamples().map((e) => e.title));
        expect(externalRequests(requests)).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it("runs the example chosen in the Examples panel, who funds OpenAI, with the run button and shows Microsoft", async () => {
      const { page, requests } = await openPage("/playground");
      try {
        await page.locator(".playground-example", { hasText: example(/^Who funds OpenAI/).title }).click();
        // The tab takes the operation's name once GraphiQL has read the new text; running before that would
        // send the previous operation's name.
        await page.locator(".graphiql-tab-active", { hasText: "Funders" }).waitFor();
        await page.locator(".graphiql-execute-button").click();
        const result = JSON.parse(await waitForResultContaining(page, "Microsoft")) as {
          data: { funders: { edges: { node: { actor: { id: string } } }[] } };
        };
        expect(result.data.funders.edges.map((e) => e.node.actor.id)).toContain("microsoft");
        expect(externalRequests(requests)).toEqual([]);

        const file = await screenshot(page, "playground");
        if (process.env.UPDATE_SCREENSHOTS === "1") {
          const docCopy = join(projectRoot, "docs", "screenshots", "playground.png");
          mkdirSync(dirname(docCopy), { recursive: true });
          copyFileSync(file, docCopy);
        }
      } finally {
        await page.close();
      }
    });

    it("opens a chosen example in a new tab when the active one holds the user's own operation", async () => {
      const { page, requests } = await openPage("/playground");
      try {
        const editor = (): Promise<string> =>
          page.evaluate(() =>
            (
              document.querySelector(".graphiql-query-editor .CodeMirror") as unknown as { CodeMirror: { getValue(): string } }
            ).CodeMirror.getValue(),
          );
        await page.evaluate(() =>
          (
            document.querySelector(".graphiql-query-editor .CodeMirror") as unknown as { CodeMirror: { setValue(v: string): void } }
          ).CodeMirror.setValue("query Mine { __typename }"),
        );
        await page.locator(".graphiql-tab-active", { hasText: "Mine" }).waitFor();
        await page.locator(".playground-example", { hasText: example(/^Who funds OpenAI/).title }).click();
        await page.locator(".graphiql-tab-active", { hasText: "Funders" }).waitFor();
        expect(await editor()).toContain("query Funders");
        await page.locator(".graphiql-tab", { hasText: "Mine" }).click();
        await page.locator(".graphiql-tab-active", { hasText: "Mine" }).waitFor();
        expect(await editor()).toBe("query Mine { __typename }");
        expect(externalRequests(requests)).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it("shows a type's description from the schema in the documentation explorer", async () => {
      const { __type } = await api.query<{ __type: { description: string } }>('{ __type(name: "Actor") { description } }');
      const { page, requests } = await openPage("/playground");
      try {
        await page.getByRole("button", { name: "Show Documentation Explorer" }).click();
        const docs = page.locator(".graphiql-doc-explorer");
        await docs.locator(".graphiql-doc-explorer-content").getByText("Query", { exact: true }).click();
        await docs
          .locator("a.graphiql-doc-explorer-type-name", { hasText: /^Actor$/ })
          .first()
          .click();
        await expect(docs.locator(".graphiql-doc-explorer-title").textContent()).resolves.toBe("Actor");
        await docs.getByText(__type.description).waitFor();
        expect(externalRequests(requests)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });

  describe("GET /graphql in a browser", () => {
    it("serves the playground, which runs operations against /graphql", async () => {
      const { page, requests } = await openPage("/graphql");
      try {
        expect(await page.title()).toMatch(/playground/i);
        await page.locator(".graphiql-execute-button").click();
        await waitForResultContaining(page, "United States");
        expect(externalRequests(requests)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });
});

describe("playground over HTTP", () => {
  describe("GET /graphql", () => {
    it("answers an API client's GET without a query with a GraphQL error, not the page", async () => {
      const response = await fetch(`${base}/graphql`, {
        headers: { accept: "application/graphql-response+json, application/json", "apollo-require-preflight": "true" },
      });
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).not.toMatch(/text\/html/);
      expect(await response.text()).not.toMatch(/<html/i);
    });

    it("answers a GET with query= as a GraphQL request even when the client accepts HTML", async () => {
      const query = encodeURIComponent("{ __typename }");
      const response = await fetch(`${base}/graphql?query=${query}`, {
        headers: { accept: "text/html, application/json", "apollo-require-preflight": "true" },
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { __typename: "Query" } });
    });

    it("serves the playground page when the client accepts HTML and sends no query", async () => {
      const response = await fetch(`${base}/graphql`, { headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" } });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      expect(await response.text()).toContain('src="/playground/main.js"');
    });
  });

  describe("GET /playground/main.js", () => {
    it("serves the bundle with a JavaScript content type", async () => {
      const response = await fetch(`${base}/playground/main.js`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/javascript/);
      expect(Number(response.headers.get("content-length"))).toBeGreaterThan(0);
    });
  });

  describe("GET /playground/<file>", () => {
    it("returns 404 for a file the page does not have, or one outside it", async () => {
      expect((await fetch(`${base}/playground/nope.js`)).status).toBe(404);
      expect((await fetch(`${base}/playground/..%2F..%2Fpackage.json`)).status).toBe(404);
    });
  });

  describe("POST /playground", () => {
    it("returns 405, since the page is only read", async () => {
      expect((await fetch(`${base}/playground`, { method: "POST" })).status).toBe(405);
    });
  });
});
