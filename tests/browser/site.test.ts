/**
 * Opens every page of the built site (dist/, built by global-setup.ts) in Chromium at desktop and phone widths, with
 * the network blocked, and fails on anything that would show a reader a broken page. Screenshots of each page and
 * width go to tests/output/screenshots/<page>-<width>.png.
 */
import {readFileSync} from "node:fs";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {
  DIST,
  WIDTHS,
  checkPage,
  launchBrowser,
  listBuiltPages,
  resolveStaticPath,
  startStaticServer,
  type BrowserSession,
  type StaticServer
} from "./harness.ts";

const pages = listBuiltPages(DIST);
let server: StaticServer;
let browser: BrowserSession;

beforeAll(async () => {
  server = await startStaticServer(DIST);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("the built site has pages, including the home page", () => {
  expect(pages.map((p) => p.path)).toContain("/");
  expect(pages.length).toBeGreaterThan(1);
});

test("every local link in every page leads to a built file", () => {
  const broken: string[] = [];
  for (const page of pages) {
    const html = readFileSync(page.file, "utf-8").replace(/<script\b[\s\S]*?<\/script>/gi, "");
    for (const [, href] of html.matchAll(/<a\b[^>]*?\bhref="([^"#]+)(?:#[^"]*)?"/g)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//")) continue; // external or mailto:, not local
      const target = new URL(href, `http://localhost${page.path}`).pathname;
      if (!resolveStaticPath(DIST, target)) broken.push(`${page.path} → ${href}`);
    }
  }
  expect(broken).toEqual([]);
});

test("search finds a page offline, if the site has search", async ({skip}) => {
  const home = readFileSync(pages.find((p) => p.path === "/")!.file, "utf-8");
  if (!home.includes('id="observablehq-search"')) skip();
  // The first sidebar page other than the home page, e.g. <a href="./statements">Statements</a>.
  const [, href, name] = /<li class="observablehq-link[^"]*"><a href="\.\/([^"#]+)">([^<]+)<\/a>/.exec(home) ?? [];
  expect(name, "a sidebar link to search for").toBeTruthy();
  let results = "";
  const report = await checkPage(browser, `${server.url}/`, {
    width: 1280,
    screenshot: "search-1280",
    actions: async (page) => {
      await page.fill("#observablehq-search input", name);
      await page.locator(`#observablehq-search-results a[href$="${href}"]`).first().waitFor({timeout: 10_000});
      results = await page.locator("#observablehq-search-results").innerText();
    }
  });
  expect(report.problems).toEqual([]);
  expect(results).toContain(name);
});

describe.each(pages)("page $path", (page) => {
  test.each(WIDTHS)("renders without problems at %i px", async (width) => {
    const report = await checkPage(browser, `${server.url}${page.path}`, {width, screenshot: `${page.name}-${width}`});
    expect(report.problems, `problems on ${report.url} at ${width} px`).toEqual([]);
  });
});
