import {rmSync} from "node:fs";
import {parquetReadObjects} from "hyparquet";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {analysisSchemas, storySummarySchema} from "../src/analysis/schemas.ts";
import {readCorpus} from "../src/corpus.ts";
import {dataDictionary} from "../src/dataDictionary.ts";
import {readReviews} from "../src/readReviews.ts";
import {tableSchemas, type TableSchema} from "../src/schemas.ts";
import {buildTables, toCSV, type Tables} from "../src/tables.ts";
import {analysisTable} from "../data-loaders/analysisTables.ts";
import {cloneRepo, type LoaderRun, type RepoClone} from "./support/repoClone.ts";

const csvLoaders: [string, TableSchema][] = [
  ...tableSchemas.map((schema): [string, TableSchema] => [`docs/data/${schema.name}.csv.ts`, schema]),
  ...analysisSchemas.map((schema): [string, TableSchema] => [
    `docs/data/${schema.name.replace(/_/g, "-")}.csv.ts`,
    schema
  ])
];
const otherLoaders = [
  "docs/data/statements.parquet.ts",
  "docs/data/events.parquet.ts",
  "docs/data/summary.json.ts",
  "docs/data/dictionary.json.ts"
];

let clone: RepoClone;
let tables: Tables;
const runs = new Map<string, LoaderRun>();

/** Runs loaders two at a time (the machine has two cores). */
async function runAll(loaders: string[]): Promise<Map<string, LoaderRun>> {
  const results = new Map<string, LoaderRun>();
  for (let k = 0; k < loaders.length; k += 2) {
    const batch = loaders.slice(k, k + 2);
    const done = await Promise.all(batch.map((loader) => clone.runLoader(loader)));
    batch.forEach((loader, i) => results.set(loader, done[i]));
  }
  return results;
}

beforeAll(async () => {
  clone = cloneRepo([...csvLoaders.map(([loader]) => loader), ...otherLoaders]);
  const {articles, texts} = readCorpus(clone.path("corpus/articles"));
  tables = buildTables(articles, {texts, reviews: readReviews(clone.path("corpus/reviews.yaml")).reviews});
  for (const [loader, run] of await runAll([...csvLoaders.map(([loader]) => loader), ...otherLoaders])) {
    runs.set(loader, run);
  }
}, 120_000);
afterAll(() => clone?.remove());

describe("data loaders", () => {
  test("every table loader writes its table as CSV, valid and complete, and logs only to stderr", () => {
    for (const [loader, schema] of csvLoaders) {
      const run = runs.get(loader)!;
      expect(run.status, `${loader}: ${run.stderr}`).toBe(0);
      const rows =
        schema.name in tables ? tables[schema.name as keyof Tables] : analysisTable(schema.name as never, tables);
      expect(rows.length, loader).toBeGreaterThan(0);
      expect(run.stdout.toString("utf8"), loader).toBe(toCSV(schema, rows));
    }
  });

  test("the Parquet loaders write the same rows as the CSV loaders", async () => {
    for (const name of ["statements", "events"] as const) {
      const run = runs.get(`docs/data/${name}.parquet.ts`)!;
      expect(run.status, run.stderr).toBe(0);
      const file = run.stdout.buffer.slice(run.stdout.byteOffset, run.stdout.byteOffset + run.stdout.byteLength);
      expect(await parquetReadObjects({file: file as ArrayBuffer})).toEqual(tables[name]);
    }
  });

  test("the summary and dictionary loaders write valid JSON derived from the tables and the schemas", () => {
    const summary = storySummarySchema.parse(
      JSON.parse(runs.get("docs/data/summary.json.ts")!.stdout.toString("utf8"))
    );
    expect(summary.corpus.articles).toBe(tables.documents.length);
    expect(summary.corpus.statements).toBe(tables.statements.filter((s) => s.review_status !== "rejected").length);
    const gaps = analysisTable("gap", tables) as {year: number; gap: number | null}[];
    const largest = Math.max(...gaps.map((row) => Math.abs(row.gap ?? 0)));
    expect(Math.abs(summary.years.largest_gap!.gap)).toBeCloseTo(largest, 2);
    const dictionary = JSON.parse(runs.get("docs/data/dictionary.json.ts")!.stdout.toString("utf8"));
    expect(dictionary).toEqual(dataDictionary([...tableSchemas, ...analysisSchemas]));
  });

  test("two builds of the same corpus give byte-identical files (CSV and Parquet)", async () => {
    rmSync(clone.path("docs/.observablehq/cache/backchannel"), {recursive: true, force: true}); // extract again
    const loaders = ["docs/data/statements.csv.ts", "docs/data/statements.parquet.ts"];
    const again = await runAll(loaders);
    for (const loader of loaders) {
      expect(again.get(loader)!.stderr, loader).toMatch(/^(?:backchannel: extracted .*\n)?$/);
      expect(again.get(loader)!.stdout.equals(runs.get(loader)!.stdout), loader).toBe(true);
    }
  }, 60_000);

  test("a bad article fails the loader: exit code 1, the file, line and field on stderr, nothing on stdout", async () => {
    const article = "corpus/articles/ndtv-2019-02-unsc-condemns-pulwama-names-jem.md";
    const text = clone.read(article);
    clone.write(article, text.replace(/^published: .*\n/m, ""));
    try {
      const run = await clone.runLoader("docs/data/statements.csv.ts");
      expect(run.status).toBe(1);
      expect(run.stdout.length).toBe(0);
      expect(run.stderr).toMatch(
        /statements\.csv\.ts: corpus\/articles\/ndtv-2019-02-unsc-condemns-pulwama-names-jem\.md:\d+: published: is missing/
      );
    } finally {
      clone.write(article, text);
    }
  }, 30_000);
});
