/**
 * `npm run dev` (observable preview, with the network guard) must serve pages that work offline too: the preview
 * server bundles Framework's client and serves npm modules itself, on a different path than the build. It runs on a
 * copy of the site, where the tests then edit an article, the reviews and the library, and wait for the open page and
 * the served tables to change, as an editor would see them.
 */
import {spawn, type ChildProcess} from "node:child_process";
import {existsSync, readFileSync, rmSync} from "node:fs";
import {createServer} from "node:net";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {readCorpus} from "../../src/corpus.ts";
import {buildTables} from "../../src/tables.ts";
import {cloneSite, type SiteClone} from "../support/siteClone.ts";
import {DIST, OUTPUT, checkPage, launchBrowser, listBuiltPages, type BrowserSession} from "./harness.ts";

const pages = listBuiltPages(DIST);
const networkLog = join(OUTPUT, "preview-network.log");
let preview: ChildProcess | undefined;
let origin: string;
let output = "";
let browser: BrowserSession;
let site: SiteClone;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

beforeAll(async () => {
  rmSync(networkLog, {force: true});
  const port = await freePort();
  site = cloneSite();
  preview = spawn("npm", ["run", "dev", "--", "--no-open", "--port", String(port)], {
    cwd: site.root,
    env: {...process.env, FORBID_NETWORK_LOG: networkLog, NO_COLOR: "1", FORCE_COLOR: "0"},
    stdio: ["ignore", "pipe", "pipe"],
    detached: true // own process group, so that npm, sh and observable all stop together
  });
  origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`preview did not start:\n${output}`)), 120_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString("utf-8");
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${match[1]}`);
      }
    };
    preview!.stdout!.on("data", onData);
    preview!.stderr!.on("data", onData);
    preview!.on("exit", (code) => reject(new Error(`preview exited (${code}):\n${output}`)));
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (preview?.pid && preview.exitCode === null) {
    const exited = new Promise((resolve) => preview!.once("exit", resolve));
    process.kill(-preview.pid, "SIGTERM");
    await exited;
  }
  site?.remove();
});

describe.each(pages)("preview of $path", (page) => {
  test("renders without problems", async () => {
    const report = await checkPage(browser, `${origin}${page.path}`, {
      width: 1280,
      screenshot: `preview-${page.name}-1280`
    });
    expect(report.problems, `problems on ${report.url}`).toEqual([]);
  });
});

describe("the embeds' addresses in preview", () => {
  test("the Embed page's links to the static images open the images, as on the built site", async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${origin}/embeds`);
      await page.waitForFunction(() => document.querySelectorAll(".embed-gallery").length > 0, undefined, {
        timeout: 30_000
      });
      const links = await page.$$eval(".embed-gallery a[href$='.svg'], .embed-gallery a[href$='.png']", (as) =>
        as.map((a) => (a as HTMLAnchorElement).href)
      );
      expect(links.length).toBe(12);
      for (const link of links) {
        await page.goto(link);
        await page.waitForFunction(() => document.contentType.startsWith("image/"), undefined, {timeout: 30_000});
        expect(await page.evaluate(() => document.contentType)).toBe(
          link.endsWith(".svg") ? "image/svg+xml" : "image/png"
        );
      }
    } finally {
      await page.close();
    }
  }, 120_000);

  test.each(["data.json", "resize.js"])(
    "/embed/%s opens the file the snippets load",
    async (file) => {
      const page = await browser.context.newPage();
      try {
        await page.goto(`${origin}/embed/${file}`);
        await page.waitForURL(`${origin}/_file/embed/${file}`, {timeout: 30_000});
        const text = await page.evaluate(() => document.body.innerText);
        if (file === "data.json") expect(JSON.parse(text).focus.actor).toBe("CN");
        else expect(text).toContain("iframe");
      } finally {
        await page.close();
      }
    },
    60_000
  );

  test("a mistyped chart address lists the charts instead of an error box", async () => {
    const report = await checkPage(browser, `${origin}/embed/stance-timelin`, {width: 390});
    expect(report.problems).toEqual([]);
    const page = await browser.context.newPage();
    try {
      await page.goto(`${origin}/embed/stance-timelin`);
      const links = page.locator("#observablehq-main a");
      await links.first().waitFor({timeout: 30_000});
      expect(await links.allTextContents()).toEqual(["stance-timeline", "gap-chart", "events-chart", "Embed page"]);
    } finally {
      await page.close();
    }
  }, 60_000);
});

test("the preview server made no network request", () => {
  expect(existsSync(networkLog) ? readFileSync(networkLog, "utf-8") : "").toBe("");
  expect(output).not.toMatch(/forbid-network: blocked|unable to fetch/);
});

/** Fetches `path` from the preview until `done` holds for its text (the loader re-runs on the first request after a change). */
async function servedUntil(path: string, done: (text: string) => boolean, what: string): Promise<string> {
  let text = "";
  for (
    const start = Date.now();
    Date.now() - start < 60_000;
    await new Promise((resolve) => setTimeout(resolve, 250))
  ) {
    const response = await fetch(`${origin}${path}`);
    text = await response.text();
    if (response.ok && done(text)) return text;
  }
  throw new Error(`timed out waiting until ${what}; last ${path}:\n${text.slice(0, 500)}\n${output.slice(-2000)}`);
}

describe("live preview", () => {
  test("editing an article updates the open page, without a reload, and the served table", async () => {
    const article = "corpus/articles/ndtv-2019-02-unsc-condemns-pulwama-names-jem.md";
    const page = await browser.context.newPage();
    try {
      await page.goto(`${origin}/sources`);
      await page.waitForFunction(() => document.querySelectorAll(".source-index a").length > 0, undefined, {
        timeout: 30_000
      });
      await page.evaluate(() => ((window as unknown as {stayed: boolean}).stayed = true));
      site.write(article, site.read(article).replace(/^title: .*$/m, 'title: "Edited while previewing"'));
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll(".source-index a")].some((a) => a.textContent === "Edited while previewing"),
        undefined,
        {timeout: 60_000, polling: 250}
      );
      expect(await page.evaluate(() => (window as unknown as {stayed?: boolean}).stayed)).toBe(true);
    } finally {
      await page.close();
    }
    await servedUntil(
      "/_file/data/documents.csv",
      (csv) => csv.includes(",Edited while previewing,"),
      "the table changes"
    );
  }, 120_000);

  test("editing the reviews updates the served statements and reviews tables", async () => {
    const {articles, texts} = readCorpus(site.path("corpus/articles"));
    const statement = buildTables(articles, {texts}).statements.find((s) => s.actor === "CN")!;
    site.write(
      "corpus/reviews.yaml",
      `${site.read("corpus/reviews.yaml")}\n${statement.statement_id}: {status: rejected, reviewer: A. Editor, date: 2025-01-15}\n`
    );
    await servedUntil(
      "/_file/data/statements.csv",
      (csv) =>
        csv
          .split("\n")
          .some((line) => line.startsWith(`${statement.statement_id},`) && line.includes(",rejected,A. Editor,")),
      "the statement is published rejected"
    );
    await servedUntil("/_file/data/reviews.json", (json) => JSON.parse(json).applied === 1, "reviews.json counts it");
  }, 120_000);

  test("editing the library's analysis code rebuilds the module the notebooks import", async () => {
    const entry = "src/analysis/index.ts";
    site.write(entry, `${site.read(entry)}export const previewProbe = () => "probe";\n`);
    await servedUntil("/_import/lib/backchannel.js", (js) => js.includes("previewProbe"), "the module is rebuilt");
  }, 120_000);
});
