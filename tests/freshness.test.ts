/**
 * Framework re-runs a data loader only when the loader file is newer than its cached output, and `observable build`
 * not even then. These tests drive Framework's own loader code on a temporary clone, the way build and preview do,
 * and check that editing the corpus or the codebook gets the affected tables rebuilt.
 */
import {readFileSync, statSync} from "node:fs";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {freshenLoaders} from "../scripts/freshenLoaders.ts";
import {watchLoaders, type LoaderWatcher} from "../scripts/watchLoaders.ts";
import {cloneRepo, ROOT, TSX, type RepoClone} from "./support/repoClone.ts";

interface Loader {
  load(options: {useStale: boolean}, effects: unknown): Promise<string>;
}
interface LoaderResolverClass {
  new (options: {root: string; interpreters: Record<string, string[]>}): {find(path: string): Loader | undefined};
}

const {LoaderResolver} = (await import(
  join(ROOT, "node_modules", "@observablehq", "framework", "dist", "loader.js")
)) as {LoaderResolver: LoaderResolverClass};
const quiet = {logger: {log() {}, warn() {}, error() {}}, output: {write() {}}};
const article = "corpus/articles/ndtv-2019-02-unsc-condemns-pulwama-names-jem.md";
const documentsLoader = "docs/data/documents.csv.ts";
const dictionaryLoader = "docs/data/dictionary.json.ts";

let clone: RepoClone;
beforeEach(() => {
  clone = cloneRepo([documentsLoader, dictionaryLoader]);
});
afterEach(() => clone.remove());

/** Serves `path` as Framework does: `build` uses a stale cached output, preview re-runs the loader. */
async function serve(path: string, mode: "build" | "preview"): Promise<string> {
  const resolver = new LoaderResolver({root: clone.path("docs"), interpreters: {".ts": [TSX]}});
  const output = await resolver.find(path)!.load({useStale: mode === "build"}, quiet);
  return readFileSync(join(clone.path("docs"), output), "utf8");
}

const retitle = (title: string) => clone.write(article, clone.read(article).replace(/^title: .*$/m, `title: ${title}`));
const mtime = (path: string) => statSync(clone.path(path)).mtimeMs;

describe("npm run build (freshenLoaders, then Framework's build)", () => {
  const options = () => ({root: clone.root, log: () => {}});

  test("editing an article re-runs the loaders that read the corpus", async () => {
    await freshenLoaders(options());
    expect(await serve("/data/documents.csv", "build")).toContain("UN Security Council Members");
    retitle("An edited headline");
    expect(await serve("/data/documents.csv", "build"), "Framework alone keeps the stale table").not.toContain(
      "An edited headline"
    );
    const {changed, removed} = await freshenLoaders(options());
    expect(changed).toEqual([documentsLoader]);
    expect(removed).toEqual([documentsLoader]);
    expect(await serve("/data/documents.csv", "build")).toContain("An edited headline");
  }, 60_000);

  test("deleting an article, or editing the codebook, re-runs them too; unchanged inputs re-run nothing", async () => {
    await freshenLoaders(options());
    const before = await serve("/data/documents.csv", "build");
    expect((await freshenLoaders(options())).changed).toEqual([]);
    expect(await serve("/data/documents.csv", "build")).toBe(before);

    clone.write("src/codebook.yaml", `${clone.read("src/codebook.yaml")}\n# a comment\n`);
    expect((await freshenLoaders(options())).changed).toEqual([documentsLoader]);

    const {rmSync} = await import("node:fs");
    rmSync(clone.path(article));
    expect((await freshenLoaders(options())).changed).toEqual([documentsLoader]);
    const after = await serve("/data/documents.csv", "build");
    expect(after.split("\n").length).toBe(before.split("\n").length - 1);
    expect(after).not.toContain("ndtv-2019-02-unsc-condemns-pulwama-names-jem");
  }, 60_000);
});

describe("npm run dev (watchLoaders beside Framework's preview)", () => {
  let watcher: LoaderWatcher | undefined;
  afterEach(() => watcher?.close());

  async function waitUntil(condition: () => boolean, what: string): Promise<void> {
    for (const start = Date.now(); !condition(); await new Promise((resolve) => setTimeout(resolve, 25))) {
      if (Date.now() - start > 10_000) throw new Error(`timed out waiting until ${what}`);
    }
    await watcher!.settled();
  }

  test("editing or adding an article touches the loaders that read the corpus, and preview re-runs them", async () => {
    watcher = await watchLoaders({root: clone.root, log: () => {}, delay: 20});
    expect(await serve("/data/documents.csv", "preview")).toContain("UN Security Council Members");
    const touched = mtime(documentsLoader);
    const dictionaryTouched = mtime(dictionaryLoader);

    retitle("Edited while previewing");
    await waitUntil(() => mtime(documentsLoader) > touched, "the documents loader is touched");
    expect(await serve("/data/documents.csv", "preview")).toContain("Edited while previewing");
    expect(mtime(dictionaryLoader), "the dictionary does not read the corpus").toBe(dictionaryTouched);

    const retouched = mtime(documentsLoader);
    const copy = article.replace("ndtv-2019-02", "ndtv-2019-03");
    clone.write(copy, clone.read(article).replace(/^id: .*$/m, `id: ${copy.slice("corpus/articles/".length, -3)}`));
    await waitUntil(() => mtime(documentsLoader) > retouched, "the documents loader is touched again");
    expect(await serve("/data/documents.csv", "preview")).toContain("ndtv-2019-03-unsc-condemns-pulwama-names-jem");
  }, 60_000);
});
