/**
 * The Sources page draws article text from data: markup in an article must stay text. Checked end to end on a
 * temporary corpus (article file → tables → sources.json's runs → DOM) and on the renderer alone.
 */
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {buildSources, segmentRuns} from "../../data-loaders/sources.ts";
import {highlightTarget, renderArticle, type ArticleSource} from "../../docs/components/articleText.ts";
import {readCorpus} from "../../src/corpus.ts";
import {buildTables} from "../../src/tables.ts";
import {newDocument} from "./fixtures.ts";

const hostileBody = [
  `<script>window.hacked = true</script> China's foreign ministry spokesman Geng Shuang said on Monday that Pakistan had made "great sacrifices" in the fight against terrorism.`,
  `<img src=x onerror="window.hacked = true"> Sources said Chinese officials privately urged Pakistan to act against the militants.`,
  `<a href="javascript:window.hacked = true">click</a> & <b>bold</b> &amp; <!-- comment --> text.`
].join("\n\n");

const article = `---
id: test-2017-09-hostile-markup
title: "<i>China</i> <script>window.hacked = true</script> and Pakistan"
publisher: "Example <b>Wire</b>"
url: https://example.com/hostile
published: 2017-09-04
kind: news
language: en
---

${hostileBody}
`;

const temporary = mkdtempSync(join(tmpdir(), "backchannel-sources-"));
afterAll(() => rmSync(temporary, {recursive: true, force: true}));

function renderedFromCorpus() {
  writeFileSync(join(temporary, "test-2017-09-hostile-markup.md"), article);
  const {articles, texts} = readCorpus(temporary);
  const tables = buildTables(articles, {texts});
  const [source] = buildSources(articles, tables);
  const document = newDocument();
  const element = renderArticle(source, {document});
  document.body.append(element);
  return {source, tables, document, element};
}

describe("renderArticle", () => {
  test("renders an article containing <script>, <img onerror> and other markup as inert text", () => {
    const {document, element, source} = renderedFromCorpus();
    expect(element.querySelectorAll("script, img, b, i, iframe, [onerror], [onclick]")).toHaveLength(0);
    // The only links are the labels drawn by the renderer and the link to the original.
    for (const a of element.querySelectorAll("a")) {
      expect(a.getAttribute("href")).toMatch(/^(?:#|https:\/\/example\.com\/hostile$)/);
    }
    const body = element.querySelector(".source-body")!;
    expect(body.textContent).toContain("<script>window.hacked = true</script>");
    expect(body.textContent).toContain(`<img src=x onerror="window.hacked = true">`);
    expect(body.textContent).toContain("&amp; <!-- comment -->");
    expect(element.querySelector(".source-title")?.textContent).toBe(
      "<i>China</i> <script>window.hacked = true</script> and Pakistan"
    );
    expect(element.querySelector(".source-meta strong")?.textContent).toBe("Example <b>Wire</b>");
    expect((document.defaultView as unknown as {hacked?: boolean}).hacked).toBeUndefined();
    // The text drawn is the article's text, run for run.
    const paragraphs = [...element.querySelectorAll(".source-paragraph")].map((p) =>
      [...p.childNodes]
        .filter((n) => n.nodeType === 3 || (n as Element).matches("mark, span:not(.source-anchor)"))
        .map((n) => n.textContent)
        .join("")
    );
    expect(paragraphs).toEqual(source.paragraphs.map((p) => p.runs.map((r) => r.text).join("")));
  });

  test("gives every statement an anchor and highlights it as the target", () => {
    const {element, tables} = renderedFromCorpus();
    expect(tables.statements.length).toBeGreaterThan(0);
    for (const s of tables.statements) expect(element.querySelector(`[id="${s.statement_id}"]`)).not.toBeNull();
    const id = tables.statements[0].statement_id;
    const anchor = highlightTarget(element, id);
    expect(anchor?.id).toBe(id);
    const marked = [...element.querySelectorAll<HTMLElement>("mark.is-target")];
    expect(marked.length).toBeGreaterThan(0);
    for (const m of marked) expect(m.dataset.statements!.split(" ")).toContain(id);
    expect(highlightTarget(element, "no-such-id")).toBeNull();
    expect(element.querySelectorAll(".is-target")).toHaveLength(0);
  });

  test("shows a non-web URL as text, not as a link", () => {
    const source: ArticleSource = {
      doc_id: "x",
      title: "t",
      publisher: "p",
      url: "javascript:alert(1)",
      published: "2017-09",
      published_note: "",
      kind: "news",
      paragraphs: [{furniture: false, runs: [{start: 0, end: 4, text: "text", statements: [], events: []}]}],
      statements: [],
      events: []
    };
    const element = renderArticle(source, {document: newDocument()});
    expect(element.querySelector("a")).toBeNull();
    expect(element.textContent).toContain("javascript:alert(1)");
  });

  test("rejects bad options", () => {
    expect(() => renderArticle({} as ArticleSource, {document: {} as Document})).toThrow("invalid document");
    expect(() => renderArticle({} as ArticleSource, {document: newDocument(), headingLevel: 7})).toThrow(
      "invalid headingLevel: 7"
    );
  });
});

describe("segmentRuns", () => {
  test("cuts a paragraph at every span boundary; runs cover it exactly and name the spans covering them", () => {
    const body = "Alpha beta gamma delta.";
    const runs = segmentRuns(
      body,
      0,
      body.length,
      [
        {id: "s1", start: 6, end: 16},
        {id: "s2", start: 11, end: 23}
      ],
      [{id: "e1", start: 0, end: 5}]
    );
    expect(runs.map((r) => r.text).join("")).toBe(body);
    expect(runs.map((r) => [r.text, r.statements.join(","), r.events.join(",")])).toEqual([
      ["Alpha", "", "e1"],
      [" ", "", ""],
      ["beta ", "s1", ""],
      ["gamma", "s1,s2", ""],
      [" delta.", "s2", ""]
    ]);
  });

  test("clips spans to the paragraph and ignores empty ones", () => {
    const body = "One.\n\nTwo three.";
    const runs = segmentRuns(
      body,
      6,
      body.length,
      [
        {id: "s", start: 0, end: 9},
        {id: "empty", start: 7, end: 7}
      ],
      []
    );
    expect(runs.map((r) => [r.text, r.statements])).toEqual([
      ["Two", ["s"]],
      [" three.", []]
    ]);
  });
});
