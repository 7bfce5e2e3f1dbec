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
import {readdirSync, statSync} from "node:fs";
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

/** Splits files into `n` runs of about equal size, in order. */
function split(list: string[], n: number): string[][] {
  const sizes = list.map((file) => statSync(file).size);
  const total = sizes.reduce((a, b) => a + b, 0);
  const chunks: string[][] = Array.from({length: n}, () => []);
  let acc = 0;
  list.forEach((file, k) => {
    chunks[Math.min(n - 1, Math.floor((acc / total) * n))].push(file);
    acc += sizes[k];
  });
  return chunks;
}

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
  const parts = await Promise.all(
    split(files, workers).map(
      (chunk, k) =>
        new Promise<typeof result>((resolve, reject) => {
          pool[k].once("message", resolve);
          pool[k].once("error", reject);
          pool[k].postMessage({files: chunk, extractor});
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
