import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {corpusFiles, readCorpus} from "../src/corpus.ts";
import {InputError} from "../src/InputError.ts";

function article(id: string, {published = "published: 2019-01-02\n", body = "Body text.\n"} = {}): string {
  return `---\nid: ${id}\ntitle: Title of ${id}\npublisher: Example\nurl: https://example.com/${id}\n${published}kind: news\nlanguage: en\n---\n\n${body}`;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "backchannel-corpus-"));
});
afterEach(() => rmSync(dir, {recursive: true, force: true}));

function thrown(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("readCorpus", () => {
  test("returns every article sorted by id, with each file's text", () => {
    writeFileSync(join(dir, "zeta-2019-01-b.md"), article("zeta-2019-01-b"));
    writeFileSync(join(dir, "alpha-2019-01-a.md"), article("alpha-2019-01-a"));
    const {articles, texts} = readCorpus(dir);
    expect(articles.map((a) => a.id)).toEqual(["alpha-2019-01-a", "zeta-2019-01-b"]);
    expect(texts.get("zeta-2019-01-b")).toBe(article("zeta-2019-01-b"));
    expect(articles[0].body).toBe("\nBody text.\n");
  });

  test("reads only article files: not README.md, hidden files, other extensions or subdirectories", () => {
    writeFileSync(join(dir, "alpha-2019-01-a.md"), article("alpha-2019-01-a"));
    writeFileSync(join(dir, "README.md"), "# The corpus\n");
    writeFileSync(join(dir, ".#alpha-2019-01-a.md"), "editor lock");
    writeFileSync(join(dir, "notes.txt"), "not an article");
    mkdirSync(join(dir, "drafts.md"));
    expect(corpusFiles(dir)).toEqual([join(dir, "alpha-2019-01-a.md")]);
    expect(readCorpus(dir).articles).toHaveLength(1);
  });

  test("an article missing a field fails with the file, the line and the field", () => {
    writeFileSync(join(dir, "alpha-2019-01-a.md"), article("alpha-2019-01-a"));
    writeFileSync(join(dir, "beta-2019-01-b.md"), article("beta-2019-01-b", {published: ""}));
    const error = thrown(() => readCorpus(dir));
    expect(error.file).toBe(join(dir, "beta-2019-01-b.md"));
    expect(error.field).toBe("published");
    expect(error.line).toBeGreaterThan(0);
    expect(error.message).toMatch(/beta-2019-01-b\.md:\d+: published: is missing/);
  });

  test("two articles with the same id fail with an error naming both files", () => {
    writeFileSync(join(dir, "a.md"), article("same-2019-01-x"));
    writeFileSync(join(dir, "b.md"), article("same-2019-01-x"));
    const error = thrown(() => readCorpus(dir, {checkId: false}));
    expect(error.field).toBe("id");
    expect(error.line).toBe(2);
    expect(error.message).toContain(join(dir, "a.md"));
    expect(error.message).toContain(join(dir, "b.md"));
  });

  test("an id that is not the file name fails unless checkId is false", () => {
    writeFileSync(join(dir, "other-name.md"), article("alpha-2019-01-a"));
    expect(thrown(() => readCorpus(dir)).field).toBe("id");
    expect(readCorpus(dir, {checkId: false}).articles[0].id).toBe("alpha-2019-01-a");
  });

  test("a missing directory and a binary file are input errors", () => {
    expect(thrown(() => readCorpus(join(dir, "nowhere"))).message).toMatch(/nowhere: no such directory/);
    writeFileSync(join(dir, "alpha-2019-01-a.md"), "---\u0000");
    expect(thrown(() => readCorpus(dir)).message).toMatch(/not a text file/);
  });

  test("an empty corpus has no articles", () => {
    expect(readCorpus(dir)).toEqual({articles: [], texts: new Map()});
  });
});
