import {tokenize, type Token} from "./tokenize.ts";

/** A paragraph of a body: its offsets and its index in the body. */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

/** A sentence: offsets into the body, its tokens and which of them stand inside quotation marks. */
export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  tokens: Token[];
  /** For each token, true when it stands between quotation marks (the marks themselves included). */
  quoted: boolean[];
  /** For each token, 1 when it opens a quotation, -1 when it closes one, 0 otherwise. */
  quoteRole: number[];
  /** True when this sentence is page furniture (a photo caption, a donation appeal). */
  furniture: boolean;
}

/** A quotation: the offsets of its marks, and whether both marks were found. */
export interface Quotation {
  start: number;
  end: number;
  paragraph: number;
  closed: boolean;
}

export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotations: Quotation[];
}

// No real sentence is longer; cutting longer runs (a body without full stops, a quote that never closes) keeps every
// later step's work per sentence bounded, so time stays linear in the size of the body.
const maxSentenceTokens = 250;

/** Abbreviations whose period ends no sentence ("Gen.", "Dr."), lowercased. */
export const abbreviations = new Set(
  (
    "mr mrs ms dr prof gen lt col maj capt sgt cmdr adm gov sen rep st jr sr no nos vol inc ltd co corp vs etc " +
    "jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m approx dept est fig govt univ"
  ).split(" ")
);

/**
 * Splits a body into paragraphs (separated by blank lines; each list item is one) and sentences, keeping every offset
 * as a UTF-16 index into the body. A quotation that spans several sentences stays one sentence, so that a quote is
 * never cut; an unmatched quotation mark does not (it is treated as running to the end of its paragraph). Time is
 * linear in the length of the body.
 *
 * Options: `isFurniture(text)` (default: never) marks paragraphs that are page furniture.
 *
 * @example
 * const {sentences} = segment(article.body);
 * sentences.map((s) => article.body.slice(s.start, s.end));
 */
export function segment(
  body: string,
  {isFurniture = () => false}: {isFurniture?: (paragraph: string) => boolean} = {}
): Segmentation {
  const paragraphs = splitParagraphs(body);
  const sentences: Sentence[] = [];
  const quotations: Quotation[] = [];
  for (const paragraph of paragraphs) {
    const tokens = tokenize(body, {start: paragraph.start, end: paragraph.end});
    const {quoted, quoteRole, closedRanges, found} = markQuotations(tokens);
    for (const q of found) quotations.push({...q, paragraph: paragraph.index});
    const furniture = isFurniture(body.slice(paragraph.start, paragraph.end));
    let first = 0;
    let closedIndex = 0;
    for (let i = 0; i < tokens.length; ++i) {
      while (closedIndex < closedRanges.length && closedRanges[closedIndex][1] < i) ++closedIndex;
      // A full stop just before the closing mark ends the quotation with the sentence ("… the committee." Pakistan, he
      // said, …); one further inside keeps a quotation of several sentences together, and a question or an
      // exclamation may still be followed by who asked it ("… friend?" the spokeswoman said). The mark must touch the
      // stop: a straight mark after a space opens the next quotation, whatever the pairing made of it.
      const closesOnIt =
        tokens[i].text === "." && closedRanges[closedIndex]?.[1] === i + 1 && tokens[i + 1].start === tokens[i].end;
      const inside =
        closedIndex < closedRanges.length &&
        closedRanges[closedIndex][0] < i &&
        i < closedRanges[closedIndex][1] - (closesOnIt ? 1 : 0);
      if (i - first + 1 >= maxSentenceTokens) {
        sentences.push(
          makeSentence(sentences.length, paragraph.index, tokens, quoted, quoteRole, first, i + 1, furniture)
        );
        first = i + 1;
        continue;
      }
      if (inside || !endsSentence(tokens, i)) continue;
      let last = i;
      while (last + 1 < tokens.length && isClosingMark(tokens[last + 1])) ++last;
      if (last + 1 < tokens.length && !startsSentence(tokens[last + 1])) continue;
      sentences.push(
        makeSentence(sentences.length, paragraph.index, tokens, quoted, quoteRole, first, last + 1, furniture)
      );
      first = last + 1;
      i = last;
    }
    if (first < tokens.length) {
      sentences.push(
        makeSentence(sentences.length, paragraph.index, tokens, quoted, quoteRole, first, tokens.length, furniture)
      );
    }
  }
  return {paragraphs, sentences, quotations};
}

