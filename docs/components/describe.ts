/**
 * Text computed from the data for charts and prose: accessible descriptions, titles and source lines. Nothing here
 * holds a number of its own; every figure is counted from the rows it is given.
 */
import type {DocumentRow} from "./rows.js";
import {formatDate, formatStance, mean, stanceWord} from "./stance.js";

interface StanceRow {
  channel: string;
  stance: number;
  date: string;
  date_start: string;
}

/** Years of the dated rows (from `date_start`), sorted and unique. */
export function yearsOf(rows: {date_start: string}[]): number[] {
  const years = new Set<number>();
  for (const row of rows) if (/^\d{4}/.test(row.date_start ?? "")) years.add(Number(row.date_start.slice(0, 4)));
  return [...years].sort((a, b) => a - b);
}

/** "2011–2019", "2017", or "" for no years. */
export function yearSpan(years: number[]): string {
  if (!years.length) return "";
  const first = years[0];
  const last = years[years.length - 1];
  return first === last ? String(first) : `${first}–${last}`;
}

function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/**
 * Describes statements by channel for screen readers and captions, e.g. "Of 14 Chinese statements about Pakistan from
 * 2011 to 2017, 9 were public and on average supportive (+1.4); 5 private ones averaged −1.2 (critical)."
 *
 * Options: `adjective` of the speakers ("Chinese"), `targetName` ("Pakistan").
 *
 * @example
 * describeStances(rows, {adjective: "Chinese", targetName: "Pakistan"});
 */
export function describeStances(
  rows: StanceRow[],
  {adjective = "", targetName = ""}: {adjective?: string; targetName?: string} = {}
): string {
  const what = `${adjective ? `${adjective} ` : ""}statement`;
  const about = targetName ? ` about ${targetName}` : "";
  if (!rows.length) return `No ${what}s${about}.`;
  const years = yearsOf(rows);
  const when =
    years.length === 0
      ? ""
      : years.length === 1 || years[0] === years[years.length - 1]
        ? ` in ${years[0]}`
        : ` from ${years[0]} to ${years[years.length - 1]}`;
  const publicRows = rows.filter((r) => r.channel === "public");
  const privateRows = rows.filter((r) => r.channel === "private");
  const publicMean = mean(publicRows.map((r) => r.stance));
  const privateMean = mean(privateRows.map((r) => r.stance));
  const publicPart = publicRows.length
    ? `${publicRows.length} ${publicRows.length === 1 ? "was" : "were"} public and on average ${stanceWord(publicMean)} (${formatStance(publicMean)})`
    : "none was public";
  const privatePart = privateRows.length
    ? `${count(privateRows.length, "private one")} averaged ${formatStance(privateMean)} (${stanceWord(privateMean)})`
    : "none was private";
  const undated = rows.filter((r) => !r.date).length;
  const undatedPart = undated
    ? ` ${count(undated, "statement")} without a date ${undated === 1 ? "is" : "are"} not placed on the time axis.`
    : "";
  return `Of ${count(rows.length, what)}${about}${when}, ${publicPart}; ${privatePart}.${undatedPart}`;
}

/** The documents behind some rows (by `doc_id`), in order of publication. */
export function documentsBehind(rows: {doc_id: string}[], documents: DocumentRow[]): DocumentRow[] {
  const ids = new Set(rows.map((r) => r.doc_id));
  return documents
    .filter((d) => ids.has(d.doc_id))
    .sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.doc_id < b.doc_id ? -1 : 1));
}

/**
 * A source line naming the publishers and publication dates of the articles behind a chart, e.g. "Source: 3 articles:
 * Pakistan Today (1 Jun 2012; 4 Sep 2017), RFE/RL Gandhara (7 Sep 2017)."
 *
 * @example
 * sourceLine(documentsBehind(statements, documents));
 */
export function sourceLine(documents: DocumentRow[]): string {
  if (!documents.length) return "Source: no articles.";
  const byPublisher = new Map<string, string[]>();
  for (const d of [...documents].sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : 0))) {
    byPublisher.set(d.publisher, [...(byPublisher.get(d.publisher) ?? []), formatDate(d.published)]);
  }
  const list = [...byPublisher].map(([publisher, dates]) => `${publisher} (${dates.join("; ")})`).join(", ");
  return `Source: ${count(documents.length, "article")}: ${list}.`;
}

/** Review statuses an editor gives; see src/schemas.ts. */
export const REVIEW_STATUSES = ["machine", "accepted", "corrected", "rejected"] as const;

/** Whether a statement's coding was checked by an editor (accepted as extracted, or corrected). */
export function isReviewed(row: {review_status?: string}): boolean {
  return row.review_status === "accepted" || row.review_status === "corrected";
}

/** Whether an editor rejected a statement: it is kept in the table for the record and left out of every chart. */
export function isRejected(row: {review_status?: string}): boolean {
  return row.review_status === "rejected";
}

