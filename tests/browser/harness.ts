/**
 * Reusable pieces for browser tests: a static server for the built site, a Chromium launcher that can reach nothing
 * but localhost, and page checks that wait for Observable Framework to finish rendering.
 *
 * Typical use (see site.test.ts):
 *
 *   const server = await startStaticServer(DIST);
 *   const browser = await launchBrowser();
 *   const report = await checkPage(browser, `${server.url}/statements`, {width: 1280, screenshot: "statements-1280"});
 *   expect(report.problems).toEqual([]);
 */
import {createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync} from "node:fs";
import {mkdtemp, rm} from "node:fs/promises";
import {createServer, type Server} from "node:http";
import type {AddressInfo} from "node:net";
import {tmpdir} from "node:os";
import {dirname, extname, join, relative, resolve, sep} from "node:path";
import {fileURLToPath} from "node:url";
import {chromium, type BrowserContext, type Page} from "playwright-core";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DIST = join(ROOT, "dist");
export const OUTPUT = join(ROOT, "tests", "output");
export const SCREENSHOTS = join(OUTPUT, "screenshots");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const WIDTHS = [1280, 390] as const;

// ---------------------------------------------------------------------------------------------------------------------
// Static server

const MIME_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".tsv": "text/tab-separated-values; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".xml": "application/xml",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".wasm": "application/wasm",
  ".parquet": "application/vnd.apache.parquet",
  ".arrow": "application/vnd.apache.arrow.file",
  ".zip": "application/zip",
  ".pdf": "application/pdf"
};

export function mimeType(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/**
 * Maps a URL path to a file under `root` the way Observable Framework's clean URLs expect: `/` → index.html,
 * `/statements` → statements.html, `/dir/` → dir/index.html; other paths map to files as is. Returns null when there is
 * no such file, or when the path would escape `root`.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(urlPath, "http://localhost").pathname);
  } catch {
    return null;
  }
  const base = resolve(root);
  const path = resolve(base, `.${pathname}`);
  if (path !== base && !path.startsWith(base + sep)) return null;
  const candidates = pathname.endsWith("/") ? [join(path, "index.html")] : [path, `${path}.html`];
  return candidates.find(isFile) ?? null;
}

export interface StaticServer {
  /** Origin without trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Paths requested that had no file (for diagnostics). */
  notFound: string[];
  close(): Promise<void>;
}

/** Options of {@link startStaticServer}. */
export interface StaticServerOptions {
  /** Headers added to every response, e.g. `{"access-control-allow-origin": "*"}` as static hosts send. */
  headers?: Record<string, string>;
  /** Rewrites an HTML file's text before it is served (e.g. to fill in a template). */
  rewriteHtml?: (html: string, request: {path: string; url: URL}) => string;
}

export async function startStaticServer(
  root: string,
  {headers = {}, rewriteHtml}: StaticServerOptions = {}
): Promise<StaticServer> {
  const notFound: string[] = [];
  const server: Server = createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405).end();
      return;
    }
    const file = resolveStaticPath(root, req.url ?? "/");
    if (!file) {
      notFound.push(req.url ?? "");
      const notFoundPage = join(root, "404.html");
      if (isFile(notFoundPage)) {
        res.writeHead(404, {...headers, "content-type": mimeType(notFoundPage)});
        createReadStream(notFoundPage).pipe(res);
      } else {
        res.writeHead(404, {"content-type": "text/plain"}).end("not found");
      }
      return;
    }
    if (rewriteHtml && file.endsWith(".html")) {
      const url = new URL(req.url ?? "/", "http://localhost");
      let body: Buffer;
      try {
        body = Buffer.from(rewriteHtml(readFileSync(file, "utf-8"), {path: file, url}));
      } catch (error) {
        res.writeHead(500, {"content-type": "text/plain"}).end(String(error));
        return;
      }
      res.writeHead(200, {
        ...headers,
        "content-type": mimeType(file),
        "content-length": body.length,
        "cache-control": "no-store"
      });
      res.end(req.method === "HEAD" ? undefined : body);
      return;
    }
    res.writeHead(200, {
      ...headers,
      "content-type": mimeType(file),
      "content-length": statSync(file).size,
      "cache-control": "no-store"
    });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    notFound,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}

// ---------------------------------------------------------------------------------------------------------------------
// Built pages

export interface BuiltPage {
  /** Name for reports and screenshots: "index", "statements", "notebooks-foo". */
  name: string;
  /** Clean URL path: "/", "/statements", "/notebooks/foo". */
  path: string;
  file: string;
}

