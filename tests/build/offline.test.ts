/**
 * The built site must load nothing from outside itself: no CDN (Framework's default is jsDelivr), no web fonts, and
 * every npm module it imports must be in dist/_npm. Reuses dist/ when present (the browser project's global setup
 * builds it first in a full `vitest run`), otherwise builds.
 */
import {existsSync, readFileSync, readdirSync} from "node:fs";
import {dirname, extname, join, relative, resolve, sep} from "node:path";
import {beforeAll, describe, expect, test} from "vitest";
import {DIST, ROOT, ensureBuilt} from "./build-site.ts";
import {staticImports} from "./imports.ts";

/** Hosts that serve code, styles or fonts to pages; none of them may appear anywhere in dist/. */
const CDN_HOSTS =
  /\b(?:cdn\.jsdelivr\.net|data\.jsdelivr\.com|fastly\.jsdelivr\.net|esm\.sh|esm\.run|unpkg\.com|cdnjs\.cloudflare\.com|cdn\.skypack\.dev|ga\.jspm\.io|jspm\.dev|cdn\.observableusercontent\.com|static\.observableusercontent\.com|api\.observablehq\.com|fonts\.googleapis\.com|fonts\.gstatic\.com|use\.typekit\.net|registry\.npmjs\.org|extensions\.duckdb\.org|community-extensions\.duckdb\.org)\b/;

const TEXT_EXTENSIONS = new Set([
  ".html",
  ".js",
  ".mjs",
  ".css",
  ".json",
  ".svg",
  ".txt",
  ".csv",
  ".tsv",
  ".md",
  ".xml"
]);

function walk(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]
  );
}

const rel = (file: string): string => relative(DIST, file).split(sep).join("/");

let files: string[] = [];

beforeAll(async () => {
  await ensureBuilt();
  files = walk(DIST).sort();
}, 300_000);

describe("dist/ is self-contained", () => {
  test("no file references a CDN or font host", () => {
    const offenders: string[] = [];
    for (const file of files) {
      if (!TEXT_EXTENSIONS.has(extname(file))) continue;
      const text = readFileSync(file, "utf-8");
      const match = CDN_HOSTS.exec(text);
      if (match) offenders.push(`${rel(file)}: ${match[0]}`);
    }
    expect(offenders).toEqual([]);
  });

  test("no page or stylesheet loads a resource from an absolute URL", () => {
    const offenders: string[] = [];
    const resource =
      /<(?:script|img|iframe|source|video|audio|embed|track)\b[^>]*?\bsrc\s*=\s*["']?(?:https?:)?\/\/[^"'\s>]+|<link\b[^>]*?\bhref\s*=\s*["']?(?:https?:)?\/\/[^"'\s>]+/gi;
    const cssUrl = /(?:url\(\s*["']?|@import\s+["'])(?:https?:)?\/\/[^"')\s]+/gi;
    for (const file of files) {
      const ext = extname(file);
      if (ext !== ".html" && ext !== ".css") continue;
      const text = readFileSync(file, "utf-8");
      for (const [m] of text.matchAll(ext === ".html" ? resource : cssUrl)) offenders.push(`${rel(file)}: ${m}`);
      if (ext === ".html") for (const [m] of text.matchAll(cssUrl)) offenders.push(`${rel(file)}: ${m}`);
    }
    expect(offenders).toEqual([]);
  });

  test("the npm modules the pages need are in dist/_npm, at the installed versions", () => {
    for (const name of ["@observablehq/plot", "d3", "d3-dsv", "htl", "isoformat"]) {
      const {version} = JSON.parse(readFileSync(join(ROOT, "node_modules", name, "package.json"), "utf-8")) as {
        version: string;
      };
      const dir = join(DIST, "_npm", `${name}@${version}`);
      expect(existsSync(dir), `${rel(dir)} exists`).toBe(true);
      expect(readdirSync(dir).filter((f) => f.endsWith(".js")).length, `${rel(dir)} has a module`).toBeGreaterThan(0);
    }
    expect(
      files.some((f) => /^_observablehq\/stdlib\/inputs\.[0-9a-f]+\.js$/.test(rel(f))),
      "Inputs bundle"
    ).toBe(true);
    expect(
      files.some((f) => /^_observablehq\/stdlib\/inputs\.[0-9a-f]+\.css$/.test(rel(f))),
      "Inputs CSS"
    ).toBe(true);
  });

  test("every static import and preload in dist/ points to a file in dist/", async () => {
    const missing: string[] = [];
    const check = (file: string, specifier: string): void => {
      if (!/^\.{0,2}\//.test(specifier)) return; // bare or absolute-URL imports are caught by the tests above
      const target = specifier.startsWith("/")
        ? join(DIST, specifier.split(/[?#]/)[0])
        : resolve(dirname(file), specifier.split(/[?#]/)[0]);
      if (!existsSync(target)) missing.push(`${rel(file)} → ${specifier}`);
    };
    for (const file of files) {
      const ext = extname(file);
      if (ext !== ".js" && ext !== ".html") continue;
      const text = readFileSync(file, "utf-8");
      // Static imports only: Framework's client also holds dynamic imports of modules that no page uses.
      if (ext === ".js") for (const s of await staticImports(text)) check(file, s);
      if (ext === ".html") {
        for (const [, script] of text.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)) {
          for (const s of await staticImports(script)) check(file, s);
        }
        for (const [, s] of text.matchAll(/<link\b[^>]*?\bhref="([^"]+)"/g)) check(file, s);
        for (const [, s] of text.matchAll(/<script\b[^>]*?\bsrc="([^"]+)"/g)) check(file, s);
      }
    }
    expect(missing).toEqual([]);
  });
});
