import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { projectRoot } from "../../src/project-root";

/** Debian's Chromium; `npm test` installs it first when it may (test/support/prerequisites.mjs). Playwright never downloads a browser of its own here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Where browser tests keep their screenshots (test artefacts, not committed; `docs/screenshots/` holds the README's copies). */
export const screenshotDir = join(projectRoot, "test-artifacts", "screenshots");

/**
 * Headless Chromium with the flags that keep it from calling home: no background networking, component
 * updates, sync or first-run requests, so any request a page makes is one the page itself asked for.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Every URL a page requests, recorded from now on, so a test can assert that none left the server's host. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  return urls;
}

/** The requests that went anywhere but localhost / 127.0.0.1 (data: and blob: URLs stay in the page). */
export function externalRequests(urls: readonly string[]): string[] {
  return urls.filter((u) => {
    if (u.startsWith("data:") || u.startsWith("blob:")) return false;
    const host = new URL(u).hostname;
    return host !== "localhost" && host !== "127.0.0.1";
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}
