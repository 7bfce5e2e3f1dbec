/**
 * Fills Observable Framework's npm cache (docs/.observablehq/cache/_npm) from the installed node_modules, so that
 * `observable build` and `observable preview` never fetch from jsDelivr or the npm registry.
 *
 * How Framework uses that cache (node_modules/@observablehq/framework/dist/npm.js):
 * - `npm:name` resolves to the highest version found as a directory `_npm/name@version/` (no range: any version;
 *   a range: the highest satisfying one). Only when none fits does it ask the npm registry, and it mkdirs the answer.
 * - `/_npm/name@version/_esm.js` (and `sub._esm.js` for `npm:name/sub`) is read from the cache if present;
 *   otherwise it is fetched from cdn.jsdelivr.net/npm/name@version/+esm. A fetched file has its `/npm/dep@v/+esm`
 *   imports rewritten to RELATIVE paths (`../dep@v/_esm.js`) before it is cached, and Framework later follows those
 *   relative imports to find the transitive dependencies. So the files written here use relative paths too.
 * - Framework's own client bundle (built by rollup at build/preview time) names many `npm:` packages in dynamic
 *   imports (recommended libraries, FileAttachment methods, sample datasets). Each of those needs a version, so every
 *   one that is not bundled here gets an empty marker directory `name@0.0.0-offline`: version resolution then never
 *   touches the network, and a page that really uses such a package fails loudly at build time (the jsDelivr fetch
 *   fails) instead of silently pulling something.
 *
 * Each bundled package becomes one unminified ESM file built by esbuild from the package's browser/ESM entry.
 * Bare `import`/`export from`/`import()` specifiers of other packages stay external and are written as relative paths
 * to those packages' own cache files (versions from the installed package.json files, resolved the way Node resolves
 * them from the importing file); `require()` calls (CommonJS) are bundled inline.
 *
 * Deterministic: the output depends only on node_modules (i.e. the lockfile), this script and the esbuild version.
 * Idempotent and fast: a stamp file records a fingerprint of those inputs and the expected file list; when both
 * match, nothing is written.
 */
import {createHash} from "node:crypto";
import {existsSync, readFileSync, readdirSync, statSync} from "node:fs";
import {mkdir, rename, rm, writeFile} from "node:fs/promises";
import {dirname, join, posix, relative, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {build, version as esbuildVersion, type Plugin} from "esbuild";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** Framework's cache for `root: "docs"` (see observablehq.config.ts). */
export const DEFAULT_CACHE = join(ROOT, "docs", ".observablehq", "cache");
/** Stamp file name, beside `_npm/`: every entry of `_npm/` is taken by Framework as a `name@version` directory. */
const STAMP_NAME = "_offline-npm.json";
const FRAMEWORK = join(ROOT, "node_modules", "@observablehq", "framework");

/**
 * Packages bundled for the browser (their ESM dependencies follow automatically).
 * - @observablehq/plot: `Plot` (imports d3, interval-tree-1d, isoformat).
 * - d3: `d3`, and Plot's dependency.
 * - d3-dsv: FileAttachment#csv/tsv (Framework adds `npm:d3-dsv` as an implicit import).
 * - htl: `html`, `svg`, `htl`, and a dependency of Framework's bundled Inputs (`/_observablehq/stdlib/inputs.js`;
 *   `npm:@observablehq/inputs` itself is a Framework builtin, and its CSS is Framework's `stdlib/inputs.css`).
 * - isoformat: implicit dependency that Framework adds (and modulepreloads) for Inputs.
 * - arquero: FileAttachment#arquero and `aq`; not needed by the pages, but cheap, and it keeps those working offline.
 */
const PACKAGES = ["@observablehq/plot", "d3", "d3-dsv", "htl", "isoformat", "arquero"];

/** Framework builtins (resolvers.js `builtins`): served from /_observablehq/, never from the npm cache. */
const BUILTINS = new Set([
  "@observablehq/runtime",
  "@observablehq/stdlib",
  "@observablehq/dot",
  "@observablehq/duckdb",
  "@observablehq/inputs",
  "@observablehq/mermaid",
  "@observablehq/tex",
  "@observablehq/sqlite"
]);

export const MARKER_VERSION = "0.0.0-offline";

interface Entry {
  name: string;
  version: string;
  /** Subpath inside the package ("" for the package itself). */
  subpath: string;
  /** Cache path relative to the cache root, e.g. `/_npm/d3@7.9.2/_esm.js`. */
  path: string;
}

function parseSpecifier(specifier: string): {name: string; subpath: string} {
  const parts = specifier.split("/");
  const n = specifier.startsWith("@") ? 2 : 1;
  return {name: parts.slice(0, n).join("/"), subpath: parts.slice(n).join("/")};
}

/** Node-style lookup of `node_modules/<name>` from `fromDir` upwards. */
function findPackageDir(name: string, fromDir: string): string {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (dirname(dir) === dir) throw new Error(`cannot find package ${name} from ${relative(ROOT, fromDir) || "."}`);
  }
}

