/**
 * What each Observable Framework data loader depends on: the modules it imports (its import graph, as esbuild
 * resolves it), the files those modules read when they run, and the lockfile.
 */
import {existsSync, readdirSync, statSync} from "node:fs";
import {join, relative, resolve, sep} from "node:path";
import {build, type Metafile} from "esbuild";
import {filesUnder} from "../data-loaders/hashFiles.ts";

/**
 * Files that modules read when they run rather than import, relative to the repository root; a directory stands for
 * every file under it (so adding or deleting a file counts as a change). The import graph cannot see these reads:
 * when a module starts reading another file, add it here, or loaders that use the module will not re-run when the
 * file changes.
 */
export const runtimeReads: Readonly<Record<string, readonly string[]>> = {
  "src/corpus.ts": ["corpus/articles"],
  "src/article.ts": ["corpus/articles"],
  "src/codebook.ts": ["src/codebook.yaml"],
  "src/readReviews.ts": ["corpus/reviews.yaml"],
  "src/evaluateCorpus.ts": ["tests/fixtures/gold", "corpus/articles", "tests/fixtures/articles"]
};

/** The lockfile stands for the versions of the npm packages that loaders import (esbuild leaves those out). */
const lockfile = "package-lock.json";

/** Loaders of data files, as Framework finds them: `name.ext.ts` or `name.ext.js` next to the pages. */
const dataLoader =
  /\.(?:csv|js|css|tsv|json|parquet|arrow|txt|md|html|xml|svg|png|jpe?g|gif|webp|zip|tar|tgz|geojson|topojson|xlsx|sqlite|db)\.(?:ts|js|mjs)$/;

const toPosix = (path: string) => path.split(sep).join("/");

/**
 * The JavaScript and TypeScript data loaders under Framework's source root, relative to the repository root, sorted.
 * Framework's own cache (`.observablehq`) and other dot-directories are skipped.
 *
 * @example
 * findLoaders(root); // ["docs/data/actors.csv.ts", "docs/data/dictionary.json.ts", …]
 */
export function findLoaders(root: string, sourceRoot = "docs"): string[] {
  const loaders: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (dataLoader.test(entry.name)) loaders.push(toPosix(relative(root, path)));
    }
  };
  walk(join(root, sourceRoot));
  return loaders.sort();
}

/**
 * Every file each loader depends on, relative to the repository root: its import graph (local modules only), the
 * files those modules read at run time ({@link runtimeReads}), and the lockfile. A loader that esbuild cannot bundle
 * (a syntax error, a missing import) depends on itself only: Framework reports its error when it runs.
 *
 * @example
 * const inputs = await loaderInputs(root, findLoaders(root));
 * inputs.get("docs/data/statements.csv.ts"); // ["corpus/articles/….md", …, "src/tables.ts", …]
 */
export async function loaderInputs(root: string, loaders: readonly string[]): Promise<Map<string, string[]>> {
  const graphs = await importGraphs(root, loaders);
  const inputs = new Map<string, string[]>();
  for (const loader of loaders) {
    const modules = graphs.get(loader) ?? [loader];
    const files = new Set([...modules, lockfile]);
    for (const module of modules) {
      for (const path of runtimeReads[module] ?? []) for (const file of expand(root, path)) files.add(file);
    }
    inputs.set(loader, [...files].sort());
  }
  return inputs;
}

/**
 * The directories to watch so as to see any change to these inputs: the directory of every input file, and every
 * directory a runtime read names, with its subdirectories (where new files would appear), relative to the root.
 *
 * @example
 * watchedDirectories(root, inputs); // ["corpus/articles", "data-loaders", "docs/data", "src", …]
 */
export function watchedDirectories(root: string, inputs: Map<string, string[]>): string[] {
  const dirs = new Set<string>();
  const reads = new Set<string>();
  for (const files of inputs.values()) {
    for (const file of files) {
      dirs.add(toPosix(relative(root, resolve(root, file, ".."))) || ".");
      for (const path of runtimeReads[file] ?? []) reads.add(path);
    }
  }
  for (const path of reads) {
    const dir = join(root, path);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
    dirs.add(path);
    const walk = (d: string): void => {
      for (const entry of readdirSync(d, {withFileTypes: true})) {
        if (entry.isDirectory() && !entry.name.startsWith(".")) {
          dirs.add(toPosix(relative(root, join(d, entry.name))));
          walk(join(d, entry.name));
        }
      }
    };
    walk(dir);
  }
  return [...dirs].sort();
}

function expand(root: string, path: string): string[] {
  const full = join(root, path);
  return existsSync(full) && statSync(full).isDirectory() ? filesUnder(root, path) : [path];
}

/** Each loader's local modules (itself included), relative to the root. */
async function importGraphs(root: string, loaders: readonly string[]): Promise<Map<string, string[]>> {
  const graphs = new Map<string, string[]>();
  const collect = (metafile: Metafile) => {
    for (const output of Object.values(metafile.outputs)) {
      if (output.entryPoint) graphs.set(output.entryPoint, Object.keys(output.inputs).sort());
    }
  };
  const bundle = (entryPoints: string[]) =>
    build({
      entryPoints,
      absWorkingDir: root,
      bundle: true,
      packages: "external",
      platform: "node",
      format: "esm",
      write: false,
      metafile: true,
      outdir: "out", // required for several entry points; nothing is written
      logLevel: "silent"
    });
  try {
    collect((await bundle([...loaders])).metafile);
  } catch {
    for (const loader of loaders) {
      try {
        collect((await bundle([loader])).metafile);
      } catch {
        // left out: depends on itself only
      }
    }
  }
  return graphs;
}
