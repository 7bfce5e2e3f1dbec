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

/** What the Sources page shows after following a link to `#<id>`. */
interface Landing {
  path: string;
  id: string;
  anchor: boolean;
  highlighted: number;
  allCoverId: boolean;
  inView: boolean;
}

describe("the explainer's timeline", () => {
  test.each(WIDTHS)(
    "has marks in both lanes, and a mark's link opens its sentence highlighted (%i px)",
    async (width) => {
      let lanes = {public: 0, private: 0};
      let href: string | null = null;
      let landing: Landing | undefined;
      const report = await checkPage(browser, `${server.url}/`, {
        width,
        screenshot: `timeline-link-${width}`,
        actions: async (page) => {
          const timeline = page.locator('figure[data-chart="stance-timeline"]').first();
          lanes = await timeline.evaluate((figure) => ({
            public: figure.querySelectorAll('svg g[aria-description^="public statements"] > a').length,
            private: figure.querySelectorAll('svg g[aria-description^="private statements"] > a').length
          }));
          const mark = timeline.locator('svg g[aria-description="public statements dated to the day"] > a').first();
          href = await mark.evaluate((a) => a.getAttribute("href") ?? a.getAttribute("xlink:href")); // Plot writes xlink:href
          await mark.click();
          await page.waitForURL(/\/sources#/, {timeout: 30_000});
          await page.waitForSelector("mark.is-target", {timeout: 30_000});
          landing = await page.evaluate(() => {
            const id = decodeURIComponent(location.hash.slice(1));
            const highlighted = [...document.querySelectorAll<HTMLElement>("mark.is-target")];
            const box = highlighted[0]?.getBoundingClientRect();
            return {
              path: location.pathname,
              id,
              anchor: document.getElementById(id) !== null,
              highlighted: highlighted.length,
              allCoverId: highlighted.every((m) => (m.dataset.statements ?? "").split(" ").includes(id)),
              inView: box !== undefined && box.bottom > 0 && box.top < innerHeight
            };
          });
        }
      });
      expect(report.problems).toEqual([]);
      expect(lanes.public, "marks in the public lane").toBeGreaterThan(0);
      expect(lanes.private, "marks in the private lane").toBeGreaterThan(0);
      expect(href).toMatch(/^\.\/sources#.+/);
      expect(landing).toMatchObject({
        path: "/sources",
        id: decodeURIComponent(href!.split("#")[1]),
        anchor: true,
        allCoverId: true,
        inView: true
      });
      expect(landing!.highlighted).toBeGreaterThan(0);
    }
  );
});

test("a dot of the gap chart opens the Statements page filtered to its year and channel", async () => {
  let href: string | null = null;
  let shown: {search: string; rows: string[][]} | undefined;
  const report = await checkPage(browser, `${server.url}/`, {
    width: 1280,
    actions: async (page) => {
      const dot = page
        .locator('figure[data-chart="gap-chart"] svg g[aria-description="mean stance by year and channel"] > a')
        .first();
      href = await dot.evaluate((a) => a.getAttribute("href") ?? a.getAttribute("xlink:href"));
      await dot.click();
      await page.waitForURL(/\/statements\?/, {timeout: 30_000});
      await page.waitForSelector("form table tbody tr", {timeout: 30_000});
      shown = await page.evaluate(() => ({
        search: location.search,
        rows: [...document.querySelectorAll("form table tbody tr")].map((tr) =>
          [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")
        )
      }));
    }
  });
  expect(report.problems).toEqual([]);
  const params = new URLSearchParams(href!.split("?")[1]);
  expect(shown!.search).toContain(`year=${params.get("year")}`);
  expect(shown!.rows.length).toBeGreaterThan(0);
  // Columns after the selection checkbox: source link, date, speaker, actor, target, channel, …
  for (const cells of shown!.rows) {
    expect(cells[6]).toBe(params.get("channel"));
    expect(cells[4]).toBe(params.get("actor"));
  }
});
