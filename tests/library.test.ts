/**
 * The library as the notebooks get it (scripts/bundleLibrary.ts): one module under docs/, Arquero left to the page,
 * giving the same results as src/analysis; and `npm run new:analysis`, which starts a notebook that uses it.
 */
import {mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {pathToFileURL} from "node:url";
import {from} from "arquero";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {bundleLibrary, library, watchLibrary} from "../scripts/bundleLibrary.ts";
import * as analysis from "../src/analysis/index.ts";
import {readCorpus} from "../src/corpus.ts";
import {buildTables} from "../src/tables.ts";
import {cloneRepo, ROOT, type RepoClone} from "./support/repoClone.ts";
import {runCommand} from "./support/runCommand.ts";

const functions = Object.entries(analysis)
  .filter(([, value]) => typeof value === "function")
  .map(([name]) => name)
  .sort();

let dir: string;
let outfile: string;
let bundled: Record<string, (...args: unknown[]) => {objects(): unknown[]}>;

beforeAll(async () => {
  // Inside the repository, so that the module's `arquero` (vitest maps `npm:arquero` to it) is the installed one.
  mkdirSync(join(ROOT, "tests", "output"), {recursive: true});
  dir = mkdtempSync(join(ROOT, "tests", "output", "library-"));
  outfile = join(dir, "backchannel.js");
  expect(await bundleLibrary({outfile, log: () => {}})).toBe(true);
  bundled = await import(/* @vite-ignore */ pathToFileURL(outfile).href);
});
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe("the notebooks' library module", () => {
  test("exports every analysis function, imports Arquero as pages do, and holds no zod", () => {
    expect(Object.keys(bundled).sort()).toEqual(functions);
    const text = readFileSync(outfile, "utf8");
    expect(text).toMatch(/^import \{[^}]*\bop\b[^}]*\} from "npm:arquero";$/m);
    expect(text).not.toMatch(/^(?:import|export) .* from "(?!npm:arquero")/m);
    expect(text).not.toMatch(/\bzod\b/);
    expect(text).toContain("(d, $) => d.actor === $.actor"); // unminified: Arquero parses the functions' source
  });

  test("gives the same tables as src/analysis on the corpus", () => {
    const {articles, texts} = readCorpus(join(ROOT, "corpus", "articles"));
    const tables = buildTables(articles, {texts});
    const [statements, events] = [from(tables.statements), from(tables.events)];
    const [top] = analysis.mostReportedEvents(events).objects() as {event_id: string}[];
    const calls: [string, unknown[]][] = [
      ["publicPrivateGap", [statements, {actor: "CN", target: "PK"}]],
      ["stanceByActorChannelPeriod", [statements, {period: "month"}]],
      ["statementsAroundEvents", [statements, events, {days: 90}]],
      ["speakersByChannel", [statements, {actor: "CN"}]],
      ["mostReportedEvents", [events]],
      ["stanceBeforeAfter", [statements, events, {event: top.event_id}]],
      ["countedStatements", [statements]]
    ];
    for (const [name, args] of calls) {
      const expected = (analysis as unknown as typeof bundled)[name](...args).objects();
      expect(expected.length, name).toBeGreaterThan(0);
      expect(bundled[name](...args).objects(), name).toEqual(expected);
    }
    const summaryArgs = {documents: from(tables.documents), statements, events, actors: from(tables.actors)};
    expect(bundled.storySummary(summaryArgs)).toEqual(analysis.storySummary(summaryArgs));
  });

  test("is rewritten only when it changes, and rebuilt by the dev watcher when src/analysis changes", async () => {
    const old = new Date(Date.now() - 60_000);
    utimesSync(outfile, old, old);
    expect(await bundleLibrary({outfile, log: () => {}})).toBe(false);
    expect(Math.abs(statSync(outfile).mtimeMs - old.getTime())).toBeLessThan(1);

    const clone = cloneRepo([]);
    try {
      const watched = join(dir, "watched.js");
      const lines: string[] = [];
      const watcher = await watchLibrary({root: clone.root, outfile: watched, log: (line) => lines.push(line)});
      try {
        expect(readFileSync(watched, "utf8")).toContain("function speakersByChannel(");
        const entry = clone.path(library.entry);
        writeFileSync(entry, `${readFileSync(entry, "utf8")}export const libraryProbe = () => "probe";\n`);
        for (const start = Date.now(); !readFileSync(watched, "utf8").includes("libraryProbe");) {
          if (Date.now() - start > 10_000) throw new Error(`the watcher did not rebuild: ${lines.join("; ")}`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      } finally {
        await watcher.close();
      }
    } finally {
      clone.remove();
    }
  }, 30_000);
});

describe("npm run new:analysis", () => {
  let clone: RepoClone;
  beforeAll(() => {
    clone = cloneRepo(["bin", "docs/analyses", "observablehq.config.ts"]);
  });
  afterAll(() => clone?.remove());

  test("scaffolds a notebook that loads the tables and draws a chart, lists it in the sidebar, and never overwrites", async () => {
    const run = await runCommand(clone.root, "npm", [
      "run",
      "--silent",
      "new:analysis",
      "--",
      "Stance: by year & channel"
    ]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const path = "docs/analyses/stance-by-year-channel.md";
    expect(run.stdout).toContain(`created ${path}`);
    const page = clone.read(path);
    expect(page).toMatch(/^---\ntitle: "Stance: by year & channel"\n/);
    expect(page).toContain("# Stance: by year &#38; channel");
    expect(page).toContain('import {stanceByActorChannelPeriod} from "../lib/backchannel.js";');
    expect(page).toContain('FileAttachment("../data/statements.csv")');
    expect(page.match(/^```js echo$/gm)?.length).toBeGreaterThanOrEqual(3);
    expect(page).toContain("Plot.plot(");

    const {default: config} = (await import(
      /* @vite-ignore */ `${pathToFileURL(clone.path("observablehq.config.ts")).href}?${Date.now()}`
    )) as {
      default: {pages: {name: string; pages?: {name: string; path: string}[]}[]};
    };
    expect(config.pages.find((p) => p.name === "Analyses")?.pages).toContainEqual({
      name: "Stance: by year & channel",
      path: "/analyses/stance-by-year-channel"
    });

    clone.write(path, "edited by hand\n");
    const again = await runCommand(clone.root, "npm", [
      "run",
      "--silent",
      "new:analysis",
      "--",
      "Stance: by year & channel"
    ]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`${path} exists already`);
    expect(clone.read(path)).toBe("edited by hand\n");
  }, 30_000);
});
