import {createHash} from "node:crypto";
import {csvFormat} from "d3-dsv";
import type {z} from "zod";
import type {Article} from "./article.ts";
import {applyReviews, type ReviewOutcome} from "./applyReviews.ts";
import {loadCodebook, type Codebook} from "./codebook.ts";
import {dateRange} from "./dateRange.ts";
import {extractArticle} from "./extractArticle.ts";
import type {Review} from "./readReviews.ts";
import {actorsSchema, documentsSchema, eventsSchema, statementsSchema, type TableSchema} from "./schemas.ts";

export {dateRange};

export type DocumentRow = z.infer<typeof documentsSchema.row>;
export type StatementRow = z.infer<typeof statementsSchema.row>;
export type EventRow = z.infer<typeof eventsSchema.row>;
export type ActorRow = z.infer<typeof actorsSchema.row>;

/** The four tables of a corpus. */
export interface Tables {
  documents: DocumentRow[];
  statements: StatementRow[];
  events: EventRow[];
  actors: ActorRow[];
}

/**
 * Extracts the statement and event rows of one article, in table form (with date ranges and the codebook version).
 *
 * Options: `codebook` (default: the library's).
 *
 * @example
 * const {statements, events} = articleRows(readArticle(path));
 */
export function articleRows(article: Article, {codebook = loadCodebook()}: {codebook?: Codebook} = {}) {
  const extracted = extractArticle(article, {codebook});
  const statements: StatementRow[] = extracted.statements.map((s) => {
    const [date_start, date_end] = dateRange(s.date);
    return {
      statement_id: s.statement_id,
      doc_id: s.doc_id,
      start: s.start,
      end: s.end,
      quote: s.quote,
      speaker: s.speaker,
      speaker_role: s.speaker_role,
      actor: s.actor,
      target: s.target,
      date: s.date,
      date_precision: s.date_precision,
      date_start,
      date_end,
      channel: s.channel,
      disclosure: s.disclosure,
      stance: s.stance,
      channel_cue: s.channel_cue,
      date_cue: s.date_cue,
      stance_cue: s.stance_cue,
      disclosure_cue: s.disclosure_cue,
      actor_cue: s.actor_cue,
      kind: s.kind,
      confidence: s.confidence,
      codebook_version: codebook.version,
      review_status: "machine" as const,
      reviewer: "",
      review_date: "",
      review_note: "",
      machine_speaker: s.speaker,
      machine_speaker_role: s.speaker_role,
      machine_actor: s.actor,
      machine_target: s.target,
      machine_date: s.date,
      machine_date_precision: s.date_precision,
      machine_channel: s.channel,
      machine_disclosure: s.disclosure,
      machine_stance: s.stance
    };
  });
  const events: EventRow[] = extracted.events.map((e) => {
    const [date_start, date_end] = dateRange(e.date);
    return {...e, date_start, date_end, codebook_version: codebook.version};
  });
  return {statements, events};
}

/**
 * Builds the four tables of a corpus: documents, statements, events and actors, with editors' reviews applied (see
 * {@link reviewTables}). Articles are taken in id order, so the same corpus always gives the same rows.
 *
 * Options: `codebook` (default: the library's); `texts` maps an article id to its file's text, for the content hash
 * (default: a hash of the body); `reviews` (default none: every row as extracted).
 *
 * @example
 * const {articles, texts} = readCorpus("corpus/articles");
 * const tables = buildTables(articles, {texts, reviews: readReviews("corpus/reviews.yaml").reviews});
 */
export function buildTables(
  articles: Article[],
  {
    codebook = loadCodebook(),
    texts,
    reviews = []
  }: {codebook?: Codebook; texts?: Map<string, string>; reviews?: readonly Review[]} = {}
): Tables {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const documents: DocumentRow[] = [];
  const statements: StatementRow[] = [];
  const events: EventRow[] = [];
  for (const article of sorted) {
    const rows = articleRows(article, {codebook});
    statements.push(...rows.statements);
    events.push(...rows.events);
    documents.push({
      doc_id: article.id,
      title: article.title,
      publisher: article.publisher,
      url: article.url,
      published: article.published,
      published_precision: article.published.length === 10 ? "day" : "month",
      published_note: article.published_note ?? "",
      kind: article.kind,
      language: article.language,
      body_length: article.body.length,
      statements: rows.statements.length,
      events: rows.events.length,
      content_hash: createHash("sha1")
        .update(texts?.get(article.id) ?? article.body)
        .digest("hex")
        .slice(0, 16)
    });
  }
  return reviewTables({documents, statements, events, actors: []}, reviews, {codebook}).tables;
}

