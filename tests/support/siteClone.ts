/**
 * A throwaway copy of the whole site (code, corpus, pages, configuration and Framework's cache, with node_modules
 * linked), so that browser tests can add articles, review statements, scaffold notebooks, build and preview without
 * touching this repository. Modification times are kept, so that the copied cache stays fresh and only what a test
 * changes is rebuilt.
 */
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {ROOT} from "./repoClone.ts";

/** What a site clone holds: every path `npm run build` and `npm run dev` read, besides node_modules. */
const sitePaths = [
  "bin",
  "corpus",
  "data-loaders",
  "docs",
  "scripts",
  "src",
  "tests/fixtures/gold",
  "observablehq.config.ts",
  "package.json",
  "package-lock.json",
  "tsconfig.json"
];

export interface SiteClone {
  root: string;
  path(relativePath: string): string;
  read(relativePath: string): string;
  write(relativePath: string, text: string): void;
  remove(): void;
}

/**
 * Copies the site into a new temporary directory (see the module comment), without dist/ or the library module, which
 * the build writes again.
 *
 * @example
 * const site = cloneSite();
 * await runCommand(site.root, "npm", ["run", "build"]);
 */
export function cloneSite(): SiteClone {
  const root = mkdtempSync(join(tmpdir(), "backchannel-site-"));
  for (const path of sitePaths) {
    mkdirSync(dirname(join(root, path)), {recursive: true});
    cpSync(join(ROOT, path), join(root, path), {
      recursive: true,
      preserveTimestamps: true,
      filter: (source) => !source.startsWith(join(ROOT, "docs", "lib"))
    });
  }
  symlinkSync(join(ROOT, "node_modules"), join(root, "node_modules"), "dir");
  const path = (relativePath: string) => join(root, relativePath);
  return {
    root,
    path,
    read: (relativePath) => readFileSync(path(relativePath), "utf8"),
    write: (relativePath, text) => writeFileSync(path(relativePath), text),
    remove: () => rmSync(root, {recursive: true, force: true})
  };
}
