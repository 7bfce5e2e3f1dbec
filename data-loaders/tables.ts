import {mkdirSync, readFileSync, renameSync, writeFileSync} from "node:fs";
import {join, relative, sep} from "node:path";
import {corpusFiles, readCorpus} from "../src/corpus.ts";
import {actorsSchema, documentsSchema, eventsSchema, statementsSchema} from "../src/schemas.ts";
import {readReviews, type Review, type Reviews} from "../src/readReviews.ts";
import {buildTables, reviewTables, validateRows, type Tables} from "../src/tables.ts";
import {filesUnder, hashFiles} from "./hashFiles.ts";
import {paths} from "./paths.ts";

/** The extracted tables, cached between loader processes; see {@link loadTables}. */
export const tablesCachePath = join(paths.cache, "tables.json");

/**
 * Every file the tables can depend on, relative to the repository root: the corpus articles, everything under `src/`
 * (the extractor's code and the codebook), this module, and the lockfile (the libraries' versions). A superset on
 * purpose: the cost of a needless re-extraction is small, the cost of a stale table is a wrong chart.
 *
 * @example
 * hashFiles(paths.root, tablesInputs());
 */
export function tablesInputs(): string[] {
  const fromRoot = (path: string) => relative(paths.root, path).split(sep).join("/");
  return [
    ...corpusFiles(paths.corpus).map(fromRoot),
    ...filesUnder(paths.root, "src"),
    "data-loaders/tables.ts",
    "package-lock.json"
  ];
}

/** The tables with editors' reviews applied, the reviews, and which of them found their statement. */
export interface ReviewedTables {
  tables: Tables;
  /** The reviews file, relative to the working directory, and its reviews. */
  reviews: Reviews;
  applied: Review[];
  orphans: Review[];
}

/**
 * The four tables of the corpus (documents, statements, events, actors), validated, with the editors' reviews of
 * `corpus/reviews.yaml` applied; see {@link loadReviewedTables}.
 *
 * Throws the {@link InputError} of a bad article or a bad reviews file. Options: `log` (default: a line on stderr).
 *
 * @example
 * const {statements} = loadTables();
 */
export function loadTables(options: {log?: (line: string) => void} = {}): Tables {
  return loadReviewedTables(options).tables;
}

/**
 * The tables with the reviews applied (see {@link reviewTables}), and which reviews were applied or orphaned. The
 * extraction is cached (see {@link loadMachineTables}); the reviews are read and applied on every call, which takes
 * milliseconds, so that editing the reviews never re-extracts the corpus.
 *
 * Options: `log` (default: a line on stderr).
 *
 * @example
 * const {orphans} = loadReviewedTables();
 */
export function loadReviewedTables({log = stderrLine}: {log?: (line: string) => void} = {}): ReviewedTables {
  const machine = loadMachineTables({log});
  const reviews = readReviews(relative(process.cwd(), paths.reviews) || paths.reviews);
  const {tables, applied, orphans} = reviewTables(machine, reviews.reviews);
  return {
    tables: {
      documents: validateRows(documentsSchema, tables.documents),
      statements: validateRows(statementsSchema, tables.statements),
      events: tables.events,
      actors: validateRows(actorsSchema, tables.actors)
    },
    reviews,
    applied,
    orphans
  };
}

/**
 * The four tables as extracted, before any review, validated. Each loader runs in its own process, so the tables are
 * extracted once per change of their inputs ({@link tablesInputs}) and cached in
 * `docs/.observablehq/cache/backchannel/tables.json`, keyed by a hash of those inputs; other loaders reuse them. If
 * the inputs change while extracting, it extracts again, so the result always matches the inputs it is cached under.
 *
 * Throws the {@link InputError} of a bad article. Options: `log` (default: a line on stderr).
 *
 * @example
 * const {statements} = loadMachineTables();
 */
export function loadMachineTables({log = stderrLine}: {log?: (line: string) => void} = {}): Tables {
  for (let attempt = 1; ; ++attempt) {
    const key = hashFiles(paths.root, tablesInputs());
    const cached = readCache(key);
    if (cached) return cached;
    const start = performance.now();
    const {articles, texts} = readCorpus(relative(process.cwd(), paths.corpus) || ".");
    const built = buildTables(articles, {texts});
    const tables: Tables = {
      documents: validateRows(documentsSchema, built.documents),
      statements: validateRows(statementsSchema, built.statements),
      events: validateRows(eventsSchema, built.events),
      actors: validateRows(actorsSchema, built.actors)
    };
    if (hashFiles(paths.root, tablesInputs()) === key) writeCache(key, tables);
    else if (attempt < 3) continue; // an input changed while extracting: the tables may mix old and new
    const ms = Math.round(performance.now() - start);
    log(
      `backchannel: extracted ${tables.statements.length} statements and ${tables.events.length} events from ${articles.length} articles in ${ms} ms`
    );
    return tables;
  }
}

function stderrLine(line: string): void {
  process.stderr.write(`${line}\n`);
}

function readCache(key: string): Tables | undefined {
  try {
    const cache = JSON.parse(readFileSync(tablesCachePath, "utf8")) as {key: string; tables: Tables};
    return cache.key === key ? cache.tables : undefined;
  } catch {
    return undefined; // missing or half-written by an older version: extract
  }
}

function writeCache(key: string, tables: Tables): void {
  mkdirSync(paths.cache, {recursive: true});
  const temporary = `${tablesCachePath}.${process.pid}`;
  writeFileSync(temporary, JSON.stringify({key, tables}));
  renameSync(temporary, tablesCachePath); // atomic: loaders running in parallel never read half a file
}
