import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {parseArticle, readArticle} from "../../src/article.ts";

const good = `---
id: wire-2017-09-test
title: "A test"
publisher: Test Wire
url: https://example.org/a
published: 2017-09-07
kind: news
language: en
---

First paragraph.

Second “paragraph”.
`;

describe("parseArticle", () => {
  it("takes the body as everything after the closing --- line, byte for byte", () => {
    const article = parseArticle(good);
    expect(article.body).toBe("\nFirst paragraph.\n\nSecond “paragraph”.\n");
    expect(article.published).toBe("2017-09-07");
    expect(article.bodyLine).toBe(10);
  });

  it("accepts a month-precision publication date and an optional note", () => {
    const article = parseArticle(
      good.replace("published: 2017-09-07", 'published: 2011-08\npublished_note: "approximate"')
    );
    expect(article.published).toBe("2011-08");
    expect(article.published_note).toBe("approximate");
  });

  it("keeps CRLF bodies intact", () => {
    const article = parseArticle(good.replace(/\n/g, "\r\n"));
    expect(article.body.startsWith("\r\nFirst paragraph.")).toBe(true);
  });

  it.each([
    [good.replace("publisher: Test Wire\n", ""), /x\.md:2: publisher: is missing/],
    [good.replace("2017-09-07", "2017-02-30"), /x\.md:6: published: is not a real calendar date/],
    [good.replace("2017-09-07", "7 Sept 2017"), /x\.md:6: published: must be written YYYY-MM-DD or YYYY-MM/],
    [good.replace("kind: news", "kind: gossip"), /x\.md:7: kind: must be one of/],
    [good.replace("language: en", "language: en\nauthor: Someone"), /x\.md:9: author: unknown field/],
    [good.replace("url: https://example.org/a", "url: not a url"), /x\.md:5: url: must be an absolute URL/],
    [good.replace('title: "A test"', 'title: "A test'), /x\.md:\d+: invalid YAML/],
    ["no front matter\n", /x\.md:1: the file must start with a front matter line '---'/],
    ["---\nid: x\n", /x\.md:1: the front matter is not closed/]
  ])("rejects a bad file with its path, line and field (%#)", (text, message) => {
    expect(() => parseArticle(text, {path: "corpus/x.md", checkId: false})).toThrow(message);
  });

  it("requires the id to equal the file name", () => {
    expect(() => parseArticle(good, {path: "corpus/other.md"})).toThrow(/other\.md:2: id: must equal the file name/);
  });
});

describe("readArticle", () => {
  it("names a missing file", () => {
    expect(() => readArticle("/nonexistent/dir/x.md")).toThrow("/nonexistent/dir/x.md: no such file");
  });

  it("refuses a binary file", () => {
    const dir = mkdtempSync(join(tmpdir(), "backchannel-"));
    const path = join(dir, "binary.md");
    writeFileSync(path, Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01]));
    expect(() => readArticle(path)).toThrow(/binary\.md: is not a text file/);
  });
});

describe("the library's entry point", () => {
  it("exports the public functions from one flat module", async () => {
    const library = await import("../../src/index.ts");
    for (const name of [
      "parseArticle",
      "extractArticle",
      "extractStatements",
      "extractEvents",
      "buildTables",
      "loadCodebook",
      "publicPrivateGap",
      "applyReviews",
      "evaluateCorpus"
    ]) {
      expect(typeof (library as Record<string, unknown>)[name], name).toBe("function");
    }
  });
});
