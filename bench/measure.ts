/**
 * One measurement, in a process of its own so that its peak memory is its own: runs an extractor over the first
 * `--articles` files of `--dir` on `--workers` worker threads (1: on the main thread) and prints one JSON line with
 * bytes, articles, rows, seconds (wall clock) and peak resident memory in MB.
 *
 * Runs from source (`node --import tsx bench/measure.ts`) or compiled (bench.ts compiles it with its worker, whose
 * compiled `worker.mjs` then replaces the source one that registers tsx).
 *
 * The engine is tuned for extraction (see tuneEngine) unless `--untuned` is given.
 *
 * usage: node --import tsx bench/measure.ts --dir DIR --extractor backchannel|compromise --workers N [--articles N]
 *   [--untuned]
 */
import {readdirSync} from "node:fs";
import {join} from "node:path";
import {parseArgs} from "node:util";
import {Worker} from "node:worker_threads";
import {loadCodebook} from "../src/codebook.ts";
import {tuneEngine} from "../src/tuneEngine.ts";
import {extractFiles, type Extractor} from "./extractFiles.ts";

const {values} = parseArgs({
  options: {
    dir: {type: "string"},
    extractor: {type: "string", default: "backchannel"},
    workers: {type: "string", default: "1"},
    articles: {type: "string"},
    untuned: {type: "boolean", default: false}
  }
});
// Before anything is optimized, and for the workers too: the engine's flags are the process's.
if (!values.untuned) tuneEngine();
const extractor = values.extractor as Extractor;
if (extractor !== "backchannel" && extractor !== "compromise")
  throw new Error(`invalid extractor: ${values.extractor}`);
const workers = Number(values.workers);
if (!(workers >= 1)) throw new Error(`invalid workers: ${values.workers}`);
const all = readdirSync(values.dir!)
  .filter((name) => name.endsWith(".md"))
  .sort()
  .map((name) => join(values.dir!, name));
const files = values.articles ? all.slice(0, Number(values.articles)) : all;

/**
 * Batches of files handed out one at a time to whichever worker is free, so that a worker on a slower or busier core
 * takes fewer of them instead of holding the others up at the end (cores of a shared machine do not run at one speed).
 */
const batchSize = 50;
const batches = Array.from({length: Math.ceil(files.length / batchSize)}, (_, k) =>
  files.slice(k * batchSize, (k + 1) * batchSize)
);

loadCodebook();
let result: {bytes: number; articles: number; rows: number; extractSeconds: number};
let start: number;
if (workers === 1) {
  start = performance.now();
  result = extractFiles(files, extractor);
} else {
  // Start every worker and wait until each has loaded the extractor, then time the extraction alone.
  const pool = await Promise.all(
    Array.from({length: workers}, () => {
      const worker = new Worker(new URL("./worker.mjs", import.meta.url));
      return new Promise<Worker>((resolve, reject) => {
        worker.once("message", () => resolve(worker));
        worker.once("error", reject);
      });
    })
  );
  start = performance.now();
  const parts: (typeof result)[] = [];
  let next = 0;
  await Promise.all(
    pool.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          const handOut = () => {
            if (next === batches.length) return resolve();
            worker.postMessage({files: batches[next++], extractor});
          };
          worker.on("message", (part: typeof result) => {
            parts.push(part);
            handOut();
          });
          worker.once("error", reject);
          handOut();
        })
    )
  );
  await Promise.all(pool.map((worker) => worker.terminate()));
  result = parts.reduce((a, b) => ({
    bytes: a.bytes + b.bytes,
    articles: a.articles + b.articles,
    rows: a.rows + b.rows,
    extractSeconds: a.extractSeconds + b.extractSeconds
  }));
}
const seconds = (performance.now() - start) / 1000;
const peakMB = process.resourceUsage().maxRSS / 1024;
// What the process still holds once garbage is collected: flat across corpus sizes means nothing accumulates.
globalThis.gc?.();
const retainedMB = process.memoryUsage().heapUsed / 2 ** 20;
process.stdout.write(JSON.stringify({extractor, workers, ...result, seconds, peakMB, retainedMB}) + "\n");
