/**
 * Keeps Observable Framework's data loader outputs fresh when what the loaders read changes.
 *
 * Framework decides on its own only from modification times (node_modules/@observablehq/framework/dist/loader.js):
 * a cached output `docs/.observablehq/cache/<path>` is stale if it is older than its loader file. `observable preview`
 * then re-runs the loader; `observable build` uses the stale output anyway (`useStale: true`) and runs only loaders
 * whose output is missing. Neither looks at the files a loader imports or reads.
 *
 * So this computes, for every loader, a hash of its inputs (see loaderInputs.ts) and compares it with the hash
 * recorded the last time (`docs/.observablehq/cache/backchannel/loaders.json`). For each loader whose inputs changed,
 * it touches the loader file: preview re-runs it on the next request, and its watcher on the loader file tells open
 * pages to reload the data. For the build it also removes cached outputs that are older than their loader, since the
 * build would use them.
 *
 * usage: tsx scripts/freshenLoaders.ts    (run by `npm run build` before `observable build`)
 */
import {existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync} from "node:fs";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {hashFiles} from "../data-loaders/hashFiles.ts";
import {findLoaders, loaderInputs} from "./loaderInputs.ts";

/** This repository's root, the default `root` of the freshness functions. */
export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** What {@link freshenLoaders} found and did. */
export interface Freshening {
  /** Every loader, relative to the repository root. */
  loaders: string[];
  /** The loaders whose inputs changed since the last run (or that were never seen): touched. */
  changed: string[];
  /** The cached outputs removed because they were older than their loader. */
  removed: string[];
  /** Each loader's input files. */
  inputs: Map<string, string[]>;
}

/** Options of {@link freshenLoaders}. */
export interface FreshenOptions {
  /** The repository root (default: this repository). */
  root?: string;
  /** Framework's source root, relative to `root` (default `"docs"`). */
  sourceRoot?: string;
  /** Remove cached outputs older than their loader, as the build needs (default `true`). */
  removeStale?: boolean;
  /** Where to report what changed (default: console.log). */
  log?: (line: string) => void;
}

/**
 * Touches every data loader whose inputs changed since the last call, so that Framework re-runs it, and (with
 * `removeStale`) removes cached outputs older than their loader, so that `observable build` re-runs those too.
 *
 * Options: `root` (default this repository), `sourceRoot` (default `"docs"`), `removeStale` (default `true`), `log`
 * (default console.log).
 *
 * @example
 * const {changed} = await freshenLoaders({removeStale: true});
 */
export async function freshenLoaders({
  root = repositoryRoot,
  sourceRoot = "docs",
  removeStale = true,
  log = console.log
}: FreshenOptions = {}): Promise<Freshening> {
  const cache = join(root, sourceRoot, ".observablehq", "cache");
  const stampPath = join(cache, "backchannel", "loaders.json");
  const loaders = findLoaders(root, sourceRoot);
  const inputs = await loaderInputs(root, loaders);
  const before = readStamp(stampPath);
  const after: Record<string, string> = {};
  const changed: string[] = [];
  const removed: string[] = [];
  const digests = new Map<string, string>();
  for (const loader of loaders) {
    const loaderPath = join(root, loader);
    const outputPath = join(cache, loader.slice(sourceRoot.length + 1).replace(/\.[^.]+$/, ""));
    after[loader] = hashFiles(root, inputs.get(loader)!, digests);
    if (after[loader] !== before[loader]) {
      changed.push(loader);
      touch(loaderPath, existsSync(outputPath) ? statSync(outputPath).mtimeMs : 0);
    }
    if (removeStale && existsSync(outputPath) && statSync(outputPath).mtimeMs < statSync(loaderPath).mtimeMs) {
      rmSync(outputPath, {force: true});
      removed.push(loader);
    }
  }
  writeStamp(stampPath, after);
  if (changed.length) log(`data loaders with changed inputs (will re-run): ${changed.join(", ")}`);
  return {loaders, changed, removed, inputs};
}

/** Sets the file's modification time to now, and at least just after `notBeforeMs`, so it is newer than its output. */
function touch(path: string, notBeforeMs: number): void {
  const now = Date.now();
  utimesSync(path, now / 1000, Math.max(now, notBeforeMs + 1) / 1000);
}

function readStamp(path: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Record<string, string>;
  } catch {
    return {};
  }
}

function writeStamp(path: string, stamp: Record<string, string>): void {
  mkdirSync(dirname(path), {recursive: true});
  const temporary = `${path}.${process.pid}`;
  writeFileSync(temporary, `${JSON.stringify(stamp, null, 2)}\n`);
  renameSync(temporary, path);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  freshenLoaders().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
