/**
 * npm run bench: throughput, scaling and memory of the extractor, beside a baseline, on a large synthetic corpus.
 *
 * Builds corpora of recombined paragraphs of the real articles in a temporary folder (see makeBenchCorpus), then runs
 * each configuration several times, each run in a fresh process (bench/measure.ts), and prints medians:
 * - backchannel end to end (read, parse, extract, write CSV), on one core and on all cores (worker threads);
 * - the baseline on the same texts: compromise's quotation, people and organization extraction;
 * - backchannel on one core with the engine untuned (every other run calls tuneEngine), for the tuning's effect;
 * - peak memory on 10,000 and 40,000 articles (flat means streaming works);
 * - time per byte for one article of growing size (linear means no quadratic step).
 *
 * usage: npm run bench [-- --articles 10000 --runs 3 --baseline-runs 3 --large 40000]
 */
import {execFileSync} from "node:child_process";
import {copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {availableParallelism, tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {parseArgs} from "node:util";
import {median} from "d3-array";
import {buildSync} from "esbuild";
import {parseArticle} from "../src/article.ts";
import {loadCodebook} from "../src/codebook.ts";
import {corpusFiles} from "../src/corpus.ts";
import {extractArticle} from "../src/extractArticle.ts";
import {tuneEngine} from "../src/tuneEngine.ts";
import {makeBenchCorpus} from "./makeBenchCorpus.ts";

// First thing, as tuneEngine asks: this process extracts too (one article of growing size, at the end).
tuneEngine();
// The codebook as it is now, for the whole run: the measuring processes read the copy compiled beside them at the
// start, and this one must not read a codebook edited while the bench runs.
loadCodebook();

const {values} = parseArgs({
  options: {
    articles: {type: "string", default: "10000"},
    large: {type: "string", default: "40000"},
    runs: {type: "string", default: "3"},
    "baseline-runs": {type: "string", default: "3"},
    seed: {type: "string", default: "1"}
  }
});
const articles = Number(values.articles);
const large = Number(values.large);
const runs = Number(values.runs);
const baselineRuns = Number(values["baseline-runs"]);
const cores = availableParallelism();
const log = (line = "") => process.stdout.write(line + "\n");

function corpus(n: number): string {
  const dir = join(tmpdir(), `backchannel-bench-seed${values.seed}-${n}`);
  const marker = join(dir, ".complete");
  if (!existsSync(marker)) {
    const {bytes} = makeBenchCorpus(dir, {articles: n, seed: Number(values.seed)});
    writeFileSync(marker, String(bytes));
  }
  return dir;
}

/**
 * Compiles the measuring program and its worker to plain JavaScript, as a deployment would run the library: tsx,
 * convenient for development, wraps every function it compiles in a naming helper that costs a third of the time.
 * The codebook is copied beside the bundle, where the bundled library looks for it.
 */
function compileMeasure(): {dir: string; entry: string} {
  const dir = mkdtempSync(join(tmpdir(), "backchannel-bench-build-"));
  const source = fileURLToPath(new URL("./", import.meta.url));
  buildSync({
    entryPoints: [join(source, "measure.ts"), join(source, "worker.ts")],
    outdir: dir,
    outExtension: {".js": ".mjs"},
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "error",
    // Some dependencies are CommonJS and call require.
    banner: {
      js: 'import {createRequire as __createRequire} from "node:module"; const require = __createRequire(import.meta.url);'
    }
  });
  copyFileSync(new URL("../src/codebook.yaml", import.meta.url), join(dir, "codebook.yaml"));
  return {dir, entry: join(dir, "measure.mjs")};
}
const compiled = compileMeasure();
process.on("exit", () => rmSync(compiled.dir, {recursive: true, force: true}));

interface Run {
  bytes: number;
  articles: number;
  rows: number;
  seconds: number;
  peakMB: number;
  retainedMB: number;
  extractSeconds: number;
}

// "One core" means one: the process is pinned to a single CPU (taskset), so that the engine's background threads
// (garbage collection, compilation) share it instead of borrowing an idle second core.
const pin = (() => {
  try {
    execFileSync("taskset", ["-c", "0", "true"]);
    return true;
  } catch {
    return false;
  }
})();

function measure(dir: string, extractor: string, workers: number, times: number, {untuned = false} = {}): Run[] {
  const results: Run[] = [];
  const node = [
    process.execPath,
    "--expose-gc",
    compiled.entry,
    "--dir",
    dir,
    "--extractor",
    extractor,
    "--workers",
    String(workers),
    ...(untuned ? ["--untuned"] : [])
  ];
  const command = workers === 1 && pin ? ["taskset", "-c", "0", ...node] : node;
  for (let k = 0; k < times; ++k) {
    const out = execFileSync(command[0], command.slice(1), {encoding: "utf8", maxBuffer: 1 << 20});
    results.push(JSON.parse(out));
    process.stderr.write(".");
  }
  return results;
}

function summary(label: string, results: Run[]) {
  const mbps = median(results, (r) => r.bytes / 1e6 / r.seconds)!;
  const aps = median(results, (r) => r.articles / r.seconds)!;
  const peak = median(results, (r) => r.peakMB)!;
  const retained = median(results, (r) => r.retainedMB)!;
  const extractShare = median(results, (r) => r.extractSeconds / r.seconds)!;
  return {
    label,
    mbps,
    aps,
    peak,
    retained,
    extractShare,
    runs: results.length,
    articles: results[0].articles,
    mb: results[0].bytes / 1e6
  };
}

const small = corpus(articles);
const bytes = Number(readFileSync(join(small, ".complete"), "utf8"));
log(
  `corpus: ${articles.toLocaleString("en")} articles, ${(bytes / 1e6).toFixed(1)} MB, recombined paragraphs of ${"corpus/articles"} (seed ${values.seed})`
);
log(
  `machine: ${cores} cores; each figure is the median of its runs, each run a fresh process; one-core runs ${pin ? "pinned to one CPU with taskset" : "not pinned (no taskset)"}\n`
);

const rows = [
  summary(`backchannel, 1 core`, measure(small, "backchannel", 1, runs)),
  summary(`backchannel, ${cores} cores`, measure(small, "backchannel", cores, runs)),
  summary(`baseline (compromise), 1 core`, measure(small, "compromise", 1, baselineRuns)),
  summary(`baseline (compromise), ${cores} cores`, measure(small, "compromise", cores, baselineRuns)),
  summary(`backchannel, 1 core, engine untuned`, measure(small, "backchannel", 1, runs, {untuned: true}))
];
const largeDir = corpus(large);
rows.push(
  summary(`backchannel, 1 core, ${large.toLocaleString("en")} articles`, measure(largeDir, "backchannel", 1, runs)),
  summary(
    `backchannel, ${cores} cores, ${large.toLocaleString("en")} articles`,
    measure(largeDir, "backchannel", cores, runs)
  )
);
process.stderr.write("\n");

log("configuration".padEnd(44) + "articles   MB/s  articles/s  peak MB  runs");
for (const r of rows) {
  log(
    r.label.padEnd(44) +
      String(r.articles).padStart(8) +
      r.mbps.toFixed(2).padStart(7) +
      r.aps.toFixed(0).padStart(12) +
      r.peak.toFixed(0).padStart(9) +
      String(r.runs).padStart(6)
  );
}
const [one, all, base1, baseAll, untuned, big, bigAll] = rows;
log("");
log(
  `per core, end to end:          ${one.mbps.toFixed(2)} MB/s (target ≥ 10); ${big.mbps.toFixed(2)} MB/s on ${large}`
);
// Each worker warms its own engine (the first few thousand articles run slower), so scaling is quoted on both sizes.
log(
  `scaling on ${cores} cores:           ${(all.mbps / one.mbps).toFixed(2)}× on ${articles} articles, ${(bigAll.mbps / big.mbps).toFixed(2)}× on ${large} (target ≥ 1.8×); baseline ${(baseAll.mbps / base1.mbps).toFixed(2)}×`
);
// The share of one core's time spent outside the extractor (reading files, parsing front matter, writing CSV) bounds
// what any extractor could reach end to end on this machine.
log(
  `time in the extractor:         ${(one.extractShare * 100).toFixed(0)}% on 1 core; reading, parsing front matter and writing CSV alone run at ${(one.mbps / (1 - one.extractShare)).toFixed(1)} MB/s`
);
log(
  `against the baseline:          ${(one.mbps / base1.mbps).toFixed(1)}× faster on 1 core, ${(all.mbps / baseAll.mbps).toFixed(1)}× on ${cores}`
);
// Every run but this one tunes the engine (src/tuneEngine.ts), the baseline's included.
log(
  `engine tuning (tuneEngine):    ${untuned.mbps.toFixed(2)} MB/s untuned → ${one.mbps.toFixed(2)} MB/s tuned on 1 core (${(one.mbps / untuned.mbps).toFixed(2)}×)`
);
log(
  `memory, ${articles} → ${large} articles: ${one.peak.toFixed(0)} → ${big.peak.toFixed(0)} MB peak resident (${((big.peak / one.peak - 1) * 100).toFixed(0)}% for ${(large / articles).toFixed(0)}× the corpus); heap held after collection ${one.retained.toFixed(1)} → ${big.retained.toFixed(1)} MB`
);

// Time per byte on one article of growing size: flat means linear. Measured in this process (the extractor as tsx
// runs it), since only the ratio between sizes matters.
// The longest article of the corpus, repeated to each size.
const sourceDir = fileURLToPath(new URL("../corpus/articles/", import.meta.url));
const {body} = corpusFiles(sourceDir)
  .map((file) => parseArticle(readFileSync(file, "utf8"), {checkId: false}))
  .reduce((a, b) => (b.body.length > a.body.length ? b : a));
const sizes = [0.5e6, 1e6, 2e6, 4e6];
extractArticle({id: "warm-up", body: body.repeat(50), published: "2017-09-07"});
const perByte = sizes.map((size) => {
  const text = body.repeat(Math.ceil(size / body.length));
  const times = [0, 1, 2].map(() => {
    const start = performance.now();
    extractArticle({id: "large", body: text, published: "2017-09-07"});
    return performance.now() - start;
  });
  return {size: text.length, nsPerChar: (median(times)! * 1e6) / text.length};
});
log(
  `one article of growing size:   ${perByte.map((p) => `${(p.size / 1e6).toFixed(1)}M chars ${p.nsPerChar.toFixed(0)} ns/char`).join(", ")}`
);