/**
 * Applies editors' reviews to the tables (see {@link applyReviews}) and derives again what depends on the statements:
 * the actors table and the documents' statement counts use the reviewed values and leave out rejected statements,
 * which stay in the statements table with status `rejected`. Also returns the applied and the orphaned reviews.
 *
 * Options: `codebook` (default: the library's), for the actors' names and kinds.
 *
 * @example
 * const {tables, orphans} = reviewTables(machineTables, readReviews("corpus/reviews.yaml").reviews);
 */
export function reviewTables(
  tables: Tables,
  reviews: readonly Review[],
  {codebook = loadCodebook()}: {codebook?: Codebook} = {}
): {tables: Tables} & Omit<ReviewOutcome, "statements"> {
  const {statements, applied, orphans} = applyReviews(tables.statements, reviews);
  const counted = statements.filter((s) => s.review_status !== "rejected");
  const perDocument = new Map<string, number>();
  for (const s of counted) perDocument.set(s.doc_id, (perDocument.get(s.doc_id) ?? 0) + 1);
  const documents = tables.documents.map((d) => ({...d, statements: perDocument.get(d.doc_id) ?? 0}));
  return {
    tables: {documents, statements, events: tables.events, actors: actorTable(counted, codebook)},
    applied,
    orphans
  };
}

function actorTable(statements: StatementRow[], codebook: Codebook): ActorRow[] {
  const names = new Map<string, string>();
  for (const state of codebook.data.states) names.set(state.code, state.names[0]);
  for (const body of codebook.data.bodies) names.set(body.code, body.names[0]);
  const byActor = new Map<string, StatementRow[]>();
  for (const s of statements) {
    if (!s.actor) continue;
    const rows = byActor.get(s.actor);
    if (rows) rows.push(s);
    else byActor.set(s.actor, [s]);
  }
  return [...byActor.keys()].sort().map((actor) => {
    const rows = byActor.get(actor)!;
    const dates = rows
      .map((r) => r.date)
      .filter(Boolean)
      .sort();
    return {
      actor,
      name: names.get(actor) ?? actor,
      kind: codebook.actorKinds.get(actor) ?? "unknown",
      statements: rows.length,
      public: rows.filter((r) => r.channel === "public").length,
      private: rows.filter((r) => r.channel === "private").length,
      mean_stance: rows.length
        ? Math.round((100 * rows.reduce((sum, r) => sum + r.stance, 0)) / rows.length) / 100
        : null,
      first_date: dates[0] ?? "",
      last_date: dates[dates.length - 1] ?? ""
    };
  });
}

/**
 * Checks every row against the table's schema, so that nothing malformed is ever written. Throws an error naming the
 * table, the row and the column.
 *
 * @example
 * validateRows(statementsSchema, rows);
 */
export function validateRows<S extends z.ZodObject>(schema: TableSchema<S>, rows: unknown[]): z.infer<S>[] {
  return rows.map((row, k) => {
    const parsed = schema.row.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`invalid ${schema.name} row ${k + 1}, column ${issue.path.join(".") || "?"}: ${issue.message}`);
    }
    return parsed.data;
  });
}

/**
 * Formats validated rows as CSV with a header row, columns in the schema's order. Null is written as an empty field.
 *
 * @example
 * process.stdout.write(toCSV(statementsSchema, rows));
 */
export function toCSV<S extends z.ZodObject>(schema: TableSchema<S>, rows: unknown[]): string {
  const valid = validateRows(schema, rows) as Record<string, unknown>[];
  return (
    csvFormat(
      valid.map((row) => Object.fromEntries(schema.columns.map((c) => [c, row[c] ?? null]))) as never[],
      schema.columns
    ) + "\n"
  );
}
