import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {parseArticle} from "../../src/article.ts";
import {extractArticle} from "../../src/extractArticle.ts";
import {article} from "./helpers.ts";

/** Every row's offsets must point at its own text. */
function expectConsistent(body: string) {
  const {statements, events} = extractArticle(article(body));
  for (const s of statements) expect(body.slice(s.start, s.end)).toBe(s.quote);
  for (const e of events) expect(body.slice(e.start, e.end)).toBe(e.span);
  return {statements, events};
}

describe("odd text", () => {
  it("returns nothing for an empty or blank body", () => {
    expect(expectConsistent("")).toEqual({statements: [], events: []});
    expect(expectConsistent("\n\n   \n\t\n")).toEqual({statements: [], events: []});
  });

  it("does not crash on articles in other languages and scripts", () => {
    expectConsistent(
      "\n中国外交部发言人表示，中方支持巴基斯坦打击恐怖主义。\n\nپاکستان کے دفتر خارجہ نے کہا کہ چین ہمارا دوست ہے۔\n\nКитай заявил, что поддерживает Пакистан."
    );
  });

  it("survives unmatched, curly and straight quotation marks", () => {
    const {statements} = expectConsistent(
      '“China will stand by Pakistan, said Wang Yi. "We urge calm” he added.\n\nThe envoy said ”nothing" more. “Unclosed quote about terrorism'
    );
    expect(statements.length).toBeGreaterThan(0);
  });

  it("keeps a quotation that runs over several paragraphs attributed and consistent", () => {
    const body =
      "\n“Pakistan has made great sacrifices,” said Hua Chunying, a Chinese Foreign Ministry spokeswoman.\n\n“It must not be singled out for blame.\n\n“We oppose the listing of its leaders,” she added.";
    const {statements} = expectConsistent(body);
    expect(statements.every((s) => s.actor === "CN")).toBe(true);
  });

  it("handles a 5 MB article, a body without full stops and a quotation that never closes", () => {
    const text = readFileSync(
      new URL("../../corpus/articles/rferl-2017-09-china-pakistan-militant-sanctuaries.md", import.meta.url),
      "utf8"
    );
    const {body} = parseArticle(text, {checkId: false});
    const big = body.repeat(Math.ceil(5e6 / body.length));
    expect(big.length).toBeGreaterThan(5e6);
    const {statements} = expectConsistent(big);
    expect(statements.length).toBeGreaterThan(1000);
    const run = "China urged Pakistan to act against militants and ".repeat(20000);
    expectConsistent(run);
    expectConsistent("“" + run);
  }, 120_000);

  it("handles markup in the text as text", () => {
    const body =
      '<script>alert("x")</script> China said <img src=x onerror="alert(1)"> Pakistan must act against terrorism.';
    const {statements} = expectConsistent(body);
    expect(statements[0]?.quote).toContain("<img");
  });
});
