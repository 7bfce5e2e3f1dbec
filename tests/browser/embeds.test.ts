/**
 * The embeds on a page of another site. The built site (dist/) is served on one origin, with the CORS header static
 * hosts send, and a plain HTML story (tests/fixtures/host/index.html) on another, with each embed marker filled in by
 * the snippet the Embed page gives. Chromium loads the story at desktop and phone widths, with the system in light and
 * in dark, and with the host forcing a theme, and checks that every embed draws marks in the right theme, that the
 * iframes fit their content, that the tab key reaches a mark and shows its tip, and that nothing fails or leaves
 * localhost. Screenshots: tests/output/screenshots/host-<mode>-<width>.png and host-focus-<mode>-<width>.png.
 */
import {mkdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import type {Frame, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {iframeSnippet, moduleSnippet, staticSnippet} from "../../docs/components/embedSnippets.ts";
import {THEMES} from "../../docs/components/theme.ts";
import type {StaticManifest} from "../../data-loaders/embeds.ts";
import {
  DIST,
  ROOT,
  SCREENSHOTS,
  WIDTHS,
  isLocalUrl,
  launchBrowser,
  startStaticServer,
  type BrowserSession,
  type StaticServer
} from "./harness.ts";

const HOST = join(ROOT, "tests", "fixtures", "host");
const FORMS = ["module", "iframe", "static"] as const;

let site: StaticServer;
let host: StaticServer;
let browser: BrowserSession;
let manifest: StaticManifest;
/** The site's address as the host page names it: `localhost` where the host page is on 127.0.0.1, another site. */
let siteUrl: string;

/** The host page with each `<!-- backchannel:FORM:CHART -->` marker replaced by that snippet. */
function fillHostPage(html: string, theme: "auto" | "light" | "dark"): string {
  return html.replace(/<!-- backchannel:(\w+):([\w-]+) -->/g, (marker, form: string, name: string) => {
    const chart = manifest.charts.find((c) => c.name === name);
    if (!chart) throw new Error(`no chart ${name} in the manifest`);
    const snippet = {module: moduleSnippet, iframe: iframeSnippet, static: staticSnippet}[form];
    if (!snippet) throw new Error(`unknown form in ${marker}`);
    return snippet(chart, {site: siteUrl, theme});
  });
}

beforeAll(async () => {
  manifest = JSON.parse(readFileSync(join(DIST, "embed", "static.json"), "utf-8")) as StaticManifest;
  site = await startStaticServer(DIST, {headers: {"access-control-allow-origin": "*"}});
  siteUrl = `${site.url.replace("127.0.0.1", "localhost")}/`;
  host = await startStaticServer(HOST, {
    rewriteHtml: (html, {url}) => {
      const theme = url.searchParams.get("theme") ?? "auto";
      if (theme !== "auto" && theme !== "light" && theme !== "dark") throw new Error(`bad theme ${theme}`);
      return fillHostPage(html, theme);
    }
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
});

/** The reader's system colour scheme, the host page's theme, and the theme the embeds must then draw in. */
const MODES = [
  {name: "light", colorScheme: "light", theme: "auto", expected: "light"},
  {name: "dark", colorScheme: "dark", theme: "auto", expected: "dark"},
  {name: "forced-dark", colorScheme: "light", theme: "dark", expected: "dark"},
  {name: "forced-light", colorScheme: "dark", theme: "light", expected: "light"}
] as const;

interface EmbedReport {
  chart: string;
  marks: number;
  theme: string;
  background: string;
  title: string;
  alt: string;
}

/** Runs in a page or frame: every embed element's chart, theme and texts. */
function inspectEmbeds(): EmbedReport[] {
  return [...document.querySelectorAll<HTMLElement>(".backchannel-embed")].map((element) => {
    const root = element.shadowRoot ?? element;
    return {
      chart: element.dataset.chart ?? "",
      marks: root.querySelectorAll("svg .bc-marks > *").length,
      theme: element.dataset.theme ?? "",
      background: getComputedStyle(element).backgroundColor,
      title: root.querySelector("figure > h2")?.textContent ?? "",
      alt: root.querySelector("figure > svg")?.getAttribute("aria-description") ?? ""
    };
  });
}

/** Runs in a page or frame: the focused element, through shadow roots, and whether it is a mark showing its tip. */
function inspectFocus(): {isMark: boolean; label: string; tip: string} {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  const isMark = !!active?.parentElement?.classList.contains("bc-marks");
  const tip = active?.closest("svg")?.querySelector('g[aria-label="tip"]');
  return {
    isMark,
    label: active?.getAttribute("aria-label") ?? active?.firstElementChild?.getAttribute("aria-label") ?? "",
    tip: tip?.textContent ?? ""
  };
}

function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

async function frameOf(page: Page, chart: string): Promise<Frame> {
  const frame = page.frames().find((f) => new URL(f.url()).pathname === `/embed/${chart}`);
  if (!frame) throw new Error(`no iframe of ${chart}`);
  return frame;
}

describe.each(MODES)("the host page, system $colorScheme, host theme $theme", (mode) => {
  test.each(WIDTHS)(
    "shows every chart in every form, in the right theme, fitted and keyboard-reachable (%i px)",
    async (width) => {
      const problems: string[] = [];
      const page = await browser.context.newPage();
      await page.setViewportSize({width, height: 900});
      await page.emulateMedia({colorScheme: mode.colorScheme});
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(`console error: ${message.text()} (${message.location().url})`);
      });
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("request", (request) => {
        if (!isLocalUrl(request.url())) problems.push(`request to non-localhost host: ${request.url()}`);
      });
      page.on("requestfailed", (request) =>
        problems.push(`failed request: ${request.url()} (${request.failure()?.errorText ?? "unknown"})`)
      );
      page.on("response", (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      const blockedBefore = browser.blocked.length;
      try {
        const query = mode.theme === "auto" ? "" : `?theme=${mode.theme}`;
        await page.goto(`${host.url}/${query}`, {waitUntil: "load", timeout: 60_000});
        const charts = manifest.charts.map((c) => c.name);

        // Modules: drawn, with marks, in the expected theme; and the same texts as the static files' manifest.
        await page.waitForFunction(
          (count) => {
            const embeds = [...document.querySelectorAll<HTMLElement & {chartText?: unknown}>(".backchannel-embed")];
            return embeds.length === count && embeds.every((e) => e.chartText);
          },
          charts.length,
          {timeout: 60_000}
        );
        const modules = await page.evaluate(inspectEmbeds);
        expect(modules.map((m) => m.chart)).toEqual(charts);
        for (const module of modules) {
          const expected = manifest.charts.find((c) => c.name === module.chart)!;
          expect(module.marks, `${module.chart} module marks`).toBeGreaterThan(0);
          expect(module.theme, `${module.chart} module theme`).toBe(mode.expected);
          expect(module.background).toBe(rgb(THEMES[mode.expected].background));
          expect(module.title).toBe(expected.title);
          expect(module.alt).toBe(expected.alt);
        }

        // Iframes: each resized by /embed/resize.js to the height of its drawn chart. They load lazily, and offscreen
        // cross-origin frames are throttled (no resize observers), so each is checked once scrolled into view.
        expect(await page.locator("iframe").count()).toBe(charts.length);
        for (const chart of charts) {
          await page.locator(`iframe[src*="/embed/${chart}?"]`).scrollIntoViewIfNeeded();
          await expect
            .poll(() => page.frames().some((f) => new URL(f.url()).pathname === `/embed/${chart}`))
            .toBe(true);
          const frame = await frameOf(page, chart);
          await frame.waitForFunction(
            () => (document.querySelector(".backchannel-embed") as {chartText?: unknown} | null)?.chartText,
            null,
            {timeout: 60_000}
          );
          const [inside] = await frame.evaluate(inspectEmbeds);
          expect(inside.marks, `${chart} iframe marks`).toBeGreaterThan(0);
          expect(inside.theme, `${chart} iframe theme`).toBe(mode.expected);
          expect(inside.title).toBe(manifest.charts.find((c) => c.name === chart)!.title);
          const heights = async () => ({
            content: await frame.evaluate(() =>
              Math.ceil(document.querySelector(".backchannel-embed")!.getBoundingClientRect().bottom + scrollY)
            ),
            frame: await page.evaluate(
              (name) =>
                [...document.querySelectorAll("iframe")]
                  .find((f) => new URL(f.src).pathname === `/embed/${name}`)!
                  .getBoundingClientRect().height,
              chart
            )
          });
          // The frame reports again once the chart is drawn; the host resizes on the next message.
          await expect
            .poll(
              async () => {
                const {content, frame} = await heights();
                return Math.abs(frame - content);
              },
              {timeout: 10_000}
            )
            .toBeLessThanOrEqual(2);
          expect((await heights()).frame, `${chart} iframe height`).toBeGreaterThan(150);
        }

        // Static images: loaded, the theme's file, at 2× the stated width.
        await page.waitForFunction(
          () => [...document.images].every((img) => img.complete && img.naturalWidth > 0),
          null,
          {
            timeout: 30_000
          }
        );
        const images = await page.evaluate(() =>
          [...document.images].map((img) => ({src: img.currentSrc, natural: img.naturalWidth, alt: img.alt}))
        );
        expect(images).toHaveLength(charts.length);
        for (const [i, image] of images.entries()) {
          expect(image.src).toContain(`/embed/${charts[i]}-${mode.expected}.png`);
          expect(image.natural).toBe(manifest.width * manifest.pixelRatio);
          expect(image.alt).toBe(manifest.charts[i].altText);
        }

        // The whole page in one viewport, so that no iframe is offscreen (and unpainted) when the screenshot is taken.
        mkdirSync(SCREENSHOTS, {recursive: true});
        await page.setViewportSize({width, height: await page.evaluate(() => document.documentElement.scrollHeight)});
        await page.waitForTimeout(500);
        await page.screenshot({path: join(SCREENSHOTS, `host-${mode.name}-${width}.png`), fullPage: true});
        await page.setViewportSize({width, height: 900});

        // The keyboard: from the link before each embed, Tab lands on a mark of the chart, which shows its tip.
        for (const chart of charts) {
          await page.focus(`#before-module-${chart}`);
          await page.keyboard.press("Tab");
          const focus = await page.evaluate(inspectFocus);
          expect(focus.isMark, `Tab after the link lands on a mark of the ${chart} module`).toBe(true);
          expect(focus.tip.length, `the focused ${chart} mark shows a tip`).toBeGreaterThan(10);
          if (chart === charts[0]) {
            const element = page.locator(".backchannel-embed").first();
            await element.screenshot({path: join(SCREENSHOTS, `host-focus-${mode.name}-${width}.png`)});
          }
          await page.focus(`#before-iframe-${chart}`);
          await page.keyboard.press("Tab");
          // Focus crosses into the iframe's document a moment after the key press on a loaded machine: wait for it.
          const frame = await frameOf(page, chart);
          await expect
            .poll(async () => (await frame.evaluate(inspectFocus)).isMark, {
              message: `Tab after the link lands on a mark in the ${chart} iframe`,
              timeout: 5_000
            })
            .toBe(true);
          const inFrame = await frame.evaluate(inspectFocus);
          expect(inFrame.tip.length, `the focused ${chart} mark in the iframe shows a tip`).toBeGreaterThan(10);
        }
        await page.keyboard.press("Escape");
        const afterEscape = await (await frameOf(page, charts[charts.length - 1])).evaluate(inspectFocus);
        expect(afterEscape.tip, "Escape hides the tip").toBe("");

        for (const blocked of browser.blocked.slice(blockedBefore)) problems.push(`blocked request: ${blocked}`);
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    }
  );
});

test("the Embed page gives exactly the snippets the host page pastes, for this site's address", async () => {
  const page = await browser.context.newPage();
  try {
    await page.goto(`${site.url}/embeds`, {waitUntil: "load"});
    await page.waitForFunction(() => document.querySelectorAll(".snippet pre code").length >= 9, null, {
      timeout: 60_000
    });
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll(".embed-gallery")].map((section) => ({
        chart: section.id,
        snippets: Object.fromEntries(
          [...section.querySelectorAll<HTMLElement>(".snippet")].map((s) => [
            s.dataset.form,
            s.querySelector("code")!.textContent
          ])
        )
      }))
    );
    expect(shown.map((s) => s.chart)).toEqual(manifest.charts.map((c) => c.name));
    for (const {chart, snippets} of shown) {
      const entry = manifest.charts.find((c) => c.name === chart)!;
      const options = {site: `${site.url}/`, theme: "auto" as const};
      expect(Object.keys(snippets)).toEqual([...FORMS]);
      expect(snippets.module).toBe(moduleSnippet(entry, options));
      expect(snippets.iframe).toBe(iframeSnippet(entry, options));
      expect(snippets.static).toBe(staticSnippet(entry, options));
    }
  } finally {
    await page.close();
  }
});

test("a module embed prints in light colours, with black text and no tips", async () => {
  const page = await browser.context.newPage();
  try {
    await page.emulateMedia({colorScheme: "dark"});
    await page.goto(`${host.url}/?theme=dark`, {waitUntil: "load"});
    await page.waitForFunction(
      () => (document.querySelector(".backchannel-embed") as {chartText?: unknown} | null)?.chartText
    );
    const printed = () =>
      page.evaluate(() => {
        const element = document.querySelector<HTMLElement>(".backchannel-embed")!;
        const root = element.shadowRoot!;
        return {
          theme: element.dataset.theme,
          background: getComputedStyle(element).backgroundColor,
          title: getComputedStyle(root.querySelector("figure > h2")!).color,
          subtitle: getComputedStyle(root.querySelector("figure > h3")!).color,
          tip: getComputedStyle(root.querySelector('figure > svg g[aria-label="tip"]')!).display
        };
      });
    expect((await printed()).theme).toBe("dark");
    await page.emulateMedia({media: "print", colorScheme: "dark"});
    await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
    expect(await printed()).toEqual({
      theme: "light",
      background: "rgb(255, 255, 255)",
      title: "rgb(0, 0, 0)",
      subtitle: "rgb(0, 0, 0)",
      tip: "none"
    });
    await page.pdf({path: join(ROOT, "tests", "output", "host-print.pdf"), printBackground: true});
    await page.emulateMedia({media: "screen", colorScheme: "dark"});
    await page.evaluate(() => dispatchEvent(new Event("afterprint")));
    expect((await printed()).theme).toBe("dark");
  } finally {
    await page.close();
  }
});
