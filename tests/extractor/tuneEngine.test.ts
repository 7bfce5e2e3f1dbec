import {spawnSync} from "node:child_process";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {articleRows} from "../../src/tables.ts";
import {readCorpus} from "../../src/corpus.ts";

const root = new URL("../../", import.meta.url).pathname;

/** The elements kind of an array that optimized code made with `map`, in a fresh process, tuned or not. */
function mappedArrayShape(tuning: "tuned" | "untuned"): string {
  const script = join(root, "tests/fixtures/engine/mappedArrayShape.mjs");
  const run = spawnSync(process.execPath, ["--import", "tsx", "--allow-natives-syntax", script, tuning], {
    cwd: root,
    encoding: "utf8"
  });
  if (run.status !== 0) throw new Error(`mappedArrayShape.mjs failed: ${run.stderr}`);
  return run.stdout;
}

describe("tuneEngine", () => {
  it("keeps the arrays that optimized code makes with map packed, as the interpreter makes them", () => {
    // The premise: untuned, optimized code returns a holey array where the interpreter returned a packed one.
    expect(mappedArrayShape("untuned")).toBe("holey");
    expect(mappedArrayShape("tuned")).toBe("packed");
  });

  it("does not change what the extractor finds, once its code is optimized", () => {
    // Three passes over the corpus and the test articles, so that the last one runs optimized code.
    const script = `
      import {tuneEngine} from "./src/tuneEngine.ts";
      import {readCorpus} from "./src/corpus.ts";
      import {articleRows} from "./src/tables.ts";
      tuneEngine();
      const articles = ["corpus/articles", "tests/fixtures/articles"].flatMap((dir) => readCorpus(dir, {checkId: false}).articles);
      let rows;
      for (let pass = 0; pass < 3; ++pass) rows = articles.map((article) => articleRows(article));
      process.stdout.write(JSON.stringify(rows));
    `;
    const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 1 << 26
    });
    expect(run.stderr).toBe("");
    const expected = ["corpus/articles", "tests/fixtures/articles"]
      .flatMap((dir) => readCorpus(join(root, dir), {checkId: false}).articles)
      .map((article) => articleRows(article));
    expect(expected.length).toBeGreaterThan(50);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    // A process of its own reading the corpus three times: about 3.5 s here, more on a busy or slower machine.
  }, 60_000);
});