/**
 * The credit line of a chart: who made it and how its rows were made, with the codebook version and, for statements,
 * how many an editor reviewed, e.g. "Chart: backchannel · 36 statements extracted and coded by backchannel (codebook
 * 1.7.0), 3 of them reviewed by an editor".
 *
 * Options: `kind` of rows, "statements" (default) or "events".
 *
 * @example
 * creditLine(statements, {kind: "statements"});
 */
export function creditLine(
  rows: {codebook_version?: string; review_status?: string}[],
  {kind = "statements"}: {kind?: "statements" | "events"} = {}
): string {
  if (kind !== "statements" && kind !== "events") throw new Error(`invalid kind: ${kind}`);
  const versions = codebookVersions(rows);
  const codebook = versions ? ` (codebook ${versions})` : "";
  if (kind === "events") {
    return `Chart: backchannel · ${count(rows.length, "event")} extracted by backchannel${codebook}`;
  }
  const reviewed = rows.filter(isReviewed).length;
  const review = !rows.length
    ? ""
    : reviewed === 0
      ? ", none yet reviewed by an editor"
      : reviewed === rows.length
        ? `, ${rows.length === 1 ? "it" : "all"} reviewed by an editor`
        : `, ${reviewed} of them reviewed by an editor`;
  return `Chart: backchannel · ${count(rows.length, "statement")} extracted and coded by backchannel${codebook}${review}`;
}

/**
 * Says how many statements an editor reviewed and rejected, for accessible descriptions, e.g. "An editor reviewed 3 of
 * the 36 statements (2 accepted, 1 corrected); the others are as the extractor coded them. 1 statement an editor
 * rejected is left out." `rows` are the statements shown; `rejected` counts those left out.
 *
 * @example
 * describeReview(shown, {rejected: 1});
 */
export function describeReview(rows: {review_status?: string}[], {rejected = 0}: {rejected?: number} = {}): string {
  const accepted = rows.filter((r) => r.review_status === "accepted").length;
  const corrected = rows.filter((r) => r.review_status === "corrected").length;
  const reviewed = accepted + corrected;
  const parts = [accepted ? `${accepted} accepted` : "", corrected ? `${corrected} corrected` : ""].filter(Boolean);
  const shown = !rows.length
    ? ""
    : reviewed === 0
      ? `All ${count(rows.length, "statement")} are as the extractor coded them; none was reviewed by an editor yet.`
      : reviewed === rows.length
        ? `An editor reviewed ${rows.length === 1 ? "the statement" : `all ${rows.length} statements`} (${parts.join(", ")}).`
        : `An editor reviewed ${reviewed} of the ${count(rows.length, "statement")} (${parts.join(", ")}); the others are as the extractor coded them.`;
  const left = rejected
    ? ` ${count(rejected, "statement")} an editor rejected ${rejected === 1 ? "is" : "are"} left out.`
    : "";
  return `${shown}${left}`.trim();
}

/** The codebook versions that coded some rows, sorted: one version in the usual case. */
export function codebookVersions(rows: {codebook_version?: string}[]): string {
  return [...new Set(rows.map((r) => r.codebook_version ?? "").filter(Boolean))].sort().join(", ");
}

interface GapLike {
  year: number;
  public_mean: number;
  private_mean: number;
  gap: number;
  public_statements: number;
  private_statements: number;
}

/** The year with the largest absolute gap among years with both channels, or undefined. */
export function widestGap<T extends GapLike>(rows: T[]): T | undefined {
  return rows
    .filter((r) => Number.isFinite(r.gap))
    .reduce<T | undefined>((best, r) => (!best || Math.abs(r.gap) > Math.abs(best.gap) ? r : best), undefined);
}

/**
 * Describes the public–private gap by year, e.g. "In 3 of the 6 years with statements by China there were both public
 * and private ones; in 2 of them the public ones were on average more supportive. The gap was widest in 2012: public
 * −0.3, private −1.0, a gap of +0.7."
 *
 * Options: `actorName` ("China").
 */
export function describeGap(rows: GapLike[], {actorName = ""}: {actorName?: string} = {}): string {
  const by = actorName ? ` by ${actorName}` : "";
  const years = rows.filter((r) => r.public_statements + r.private_statements > 0);
  if (!years.length) return `No statements${by}.`;
  const both = years.filter((r) => Number.isFinite(r.gap));
  if (!both.length) return `No year with statements${by} had both public and private ones.`;
  const supportive = both.filter((r) => r.gap > 0).length;
  const widest = widestGap(both)!;
  const ofYears = `${both.length} of the ${years.length} ${years.length === 1 ? "year" : "years"} with statements${by}`;
  const direction =
    supportive === both.length
      ? `in ${both.length === 1 ? "it" : `all ${both.length}`} the public ones were on average more supportive`
      : `in ${supportive} of them the public ones were on average more supportive`;
  return (
    `In ${ofYears} there were both public and private ones; ${direction}. ` +
    `The gap was widest in ${widest.year}: public ${formatStance(widest.public_mean)}, private ${formatStance(widest.private_mean)}, a gap of ${formatStance(widest.gap)}.`
  );
}