function readVersion(packageDir: string): string {
  return (JSON.parse(readFileSync(join(packageDir, "package.json"), "utf-8")) as {version: string}).version;
}

/** Same file naming as Framework's resolveNpmImport / fromJsDelivrPath for `name/sub/+esm`. */
function cachePath(name: string, version: string, subpath: string): string {
  return `/_npm/${name}@${version}/${subpath ? `${subpath.replace(/\/$/, "")}._esm.js` : "_esm.js"}`;
}

function relativeImport(from: string, to: string): string {
  const r = posix.relative(posix.dirname(from), to);
  return r.startsWith(".") ? r : `./${r}`;
}

/** Every `npm:name` named by Framework's client code (all resolved to a version whenever the client is bundled). */
function frameworkClientPackages(): string[] {
  const names = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".js")) {
        for (const m of readFileSync(path, "utf-8").matchAll(/["'`]npm:((?:@[\w.-]+\/)?[\w.-]+)/g)) names.add(m[1]);
      }
    }
  };
  walk(join(FRAMEWORK, "dist", "client"));
  return [...names].filter((name) => !BUILTINS.has(name)).sort();
}

function fingerprint(): string {
  const hash = createHash("sha256");
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  hash.update(`esbuild ${esbuildVersion}\n`);
  const lock = join(ROOT, "node_modules", ".package-lock.json");
  hash.update(readFileSync(existsSync(lock) ? lock : join(ROOT, "package-lock.json")));
  hash.update(`framework ${readVersion(FRAMEWORK)}\n`);
  return hash.digest("hex");
}

interface Stamp {
  fingerprint: string;
  files: string[];
  entries: string[];
}

function listEntries(npmDir: string): string[] {
  if (!existsSync(npmDir)) return [];
  const entries: string[] = [];
  for (const entry of readdirSync(npmDir).sort()) {
    if (entry.startsWith("@") && statSync(join(npmDir, entry)).isDirectory()) {
      for (const sub of readdirSync(join(npmDir, entry)).sort()) entries.push(`${entry}/${sub}`);
    } else {
      entries.push(entry);
    }
  }
  return entries;
}

function isUpToDate(cache: string, print: string): boolean {
  const stampPath = join(cache, STAMP_NAME);
  if (!existsSync(stampPath)) return false;
  try {
    const stamp = JSON.parse(readFileSync(stampPath, "utf-8")) as Stamp;
    return (
      stamp.fingerprint === print &&
      stamp.files.every((file) => existsSync(join(cache, file))) &&
      JSON.stringify(listEntries(join(cache, "_npm"))) === JSON.stringify(stamp.entries)
    );
  } catch {
    return false;
  }
}

