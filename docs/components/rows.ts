/**
 * Row types of the published tables, and normalizers that accept rows as `FileAttachment#csv()` gives them (all
 * strings), as `csv({typed: true})` gives them (numbers, and Dates where d3.autoType saw one), or as the loaders build
 * them. The charts call these themselves, so a page can hand them any of the three.
 */

export interface StatementRow {
  statement_id: string;
  doc_id: string;
  start: number;
  end: number;
  quote: string;
  speaker: string;
  speaker_role: string;
  actor: string;
  target: string;
  date: string;
  date_precision: string;
  date_start: string;
  date_end: string;
  channel: string;
  disclosure: string;
  stance: number;
  channel_cue: string;
  date_cue: string;
  stance_cue: string;
  disclosure_cue: string;
  actor_cue: string;
  kind: string;
  confidence: number;
  codebook_version: string;
  /** machine, accepted, corrected or rejected ("machine" when the table has no review columns). */
  review_status: string;
  reviewer: string;
  review_date: string;
}

export interface EventRow {
  event_id: string;
  doc_id: string;
  start: number;
  end: number;
  span: string;
  date: string;
  date_precision: string;
  date_start: string;
  date_end: string;
  kind: string;
  label: string;
  location: string;
  actors: string;
  kind_cue: string;
  date_cue: string;
  codebook_version: string;
}

export interface DocumentRow {
  doc_id: string;
  title: string;
  publisher: string;
  url: string;
  published: string;
  published_precision: string;
  published_note: string;
  kind: string;
  language: string;
  body_length: number;
  statements: number;
  events: number;
  content_hash: string;
}

type Loose = Record<string, unknown>;

/** A cell as the table wrote it: Dates back to YYYY-MM-DD (UTC), numbers and null to text. */
function text(value: unknown): string {
  if (value == null) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return String(value);
}

/** A table date column: d3.autoType turns "2017-09" into a Date at the 1st and "2017" into a number. */
function tableDate(value: unknown, precision: unknown): string {
  if (value instanceof Date) {
    const day = text(value);
    return precision === "month" ? day.slice(0, 7) : precision === "year" ? day.slice(0, 4) : day;
  }
  return text(value);
}

function number(value: unknown): number {
  return typeof value === "number" ? value : value === "" || value == null ? NaN : Number(value);
}

/** Normalizes statement rows (see the module comment). */
export function statementRows(rows: Iterable<Loose>): StatementRow[] {
  return Array.from(rows, (row) => ({
    ...(row as unknown as StatementRow),
    statement_id: text(row.statement_id),
    doc_id: text(row.doc_id),
    start: number(row.start),
    end: number(row.end),
    quote: text(row.quote),
    speaker: text(row.speaker),
    speaker_role: text(row.speaker_role),
    actor: text(row.actor),
    target: text(row.target),
    date: tableDate(row.date, row.date_precision),
    date_precision: text(row.date_precision),
    date_start: text(row.date_start),
    date_end: text(row.date_end),
    channel: text(row.channel),
    disclosure: text(row.disclosure),
    stance: number(row.stance),
    confidence: number(row.confidence),
    codebook_version: text(row.codebook_version),
    review_status: text(row.review_status) || "machine",
    reviewer: text(row.reviewer),
    review_date: text(row.review_date)
  }));
}

/** Normalizes event rows (see the module comment). */
export function eventRows(rows: Iterable<Loose>): EventRow[] {
  return Array.from(rows, (row) => ({
    ...(row as unknown as EventRow),
    event_id: text(row.event_id),
    doc_id: text(row.doc_id),
    start: number(row.start),
    end: number(row.end),
    span: text(row.span),
    date: tableDate(row.date, row.date_precision),
    date_precision: text(row.date_precision),
    date_start: text(row.date_start),
    date_end: text(row.date_end),
    kind: text(row.kind),
    label: text(row.label),
    location: text(row.location),
    actors: text(row.actors)
  }));
}

/** Normalizes document rows (see the module comment). */
export function documentRows(rows: Iterable<Loose>): DocumentRow[] {
  return Array.from(rows, (row) => ({
    ...(row as unknown as DocumentRow),
    doc_id: text(row.doc_id),
    title: text(row.title),
    publisher: text(row.publisher),
    url: text(row.url),
    published: tableDate(row.published, row.published_precision),
    published_precision: text(row.published_precision),
    published_note: text(row.published_note),
    kind: text(row.kind),
    body_length: number(row.body_length),
    statements: number(row.statements),
    events: number(row.events)
  }));
}

/** One year of the focus actor's public–private gap (docs/data/gap.csv). Means are NaN for a channel with no statement. */
export interface GapRow {
  year: number;
  public_mean: number;
  public_statements: number;
  private_mean: number;
  private_statements: number;
  /** public_mean − private_mean; NaN unless both exist. */
  gap: number;
  public_ids: string[];
  private_ids: string[];
}

function ids(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : text(value).split(";").filter(Boolean);
}

/** Normalizes gap rows; id lists may be ;-separated strings (as in the CSV) or arrays. */
export function gapRows(rows: Iterable<Loose>): GapRow[] {
  return Array.from(rows, (row) => ({
    year: number(row.year),
    public_mean: number(row.public_mean),
    public_statements: number(row.public_statements) || 0,
    private_mean: number(row.private_mean),
    private_statements: number(row.private_statements) || 0,
    gap: number(row.gap),
    public_ids: ids(row.public_ids),
    private_ids: ids(row.private_ids)
  }));
}
