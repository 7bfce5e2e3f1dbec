/**
 * scripts/fill-npm-cache.ts: fills Framework's npm cache from node_modules so the build never fetches. Checked here
 * against Framework's own resolver (node_modules/@observablehq/framework/dist/npm.js), with fetch forbidden.
 */
import {createHash} from "node:crypto";
import {mkdtempSync, readFileSync, readdirSync, rmSync, statSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join, posix, relative, sep} from "node:path";
import {afterAll, beforeAll, describe, expect, test, vi} from "vitest";
import {MARKER_VERSION, fillNpmCache} from "../../scripts/fill-npm-cache.ts";
import {ROOT} from "./build-site.ts";
import {staticImports} from "./imports.ts";

interface FrameworkNpm {
  resolveNpmImport(root: string, specifier: string): Promise<string>;
  resolveNpmImports(root: string, path: string): Promise<{name: string; type: string; method: string}[]>;
}

function walk(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]
  );
}

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of walk(dir).sort()) {
    out[relative(dir, file).split(sep).join("/")] = createHash("sha256").update(readFileSync(file)).digest("hex");
  }
  return out;
}

const version = (name: string): string =>
  (JSON.parse(readFileSync(join(ROOT, "node_modules", name, "package.json"), "utf-8")) as {version: string}).version;

const temps: string[] = [];
const tempRoot = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "backchannel-npm-cache-"));
  temps.push(dir);
  return dir;
};

let root: string;
let cache: string;

beforeAll(async () => {
  root = tempRoot();
  cache = join(root, ".observablehq", "cache");
  expect(await fillNpmCache({cache, quiet: true})).toBe(true);
}, 120_000);

afterAll(() => {
  for (const dir of temps) rmSync(dir, {recursive: true, force: true});
});

describe("fill-npm-cache", () => {
  test("is deterministic: two fresh fills are byte-identical and hold no machine-specific path", async () => {
    const other = join(tempRoot(), "cache");
    await fillNpmCache({cache: other, quiet: true});
    expect(snapshot(join(other, "_npm"))).toEqual(snapshot(join(cache, "_npm")));
    for (const file of walk(join(cache, "_npm"))) expect(readFileSync(file, "utf-8")).not.toContain(ROOT);
  });

  test("is idempotent: a second run writes nothing", async () => {
    const before = walk(cache).map((f) => `${f}:${statSync(f).mtimeMs}`);
    expect(await fillNpmCache({cache, quiet: true})).toBe(false);
    expect(walk(cache).map((f) => `${f}:${statSync(f).mtimeMs}`)).toEqual(before);
  });

  test("imports between cached modules are relative paths to cached files, as Framework writes them", async () => {
    const npmDir = join(cache, "_npm");
    const problems: string[] = [];
    for (const file of walk(npmDir).filter((f) => f.endsWith(".js"))) {
      for (const specifier of await staticImports(readFileSync(file, "utf-8"))) {
        const where = relative(npmDir, file);
        if (!specifier.startsWith("../")) problems.push(`${where}: non-relative import ${specifier}`);
        else if (!statSync(join(dirname(file), specifier), {throwIfNoEntry: false})?.isFile()) {
          problems.push(`${where}: missing ${specifier}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  test("Framework resolves the page libraries to the installed versions without fetching", async () => {
    const fetch = vi.fn(() => Promise.reject(new Error("network access during resolution")));
    vi.stubGlobal("fetch", fetch);
    try {
      const npm = (await import(
        join(ROOT, "node_modules", "@observablehq", "framework", "dist", "npm.js")
      )) as FrameworkNpm;
      for (const name of ["@observablehq/plot", "d3", "d3-dsv", "htl", "isoformat", "arquero"]) {
        const path = await npm.resolveNpmImport(root, name);
        expect(path).toBe(`/_npm/${name}@${version(name)}/_esm.js`);
        // Reads the cached file (populateNpmCache finds it) and lists its imports: all local, i.e. cached too.
        const imports = await npm.resolveNpmImports(root, path);
        expect(imports.filter((i) => i.type !== "local")).toEqual([]);
        for (const i of imports) expect(posix.normalize(posix.join(posix.dirname(path), i.name))).toMatch(/^\/_npm\//);
      }
      // Packages that Framework's client names but no page needs resolve to a marker version, not to the registry.
      expect(await npm.resolveNpmImport(root, "lodash")).toBe(`/_npm/lodash@${MARKER_VERSION}/_esm.js`);
      expect(fetch).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
