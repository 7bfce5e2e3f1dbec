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

// One alternation, scanned with a sticky regex: the possessive and negative clitics, abbreviations (U.S.), words and
// numbers (with inner dots for 1.5), then any other single character that is not a space.
const tokenPattern =
  /(['’]s\b|n['’]t\b)|((?:\p{Lu}\.){2,}|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|\.(?=\p{N}))*)|([“”"‘’'—–-])|(\S)/uy;
const whitespace = /\s+/y;

/**
 * Splits text into tokens with offsets, in one linear pass. Hyphens, dashes and quotation marks are tokens of their
 * own, so that "Jaish-e-Mohammad" and "Jaish-e Mohammad" match the same name.
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
    whitespace.lastIndex = i;
    if (whitespace.test(text)) {
      i = whitespace.lastIndex;
      if (i >= end) break;
    }
    tokenPattern.lastIndex = i;
    const match = tokenPattern.exec(text);
    if (!match) break;
    let value = match[0];
    let tokenEnd = Math.min(i + value.length, end);
    if (tokenEnd < i + value.length) value = value.slice(0, tokenEnd - i);
    if (match[2] !== undefined) {
      // "didn't": the word ends before the clitic n't, which the next round reads.
      const clitic = /n$/i.test(value) && /^['’]t\b/.test(text.slice(tokenEnd, tokenEnd + 3));
      if (clitic && value.length > 1) {
        value = value.slice(0, -1);
        tokenEnd -= 1;
      }
      const first = value.charCodeAt(0);
      const kind: TokenKind = first >= 48 && first <= 57 ? "number" : "word";
      tokens.push(makeToken(value, i, tokenEnd, kind));
    } else if (match[1] !== undefined) {
      tokens.push(makeToken(value, i, tokenEnd, /^n/i.test(value) ? "word" : "possessive"));
    } else if (match[3] !== undefined) {
      tokens.push(makeToken(value, i, tokenEnd, quoteKind(value, text, i)));
    } else {
      tokens.push(makeToken(value, i, tokenEnd, "punct"));
    }
    i = tokenEnd;
  }
  return tokens;
}

function makeToken(text: string, start: number, end: number, kind: TokenKind): Token {
  const lower = text.toLowerCase().replace(/’/g, "'");
  const first = text[0];
  return {text, lower, start, end, kind, capitalized: first !== first.toLowerCase()};
}

function quoteKind(mark: string, text: string, at: number): TokenKind {
  switch (mark) {
    case "“":
      return "open-quote";
    case "”":
      return "close-quote";
    case '"':
      return "quote";
    case "—":
    case "–":
      return "dash";
    case "-":
      // A spaced hyphen works as a dash ("twice - in April - imposed"); an inner one joins a word.
      return /\s/.test(text[at - 1] ?? " ") && /\s/.test(text[at + 1] ?? " ") ? "dash" : "punct";
    default:
      // ‘ and ’ and ' are apostrophes far more often than quotation marks in news prose.
      return "punct";
  }
}

/** True for words that can be matched: words and numbers. */
export function isWordToken(token: Token): boolean {
  return token.kind === "word" || token.kind === "number";
}