/** Every page of the built site: each .html file under `dist`, except Framework's `_*` asset folders and 404.html. */
export function listBuiltPages(dist: string = DIST): BuiltPage[] {
  const pages: BuiltPage[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const file = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith("_") && !entry.name.startsWith(".")) walk(file);
      } else if (entry.name.endsWith(".html") && !(dir === dist && entry.name === "404.html")) {
        const rel = relative(dist, file).split(sep).join("/").slice(0, -".html".length);
        const path = rel === "index" ? "/" : rel.endsWith("/index") ? `/${rel.slice(0, -"index".length)}` : `/${rel}`;
        const name = rel.replace(/\/index$/, "").replace(/\//g, "-") || "index";
        pages.push({name, path, file});
      }
    }
  };
  walk(dist);
  return pages;
}

// ---------------------------------------------------------------------------------------------------------------------
// Browser

export interface BrowserSession {
  context: BrowserContext;
  /** URLs of requests to hosts other than localhost, blocked before they left the browser. */
  blocked: string[];
  close(): Promise<void>;
}

export function isLocalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === "data:" || parsed.protocol === "blob:" || parsed.protocol === "about:") return true;
  const host = parsed.hostname;
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]" || host === "::1";
}

/** Headless Debian Chromium with a new empty profile; every request to a non-localhost host is aborted and recorded. */
export async function launchBrowser(): Promise<BrowserSession> {
  const userDataDir = await mkdtemp(join(tmpdir(), "backchannel-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run"
    ],
    viewport: {width: 1280, height: 900},
    locale: "en-US",
    timezoneId: "UTC",
    serviceWorkers: "block"
  });
  const blocked: string[] = [];
  await context.route(
    (url) => !isLocalUrl(url.href),
    (route) => {
      blocked.push(route.request().url());
      return route.abort("blockedbyclient");
    }
  );
  return {
    context,
    blocked,
    async close() {
      await context.close();
      await rm(userDataDir, {recursive: true, force: true});
    }
  };
}

// ---------------------------------------------------------------------------------------------------------------------
// Page checks

export interface PageCheckOptions {
  width: number;
  height?: number;
  /** Screenshot file name (without .png) under tests/output/screenshots; none if omitted. */
  screenshot?: string;
  /** How long Framework may take to render every cell (ms; default 30 s). */
  renderTimeout?: number;
  /** Request URLs (matched against the full URL) whose failure is not a problem. */
  ignoreRequests?: RegExp[];
  /** Runs once the page has rendered, before the checks and the screenshot (e.g. to type into an input). */
  actions?: (page: Page) => Promise<void>;
}

export interface PageReport {
  url: string;
  width: number;
  problems: string[];
  /** Console warnings: reported, not failures. */
  warnings: string[];
  screenshot?: string;
}

/** Counted as drawn marks in a Plot svg: any `g[aria-label]` except axes, grids, frames and (empty until hover) tips. */
const NON_DATA_MARK = /^(?:f?[xy]-(?:axis|grid)\b|frame$|tip$)/;

interface ChartFinding {
  description: string;
}

/** Runs in the page: finds Framework error boxes, pending cells and charts without marks. */
function inspectRenderedPage(nonDataMark: string): {errors: string[]; pending: number; charts: ChartFinding[]} {
  const nonData = new RegExp(nonDataMark);
  const describe = (el: Element): string => {
    const parts: string[] = [];
    for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
      parts.unshift(
        e.tagName.toLowerCase() +
          (e.id ? `#${e.id}` : "") +
          (e.classList.length ? `.${[...e.classList].join(".")}` : "")
      );
    }
    return parts.join(" > ");
  };
  // Framework's client marks a rejected cell with the Inspector's `observablehq--error` class (client/inspect.js).
  const errors = [...document.querySelectorAll(".observablehq--error")].map(
    (e) => `Framework error box: ${(e.textContent ?? "").trim().slice(0, 300)}`
  );
  // Framework shows <observablehq-loading> in place of a cell's output until that cell first displays.
  const pending = document.querySelectorAll("observablehq-loading").length;
  const charts: ChartFinding[] = [];
  const isPlotSvg = (svg: Element): boolean => [...svg.classList].some((c) => /^plot(?:-[0-9a-f]+)?$/.test(c));
  const shapes = "circle, rect, path, line, polyline, polygon, ellipse, text, image, use";
  const svgs = new Set<SVGSVGElement>([
    ...document.querySelectorAll<SVGSVGElement>("figure svg"),
    ...[...document.querySelectorAll<SVGSVGElement>("svg")].filter(isPlotSvg)
  ]);
  for (const svg of svgs) {
    if (svg.parentElement?.closest("svg")) continue; // nested svg: judged with its outer svg
    if (isPlotSvg(svg)) {
      const marks = [...svg.querySelectorAll(":scope > g[aria-label]")].filter(
        (g) => !nonData.test(g.getAttribute("aria-label") ?? "")
      );
      if (!marks.some((g) => g.childElementCount > 0)) {
        const labels = marks.map((g) => g.getAttribute("aria-label")).join(", ") || "none";
        charts.push({description: `Plot chart without drawn marks (data marks: ${labels}) at ${describe(svg)}`});
      }
    } else if (!svg.closest("[class*='-swatches'], [class*='-ramp'], legend") && !svg.querySelector(shapes)) {
      charts.push({description: `figure svg without shapes at ${describe(svg)}`});
    }
  }
  for (const figure of document.querySelectorAll("main figure")) {
    if (!figure.querySelector("svg, canvas, img, video, table, iframe")) {
      charts.push({description: `figure without a chart at ${describe(figure)}`});
    }
  }
  return {errors, pending, charts};
}

