/** A token of an article body with its UTF-16 offsets into the body. */
export interface Token {
  text: string;
  /** Lowercase, with typographic apostrophes folded to `'`, for matching. */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Starts with an uppercase letter. */
  capitalized: boolean;
}

export type TokenKind = "word" | "number" | "possessive" | "punct" | "open-quote" | "close-quote" | "quote" | "dash";

const letterOrDigit = /[\p{L}\p{N}\p{M}]/u;
const upper = /\p{Lu}/u;

function isWordChar(code: number, text: string, i: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return letterOrDigit.test(isHighSurrogate(code) ? text.slice(i, i + 2) : text[i]);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** How many UTF-16 units the character at `i` takes: 2 for a surrogate pair, so no token splits one. */
function width(text: string, i: number): number {
  return isHighSurrogate(text.charCodeAt(i)) && i + 1 < text.length ? 2 : 1;
}

function isUpper(code: number, text: string, i: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  return upper.test(text[i]);
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 160 ||
    code === 0x2009 ||
    code === 0x200b ||
    code === 0x202f ||
    code === 0x3000
  );
}

const apostrophe = (code: number) => code === 39 || code === 0x2019;

/**
 * Splits text into tokens with offsets, in one linear pass over the characters. Hyphens, dashes and quotation marks
 * are tokens of their own, so that "Jaish-e-Mohammad" and "Jaish-e Mohammad" match the same name; "’s" and "n't"
 * are tokens of their own; "U.S." is one token.
 *
 * Options: `start` and `end` (default the whole text) tokenize a slice while keeping offsets into the whole text.
 *
 * @example
 * tokenize("China's envoy said.").map((t) => t.text); // ["China", "'s", "envoy", "said", "."]
 */
export function tokenize(text: string, {start = 0, end = text.length} = {}): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      ++i;
      continue;
    }
    if (
      apostrophe(code) &&
      i + 1 < end &&
      (text[i + 1] === "s" || text[i + 1] === "S") &&
      !(i + 2 < end && isWordChar(text.charCodeAt(i + 2), text, i + 2))
    ) {
      tokens.push(makeToken(text, i, i + 2, "possessive"));
      i += 2;
      continue;
    }
    if (isWordChar(code, text, i)) {
      // Abbreviations of capitals and full stops: U.S., U.N.
      let j = i;
      let letters = 0;
      while (j + 1 < end && isUpper(text.charCodeAt(j), text, j) && text[j + 1] === ".") {
        ++letters;
        j += 2;
      }
      if (letters >= 2) {
        tokens.push(makeToken(text, i, j, "word"));
        i = j;
        continue;
      }
      j = i + width(text, i);
      while (j < end) {
        const c = text.charCodeAt(j);
        if (isWordChar(c, text, j)) j += width(text, j);
        else if (c === 46 && j + 1 < end && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j - 1))) j += 2;
        else break;
      }
      // "didn't": the word stops before the clitic, which becomes a token of its own.
      let wordEnd = j;
      const clitic =
        j - i > 1 &&
        (text[j - 1] === "n" || text[j - 1] === "N") &&
        j + 1 < end &&
        apostrophe(text.charCodeAt(j)) &&
        (text[j + 1] === "t" || text[j + 1] === "T") &&
        !(j + 2 < end && isWordChar(text.charCodeAt(j + 2), text, j + 2));
      if (clitic) wordEnd = j - 1;
      tokens.push(makeToken(text, i, wordEnd, isDigit(code) ? "number" : "word"));
      if (clitic) {
        tokens.push(makeToken(text, wordEnd, j + 2, "word"));
        j += 2;
      }
      i = j;
      continue;
    }
    const w = Math.min(width(text, i), end - i);
    tokens.push(makeToken(text, i, i + w, markKind(code, text, i)));
    i += w;
  }
  return tokens;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function makeToken(text: string, start: number, end: number, kind: TokenKind): Token {
  const value = text.slice(start, end);
  let lower = value.toLowerCase();
  if (lower.includes("’")) lower = lower.replace(/’/g, "'");
  const code = text.charCodeAt(start);
  return {text: value, lower, start, end, kind, capitalized: kind === "word" && isUpper(code, text, start)};
}

function markKind(code: number, text: string, at: number): TokenKind {
  switch (code) {
    case 0x201c: // “
      return "open-quote";
    case 0x201d: // ”
      return "close-quote";
    case 34: // "
      return "quote";
    case 0x2014: // —
    case 0x2013: // –
      return "dash";
    case 45: // -: a spaced hyphen works as a dash ("twice - in April - imposed"); an inner one joins a word.
      return isSpace(text.charCodeAt(at - 1) || 32) && isSpace(text.charCodeAt(at + 1) || 32) ? "dash" : "punct";
    default:
      // ‘ and ’ and ' are apostrophes far more often than quotation marks in news prose.
      return "punct";
  }
}

/** True for words that can be matched: words and numbers. */
export function isWordToken(token: Token): boolean {
  return token.kind === "word" || token.kind === "number";
}