function makeSentence(
  index: number,
  paragraph: number,
  tokens: Token[],
  quoted: boolean[],
  quoteRole: number[],
  from: number,
  to: number,
  furniture: boolean
): Sentence {
  const slice = tokens.slice(from, to);
  return {
    index,
    paragraph,
    start: slice[0].start,
    end: slice[slice.length - 1].end,
    tokens: slice,
    quoted: quoted.slice(from, to),
    quoteRole: quoteRole.slice(from, to),
    furniture
  };
}

function splitParagraphs(body: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  // Blank lines part paragraphs; so does a line that starts a list item ("- ", "• ", "1. "), each item its own.
  const separator = /\n[ \t\r]*\n|\n(?=[ \t]*(?:[-*•·]|\d{1,2}[.)])[ \t])/g;
  let start = 0;
  const push = (from: number, to: number) => {
    while (from < to && /\s/.test(body[from])) ++from;
    while (to > from && /\s/.test(body[to - 1])) --to;
    if (to > from) paragraphs.push({index: paragraphs.length, start: from, end: to});
  };
  for (let match = separator.exec(body); match; match = separator.exec(body)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, body.length);
  return paragraphs;
}

/**
 * Pairs quotation marks within a paragraph. Curly marks pair by direction, straight ones alternate. An opening mark
 * that is never closed quotes to the end of the paragraph (the newspaper convention for a quote that runs on into
 * the next paragraph); a closing mark that was never opened quotes from the start of the paragraph.
 */
function markQuotations(tokens: Token[]) {
  const quoted = new Array<boolean>(tokens.length).fill(false);
  const quoteRole = new Array<number>(tokens.length).fill(0);
  const closedRanges: [number, number][] = [];
  const found: {start: number; end: number; closed: boolean}[] = [];
  let open = -1;
  for (let i = 0; i < tokens.length; ++i) {
    const kind = tokens[i].kind;
    const opens = kind === "open-quote" || (kind === "quote" && open === -1);
    const closes = kind === "close-quote" || (kind === "quote" && open !== -1);
    if (opens && open === -1) {
      open = i;
      quoteRole[i] = 1;
    } else if (closes) {
      quoteRole[i] = -1;
      const from = open === -1 ? 0 : open;
      for (let j = from; j <= i; ++j) quoted[j] = true;
      if (open !== -1) closedRanges.push([open, i]);
      found.push({start: tokens[from].start, end: tokens[i].end, closed: open !== -1});
      open = -1;
    }
  }
  if (open !== -1) {
    for (let j = open; j < tokens.length; ++j) quoted[j] = true;
    found.push({start: tokens[open].start, end: tokens[tokens.length - 1].end, closed: false});
  }
  return {quoted, quoteRole, closedRanges, found};
}

function endsSentence(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (token.kind !== "punct") return false;
  if (token.text === "!" || token.text === "?" || token.text === "…") return true;
  if (token.text !== ".") return false;
  const previous = tokens[i - 1];
  if (!previous || previous.end !== token.start) return true;
  if (abbreviations.has(previous.lower)) return false;
  // "1. Pakistan rejects it": a number that opens its paragraph numbers a list item.
  if (i === 1 && previous.kind === "number") return false;
  // A lone capital before a full stop is an initial ("S. Jaishankar"), unless a sentence plainly ends there.
  if (previous.text.length === 1 && previous.capitalized && tokens[i + 1]?.capitalized) return false;
  return true;
}

function isClosingMark(token: Token): boolean {
  return token.kind === "close-quote" || token.kind === "quote" || token.text === ")" || token.text === "]";
}

function startsSentence(token: Token): boolean {
  return (
    token.capitalized ||
    token.kind === "number" ||
    token.kind === "open-quote" ||
    token.kind === "quote" ||
    token.text === "(" ||
    token.text === "["
  );
}
