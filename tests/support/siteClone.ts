/**
 * A throwaway copy of the whole site (code, corpus, pages, configuration and Framework's cache, with node_modules
 * linked), so that browser tests can add articles, review statements, scaffold notebooks, build and preview without
 * touching this repository. Modification times are kept, so that the copied cache stays fresh and only what a test
 * changes is rebuilt.
 */
import {join} from "node:path";
import {clonePaths, ROOT, type Clone} from "./repoClone.ts";

/** What a site clone holds: every path `npm run build` and `npm run dev` read, besides node_modules. */
const sitePaths = [
  "bin",
  "corpus",
  "data-loaders",
  "docs",
  "scripts",
  "src",
  "tests/fixtures/gold",
  "tests/fixtures/articles",
  "observablehq.config.ts",
  "package.json",
  "package-lock.json",
  "tsconfig.json"
];

/** A copy of the site: its files by path relative to the repository root. */
export type SiteClone = Clone;

/**
 * Copies the site into a new temporary directory (see the module comment), without dist/ or the library module, which
 * the build writes again.
 *
 * @example
 * const site = cloneSite();
 * await runCommand(site.root, "npm", ["run", "build"]);
 */
export function cloneSite(): SiteClone {
  return clonePaths("backchannel-site-", sitePaths, {
    preserveTimestamps: true,
    filter: (source) => !source.startsWith(join(ROOT, "docs", "lib"))
  });
}
