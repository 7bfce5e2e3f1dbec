import type {Codebook} from "./codebook.ts";
import {findDateExpressions, type DateExpression, type ResolvedDate} from "./dates.ts";
import type {EntityIndex} from "./EntityIndex.ts";
import type {Mention, Projection} from "./patterns.ts";
import type {Sentence} from "./segment.ts";
import type {Token} from "./tokenize.ts";

/**
 * A sentence prepared for analysis: the projection that patterns match (words, possessives and clause punctuation,
 * without quotation marks and inner hyphens), which projected tokens stand inside quotation marks, the entity
 * mentions, and the date expressions.
 */
export interface SentenceView extends Projection {
  sentence: Sentence;
  /** True for projected tokens between quotation marks. */
  quoted: boolean[];
  /** True where a quotation opens just before the projected token. */
  opensQuote: boolean[];
  /** True where a quotation closes just after the projected token. */
  closesQuote: boolean[];
  dates: DateExpression[];
  /** For each projected token, the index of the date expression covering it, or -1. */
  dateAt: Int32Array;
  /** The resolved date of each expression, once the article's dates have been chained (see `resolveSequence`). */
  resolved: (ResolvedDate | undefined)[];
}

/**
 * Builds the view of a sentence. `people` holds the names an article has introduced so far ("Yao Wen", then "Yao"),
 * matched like the codebook's names.
 *
 * @example
 * const view = viewSentence(sentence, codebook, people);
 */
export function viewSentence(sentence: Sentence, codebook: Codebook, people?: EntityIndex): SentenceView {
  const tokens: Token[] = [];
  const index: number[] = [];
  const quoted: boolean[] = [];
  const opensQuote: boolean[] = [];
  const closesQuote: boolean[] = [];
  let pendingOpen = false;
  sentence.tokens.forEach((token, i) => {
    const kind = token.kind;
    if (kind === "open-quote" || kind === "quote" || kind === "close-quote") {
      if (sentence.quoteRole[i] === 1) pendingOpen = true;
      else if (sentence.quoteRole[i] === -1 && tokens.length) closesQuote[tokens.length - 1] = true;
      return;
    }
    if ((kind === "punct" && (token.text === "-" || token.text === "[" || token.text === "]")) || token.text === "…")
      return;
    tokens.push(token);
    index.push(i);
    quoted.push(sentence.quoted[i]);
    opensQuote.push(pendingOpen);
    closesQuote.push(false);
    pendingOpen = false;
  });
  const mentions: (Mention | undefined)[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; ++i) {
    const known = codebook.entities.match(tokens, i);
    const person = people?.match(tokens, i);
    mentions[i] = person && (!known || person.end > known.end) ? person : known;
  }
  const dates = findDateExpressions(tokens);
  const dateAt = new Int32Array(tokens.length).fill(-1);
  dates.forEach((date, d) => dateAt.fill(d, date.start, date.end));
  return newView({
    sentence,
    tokens,
    index,
    mentions,
    quoted,
    opensQuote,
    closesQuote,
    dates,
    dateAt,
    resolved: [],
    memo: new Map()
  });
}

/**
 * A view with its fields in one order, however it was made (`{...view, quoted}` would give it another shape): code
 * that reads views then meets one shape, and stays fast.
 */
export function newView(view: SentenceView): SentenceView {
  return {
    sentence: view.sentence,
    tokens: view.tokens,
    index: view.index,
    mentions: view.mentions,
    quoted: view.quoted,
    opensQuote: view.opensQuote,
    closesQuote: view.closesQuote,
    dates: view.dates,
    dateAt: view.dateAt,
    resolved: view.resolved,
    memo: view.memo
  };
}

/** The body text covered by projected tokens `[start, end)`. */
export function textOf(body: string, view: SentenceView, start: number, end: number): string {
  if (end <= start) return "";
  return body.slice(view.tokens[start].start, view.tokens[end - 1].end);
}

/**
 * The entity mention that ends right before projected index `end` (mentions are filed by where they start), if any.
 *
 * @example
 * mentionEndingAt(view, possessive); // the "China" of "China's repeated holds"
 */
export function mentionEndingAt(view: Projection, end: number): Mention | undefined {
  for (let m = end - 1; m >= 0 && m > end - 7; --m) if (view.mentions[m]?.end === end) return view.mentions[m];
  return undefined;
}