async function waitForFramework(page: Page, timeout: number): Promise<string | null> {
  try {
    await page.waitForLoadState("networkidle", {timeout});
    await page.waitForFunction(() => document.querySelectorAll("observablehq-loading").length === 0, undefined, {
      timeout,
      polling: 100
    });
    // Cells that resolve after their first display (e.g. a view feeding a chart) settle within a few frames.
    await page.waitForLoadState("networkidle", {timeout});
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    return null;
  } catch (error) {
    return `page did not finish rendering within ${timeout} ms: ${(error as Error).message.split("\n")[0]}`;
  }
}

/**
 * Opens `url` in a new tab of `session` at `width`, waits until Framework has rendered every cell, and reports:
 * console errors, uncaught page errors, failed requests (network failures and HTTP status >= 400), requests to
 * non-localhost hosts, Framework error boxes, cells still pending, and charts without marks.
 */
export async function checkPage(session: BrowserSession, url: string, options: PageCheckOptions): Promise<PageReport> {
  const {width, height = 900, renderTimeout = 30_000, ignoreRequests = []} = options;
  const problems: string[] = [];
  const warnings: string[] = [];
  const ignored = (u: string): boolean => ignoreRequests.some((re) => re.test(u));
  const page = await session.context.newPage();
  await page.setViewportSize({width, height});
  page.on("console", (message) => {
    const location = message.location();
    const where = location.url ? ` (${location.url}:${location.lineNumber})` : "";
    if (message.type() === "error") problems.push(`console error: ${message.text()}${where}`);
    else if (message.type() === "warning") warnings.push(`console warning: ${message.text()}${where}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("request", (request) => {
    if (!isLocalUrl(request.url())) problems.push(`request to non-localhost host: ${request.url()}`);
  });
  page.on("requestfailed", (request) => {
    if (isLocalUrl(request.url()) && !ignored(request.url())) {
      problems.push(`failed request: ${request.url()} (${request.failure()?.errorText ?? "unknown"})`);
    }
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && !ignored(response.url())) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  let screenshot: string | undefined;
  const blockedBefore = session.blocked.length;
  try {
    const response = await page.goto(url, {waitUntil: "load", timeout: renderTimeout});
    if (!response) problems.push(`no response for ${url}`);
    const notRendered = await waitForFramework(page, renderTimeout);
    if (notRendered) problems.push(notRendered);
    if (options.actions) {
      await options.actions(page);
      const settled = await waitForFramework(page, renderTimeout);
      if (settled) problems.push(`after actions: ${settled}`);
    }
    const found = await page.evaluate(inspectRenderedPage, NON_DATA_MARK.source);
    problems.push(...found.errors);
    if (found.pending) problems.push(`${found.pending} cell(s) still pending (observablehq-loading)`);
    problems.push(...found.charts.map((c) => c.description));
    // Blocked by the context (e.g. from a worker) without a request event on this page.
    for (const blocked of session.blocked.slice(blockedBefore)) {
      if (!problems.some((p) => p.includes(blocked)))
        problems.push(`blocked request to non-localhost host: ${blocked}`);
    }
    if (options.screenshot) {
      mkdirSync(SCREENSHOTS, {recursive: true});
      screenshot = join(SCREENSHOTS, `${options.screenshot}.png`);
      await page.screenshot({path: screenshot, fullPage: true, animations: "disabled"});
    }
  } finally {
    await page.close();
  }
  return {url, width, problems, warnings, screenshot};
}