async function bundleAll(outDir: string): Promise<{entries: Entry[]; markers: string[]}> {
  const tasks = new Map<string, Promise<Entry>>();

  function schedule(specifier: string, fromDir: string): Entry {
    const {name, subpath} = parseSpecifier(specifier);
    const packageDir = findPackageDir(name, fromDir);
    const version = readVersion(packageDir);
    const entry: Entry = {name, version, subpath, path: cachePath(name, version, subpath)};
    if (!tasks.has(entry.path)) tasks.set(entry.path, bundle(entry, specifier, fromDir));
    return entry;
  }

  async function bundle(entry: Entry, specifier: string, fromDir: string): Promise<Entry> {
    const externals: Plugin = {
      name: "offline-npm-externals",
      setup(b) {
        b.onResolve({filter: /^offline-npm-entry$/}, async () => {
          const result = await b.resolve(specifier, {kind: "import-statement", resolveDir: fromDir});
          if (result.errors.length) throw new Error(`cannot resolve ${specifier}: ${result.errors[0].text}`);
          return {path: result.path};
        });
        b.onResolve({filter: /^[^./]/}, (args) => {
          if (args.kind !== "import-statement" && args.kind !== "dynamic-import") return undefined; // require(): inline
          if (args.path.startsWith("node:")) return undefined; // let esbuild report it (or apply "browser" maps)
          const dep = parseSpecifier(args.path);
          if (dep.name === entry.name) return undefined; // self-reference: inline
          const target = schedule(args.path, args.resolveDir);
          return {path: relativeImport(entry.path, target.path), external: true};
        });
      }
    };
    const result = await build({
      entryPoints: ["offline-npm-entry"],
      absWorkingDir: ROOT, // keeps the `// node_modules/...` path comments relative, so output is machine-independent
      bundle: true,
      write: false,
      format: "esm",
      platform: "browser",
      target: "es2022",
      minify: false,
      legalComments: "eof",
      charset: "utf8",
      logLevel: "silent",
      define: {"process.env.NODE_ENV": '"production"'},
      plugins: [externals]
    });
    const file = join(outDir, entry.path.slice("/_npm/".length));
    await mkdir(dirname(file), {recursive: true});
    await writeFile(file, result.outputFiles[0].contents);
    return entry;
  }

  for (const name of PACKAGES) schedule(name, ROOT);
  // Wait until no bundle schedules further dependencies.
  for (let size = -1; size !== tasks.size;) {
    size = tasks.size;
    await Promise.all(tasks.values());
  }
  const entries = await Promise.all(tasks.values());

  const bundled = new Set(entries.map((e) => e.name));
  const markers = frameworkClientPackages().filter((name) => !bundled.has(name));
  for (const name of markers) await mkdir(join(outDir, `${name}@${MARKER_VERSION}`), {recursive: true});
  return {entries: entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), markers};
}

export interface FillOptions {
  /** Framework cache directory (`<root>/.observablehq/cache`). */
  cache?: string;
  /** Rebuild even if the stamp says the cache is up to date. */
  force?: boolean;
  quiet?: boolean;
}

/** Returns true if it (re)wrote the cache, false if the cache was already up to date. */
export async function fillNpmCache({
  cache = DEFAULT_CACHE,
  force = false,
  quiet = false
}: FillOptions = {}): Promise<boolean> {
  const start = performance.now();
  const npmDir = join(cache, "_npm");
  const stampPath = join(cache, STAMP_NAME);
  const print = fingerprint();
  if (!force && isUpToDate(cache, print)) {
    if (!quiet) console.log(`offline npm cache up to date (${relative(ROOT, npmDir)})`);
    return false;
  }
  const tmp = `${npmDir}.tmp-${process.pid}`;
  await rm(tmp, {recursive: true, force: true});
  await mkdir(tmp, {recursive: true});
  try {
    const {entries, markers} = await bundleAll(tmp);
    await rm(stampPath, {force: true});
    await rm(npmDir, {recursive: true, force: true});
    await rename(tmp, npmDir);
    const stamp: Stamp = {fingerprint: print, files: entries.map((e) => e.path), entries: listEntries(npmDir)};
    await writeFile(stampPath, JSON.stringify(stamp, null, 2) + "\n");
    if (!quiet) {
      const ms = Math.round(performance.now() - start);
      console.log(`offline npm cache: ${entries.length} modules, ${markers.length} version markers, ${ms} ms`);
      for (const e of entries) console.log(`  ${e.path}`);
    }
    return true;
  } finally {
    await rm(tmp, {recursive: true, force: true});
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const force = process.argv.includes("--force");
  fillNpmCache({force}).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
