/**
 * The Sources page's data: each article's body cut into runs of text, each run carrying the ids of the statements and
 * events whose spans cover it, so that the page only has to draw (docs/components/articleText.ts). The text stays
 * plain text here and on the page; nothing in it is ever parsed as HTML.
 */
import {loadCodebook} from "../src/codebook.ts";
import type {Article} from "../src/article.ts";
import {isFurniture} from "../src/furniture.ts";
import {segment} from "../src/segment.ts";
import type {Tables} from "../src/tables.ts";

/** A piece of a paragraph covered by the same statements and events throughout. */
export interface Run {
  start: number;
  end: number;
  text: string;
  /** Ids of the statements whose spans cover the run. */
  statements: string[];
  /** Ids of the events whose spans cover the run. */
  events: string[];
}

export interface SourceParagraph {
  start: number;
  end: number;
  /** Page furniture (a photo caption, a donation appeal): shown, but set apart from the article's prose. */
  furniture: boolean;
  runs: Run[];
}

/** What a run needs to know about a statement to draw it, and its tip. */
export interface SourceStatement {
  statement_id: string;
  start: number;
  end: number;
  speaker: string;
  speaker_role: string;
  actor: string;
  target: string;
  date: string;
  date_precision: string;
  channel: string;
  disclosure: string;
  stance: number;
  kind: string;
}

export interface SourceEvent {
  event_id: string;
  start: number;
  end: number;
  kind: string;
  label: string;
  date: string;
  date_precision: string;
}

export interface SourceArticle {
  doc_id: string;
  title: string;
  publisher: string;
  url: string;
  published: string;
  published_note: string;
  kind: string;
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
export function segmentRuns(body: string, start: number, end: number, statements: Span[], events: Span[]): Run[] {
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
  const runs: Run[] = [];
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
    const statements: SourceStatement[] = tables.statements
      .filter((s) => s.doc_id === doc.doc_id)
      .map((s) => ({
        statement_id: s.statement_id,
        start: s.start,
        end: s.end,
        speaker: s.speaker,
        speaker_role: s.speaker_role,
        actor: s.actor,
        target: s.target,
        date: s.date,
        date_precision: s.date_precision,
        channel: s.channel,
        disclosure: s.disclosure,
        stance: s.stance,
        kind: s.kind
      }));
    const events: SourceEvent[] = tables.events
      .filter((e) => e.doc_id === doc.doc_id)
      .map((e) => ({
        event_id: e.event_id,
        start: e.start,
        end: e.end,
        kind: e.kind,
        label: e.label,
        date: e.date,
        date_precision: e.date_precision
      }));
    const statementSpans = statements.map((s) => ({id: s.statement_id, start: s.start, end: s.end}));
    const eventSpans = events.map((e) => ({id: e.event_id, start: e.start, end: e.end}));
    const {paragraphs} = segment(article.body);
    return [
      {
        doc_id: doc.doc_id,
        title: doc.title,
        publisher: doc.publisher,
        url: doc.url,
        published: doc.published,
        published_note: doc.published_note,
        kind: doc.kind,
        language: doc.language,
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
