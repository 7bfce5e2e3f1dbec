/**
 * The newsroom loop as an editor runs it, on a copy of the site: add an article with `npm run add`, reject a statement
 * with `npm run review`, start a notebook with `npm run new:analysis`, then `npm run build`: the article is in the
 * built tables and on the Sources page, the review in the statements table, out of the derived ones and on the
 * editors' notebook, and the new notebook renders in Chromium at desktop and phone widths.
 */
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {readCorpus} from "../../src/corpus.ts";
import type {ReviewReport} from "../../src/reviewReport.ts";
import {buildTables, type StatementRow} from "../../src/tables.ts";
import {cloneSite, type SiteClone} from "../support/siteClone.ts";
import {runCommand, type CommandRun} from "../support/runCommand.ts";
import {
  WIDTHS,
  checkPage,
  launchBrowser,
  startStaticServer,
  type BrowserSession,
  type StaticServer
} from "./harness.ts";

const body = `BEIJING: China's foreign ministry spokesman Lu Kang said on Thursday that Pakistan had made enormous sacrifices in the fight against terrorism.

"The international community should give full recognition to Pakistan's efforts," Lu told a regular press briefing.

Behind closed doors, however, Chinese diplomats have urged Islamabad to act against militant groups, according to two officials familiar with the talks.
`;
const title = "China hails Pakistan's sacrifices against terrorism";
const id = "dailyexample-2018-01-china-hails-pakistans-sacrifices-against-terrorism";
const notebook = "a-scaffolded-notebook";

let site: SiteClone;
let server: StaticServer;
let browser: BrowserSession;
let rejected: StatementRow;
const runs: Record<string, CommandRun> = {};

/** A built data file, whatever its content hash: dist/_file/data/statements.<hash>.csv. */
function built(name: string): string {
  const [stem, extension] = name.split(".");
  const dir = site.path("dist/_file/data");
  const file = readdirSync(dir).find((f) => f.startsWith(`${stem}.`) && f.endsWith(`.${extension}`) && f !== name);
  if (!file) throw new Error(`no built ${name} in ${dir}`);
  return readFileSync(join(dir, file), "utf8");
}

beforeAll(async () => {
  site = cloneSite();
  const npm = (args: string[], input?: string) =>
    runCommand(site.root, "npm", ["run", "--silent", ...args], {input, env: {BACKCHANNEL_REVIEWER: "A. Editor"}});
  runs.add = await npm(
    [
      "add",
      "--",
      "--title",
      title,
      "--publisher",
      "The Daily Example",
      "--url",
      "https://example.com/1",
      "--published",
      "2018-01-04"
    ],
    body
  );
  const {articles, texts} = readCorpus(site.path("corpus/articles"));
  rejected = buildTables(articles, {texts}).statements.find(
    (s) => s.actor === "CN" && s.channel === "private" && s.doc_id !== id && s.date_start !== ""
  )!;
  runs.review = await npm(["review", "--", "reject", rejected.statement_id, "--note", "not a statement"]);
  runs.scaffold = await npm(["new:analysis", "--", "A scaffolded notebook"]);
  runs.build = await runCommand(site.root, "npm", ["run", "build"], {
    env: {FORBID_NETWORK_LOG: site.path("network.log")}
  });
  server = await startStaticServer(site.path("dist"));
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  site?.remove();
});

describe("add, review, scaffold, build", () => {
  test("the commands succeed and the build reaches no network", () => {
    for (const [name, run] of Object.entries(runs)) expect(run.status, `${name}: ${run.stderr}`).toBe(0);
    expect(runs.add.stdout).toContain(`added corpus/articles/${id}.md`);
    expect(existsSync(site.path("network.log")) ? readFileSync(site.path("network.log"), "utf8") : "").toBe("");
  });

  test("the added article is in the built tables", () => {
    expect(built("documents.csv")).toContain(`\n${id},${title},The Daily Example,`);
    const statements = built("statements.csv")
      .split("\n")
      .filter((line) => line.startsWith(`${id}-s`));
    expect(statements.length).toBeGreaterThan(0);
  });

  test("the rejected statement stays in the statements table, marked, and is left out of the gap and the summary", () => {
    const row = built("statements.csv")
      .split("\n")
      .find((line) => line.startsWith(`${rejected.statement_id},`));
    expect(row).toContain(",rejected,A. Editor,");
    expect(row).toContain(",not a statement,");
    expect(built("gap.csv")).not.toContain(rejected.statement_id);
    const report = JSON.parse(built("reviews.json")) as ReviewReport;
    expect(report).toMatchObject({reviews: 1, applied: 1, orphaned: 0, by_status: {rejected: 1}});
  });

  test("the editors' notebook counts the review", async () => {
    let text = "";
    const report = await checkPage(browser, `${server.url}/analyses/what-the-editors-changed`, {
      width: 1280,
      actions: async (page) => {
        text = await page.locator("main").innerText();
      }
    });
    expect(report.problems).toEqual([]);
    expect(text).toContain("editors reviewed 1: 0 accepted, 0 corrected, 1 rejected");
  });

  test("the Sources page shows the new article and its statements", async () => {
    let found = {title: false, statements: 0};
    const report = await checkPage(browser, `${server.url}/sources`, {
      width: 1280,
      actions: async (page) => {
        found = await page.evaluate(
          ([title, id]) => ({
            title: [...document.querySelectorAll(".source-index a")].some((a) => a.textContent === title),
            statements: document.querySelectorAll(`[id^="${id}-s"]`).length
          }),
          [title, id]
        );
      }
    });
    expect(report.problems).toEqual([]);
    expect(found.title).toBe(true);
    expect(found.statements).toBeGreaterThan(0);
  });

  test.each(WIDTHS)(
    "the scaffolded notebook is in the sidebar and renders without problems at %i px",
    async (width) => {
      expect(readFileSync(site.path("dist/index.html"), "utf8")).toContain(`href="./analyses/${notebook}"`);
      let headings: string[] = [];
      const report = await checkPage(browser, `${server.url}/analyses/${notebook}`, {
        width,
        screenshot: `newsroom-notebook-${width}`,
        actions: async (page) => {
          headings = await page.locator("main h1, main figure h2").allInnerTexts();
        }
      });
      expect(report.problems).toEqual([]);
      expect(headings[0]).toBe("A scaffolded notebook");
      expect(headings.length).toBeGreaterThan(1); // the template's chart, with its title
    }
  );
});
