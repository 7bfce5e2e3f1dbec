/**
 * The Sources page's data: each article's body cut into runs of text, each run carrying the ids of the statements and
 * events whose spans cover it, so that the page only has to draw (docs/components/articleText.ts). The text stays
 * plain text here and on the page; nothing in it is ever parsed as HTML.
 */
import type {ArticleParagraph, ArticleRun, ArticleSource} from "../docs/components/articleText.ts";
import {loadCodebook} from "../src/codebook.ts";
import {reviewableFields} from "../src/schemas.ts";
import type {Article} from "../src/article.ts";
import {isFurniture} from "../src/furniture.ts";
import {segment} from "../src/segment.ts";
import type {EventRow, StatementRow, Tables} from "../src/tables.ts";
import {pickColumns} from "./pickColumns.ts";

/** The columns of the documents table an article of the Sources page carries. */
const DOCUMENT_COLUMNS = [
  "doc_id",
  "title",
  "publisher",
  "url",
  "published",
  "published_note",
  "kind",
  "language"
] as const;

/** The columns of the statements table a run needs to draw a statement and its tip: where it is and what was coded. */
const STATEMENT_COLUMNS = ["statement_id", "start", "end", ...reviewableFields, "kind"] as const;

/** The columns of the events table a run needs to draw an event. */
const EVENT_COLUMNS = ["event_id", "start", "end", "kind", "label", "date", "date_precision"] as const;

/** A paragraph of an article, with its offsets in the body. */
export interface SourceParagraph extends ArticleParagraph {
  start: number;
  end: number;
}

/** What a run needs to know about a statement to draw it, and its tip. */
export type SourceStatement = Pick<StatementRow, (typeof STATEMENT_COLUMNS)[number]>;

/** What a run needs to know about an event to draw it. */
export type SourceEvent = Pick<EventRow, (typeof EVENT_COLUMNS)[number]>;

/** An article of the Sources page: what docs/components/articleText.ts draws, and a little more. */
export interface SourceArticle extends ArticleSource {
  language: string;
  paragraphs: SourceParagraph[];
  statements: SourceStatement[];
  events: SourceEvent[];
}

interface Span {
  id: string;
  start: number;
  end: number;
}

/**
 * Cuts `body[start, end)` into runs at every boundary of the given statement and event spans. Runs cover the range
 * exactly, in order, and each names the spans that cover all of it.
 *
 * @example
 * segmentRuns("China said so.", 0, 14, [{id: "s1", start: 0, end: 14}], []);
 * // [{start: 0, end: 14, text: "China said so.", statements: ["s1"], events: []}]
 */
export function segmentRuns(
  body: string,
  start: number,
  end: number,
  statements: Span[],
  events: Span[]
): ArticleRun[] {
  const inside = (s: Span) => s.start < end && s.end > start && s.end > s.start;
  const spans = [
    ...statements.filter(inside).map((s) => ({...s, type: "statement"})),
    ...events.filter(inside).map((e) => ({...e, type: "event"}))
  ];
  const cuts = new Set([start, end]);
  for (const s of spans) {
    if (s.start > start && s.start < end) cuts.add(s.start);
    if (s.end > start && s.end < end) cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: ArticleRun[] = [];
  for (let i = 0; i + 1 < points.length; ++i) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    runs.push({
      start: a,
      end: b,
      text: body.slice(a, b),
      statements: covering.filter((s) => s.type === "statement").map((s) => s.id),
      events: covering.filter((s) => s.type === "event").map((s) => s.id)
    });
  }
  return runs;
}

/**
 * Builds the Sources page's data from the corpus and its tables: one entry per article (in the documents table's
 * order), its paragraphs cut into runs, and the statements and events found in it.
 *
 * @example
 * const {articles, texts} = readCorpus("corpus/articles");
 * buildSources(articles, buildTables(articles, {texts}));
 */
export function buildSources(
  articles: Article[],
  tables: Pick<Tables, "documents" | "statements" | "events">
): SourceArticle[] {
  const codebook = loadCodebook();
  const byId = new Map(articles.map((a) => [a.id, a]));
  return tables.documents.flatMap((doc) => {
    const article = byId.get(doc.doc_id);
    if (!article) return [];
    const statements = tables.statements
      .filter((s) => s.doc_id === doc.doc_id)
      .map((s) => pickColumns(s, STATEMENT_COLUMNS));
    const events = tables.events.filter((e) => e.doc_id === doc.doc_id).map((e) => pickColumns(e, EVENT_COLUMNS));
    const statementSpans = statements.map((s) => ({id: s.statement_id, start: s.start, end: s.end}));
    const eventSpans = events.map((e) => ({id: e.event_id, start: e.start, end: e.end}));
    const {paragraphs} = segment(article.body);
    return [
      {
        ...pickColumns(doc, DOCUMENT_COLUMNS),
        paragraphs: paragraphs.map((p) => ({
          start: p.start,
          end: p.end,
          furniture: isFurniture(article.body.slice(p.start, p.end), codebook),
          runs: segmentRuns(article.body, p.start, p.end, statementSpans, eventSpans)
        })),
        statements,
        events
      }
    ];
  });
}
