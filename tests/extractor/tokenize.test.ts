import {describe, expect, it} from "vitest";
import {tokenize} from "../../src/tokenize.ts";

describe("tokenize", () => {
  it("splits possessives, negative clitics, hyphens and quotation marks into tokens of their own", () => {
    const text = "China’s envoy didn't say “technical hold” on Jaish-e-Mohammad.";
    expect(tokenize(text).map((t) => t.text)).toEqual([
      "China",
      "’s",
      "envoy",
      "did",
      "n't",
      "say",
      "“",
      "technical",
      "hold",
      "”",
      "on",
      "Jaish",
      "-",
      "e",
      "-",
      "Mohammad",
      "."
    ]);
  });

  it("keeps abbreviations and decimals whole, and offsets are UTF-16 indices", () => {
    const text = "🇵🇰 U.S. aid rose 1.5 per cent — U.N. said";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual([
      "🇵",
      "🇰",
      "U.S.",
      "aid",
      "rose",
      "1.5",
      "per",
      "cent",
      "—",
      "U.N.",
      "said"
    ]);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it("folds typographic apostrophes in the lowercase form used for matching", () => {
    expect(tokenize("Pakistan’s")[1].lower).toBe("'s");
    expect(tokenize("CHINA")[0]).toMatchObject({lower: "china", capitalized: true});
  });

  it("reads a slice while keeping offsets into the whole text", () => {
    const tokens = tokenize("one two three", {start: 4, end: 7});
    expect(tokens).toMatchObject([{text: "two", start: 4, end: 7}]);
  });
});
