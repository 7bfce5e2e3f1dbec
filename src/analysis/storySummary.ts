import {op, type ColumnTable} from "arquero";
import {countedStatements} from "./countedStatements.ts";
import {publicPrivateGap} from "./publicPrivateGap.ts";
import {withParams} from "./withParams.ts";
import type {StorySummary} from "./schemas.ts";

/** Options of {@link storySummary}. */
export interface StorySummaryOptions {
  /** Whose statements the story is about (default `"CN"`). */
  actor?: string;
  /** About whom (default `"PK"`). */
  target?: string;
}

/**
 * The numbers the explainer's prose cites, so that none is typed by hand: the size of the corpus, how many statements
 * the actor made about the target, in public and in private, over which dates, their mean stances, and the year with
 * the largest public–private gap (by absolute value; the earliest on ties). Means are exact; round them for display.
 * Rejected statements are left out (see {@link countedStatements}).
 *
 * Options: `actor` (default `"CN"`), `target` (default `"PK"`).
 *
 * @example
 * const summary = storySummary({documents, statements, events, actors}, {actor: "CN", target: "PK"});
 * summary.statements.private; // 5
 */
export function storySummary(
  {
    documents,
    statements: all,
    events,
    actors
  }: {documents: ColumnTable; statements: ColumnTable; events: ColumnTable; actors: ColumnTable},
  {actor = "CN", target = "PK"}: StorySummaryOptions = {}
): StorySummary {
  const statements = countedStatements(all);
  const name = (code: string): string => {
    const named = withParams(actors, {code}).filter((d, $) => d.actor === $.code);
    return named.numRows() ? (named.get("name", 0) as string) : code;
  };
  const corpus = documents
    .rollup({
      articles: op.count(),
      publishers: (d) => op.distinct(d.publisher),
      first_published: (d) => op.min(d.published),
      last_published: (d) => op.max(d.published)
    })
    .object() as {articles: number; publishers: number; first_published?: string; last_published?: string};
  const focus = withParams(statements, {actor, target}).filter((d, $) => d.actor === $.actor && d.target === $.target);
  const counts = focus
    .rollup({
      total: op.count(),
      public: (d) => op.sum(d.channel === "public" ? 1 : 0),
      private: (d) => op.sum(d.channel === "private" ? 1 : 0),
      dated: (d) => op.sum(d.date_start !== "" ? 1 : 0),
      mean_stance: (d) => op.mean(d.stance),
      public_mean_stance: (d) => op.mean(d.channel === "public" ? d.stance : null),
      private_mean_stance: (d) => op.mean(d.channel === "private" ? d.stance : null)
    })
    .object() as Record<string, number | undefined>;
  const dated = focus.filter((d) => d.date_start !== "");
  const byStart = dated.orderby("date_start", "date");
  const byEnd = dated.orderby("date_end", "date");
  const years = publicPrivateGap(statements, {actor, target}).objects() as GapRow[];
  const both = years.filter((y) => y.gap !== null);
  const largest = both.reduce<GapRow | null>(
    (best, y) => (best && Math.abs(best.gap!) >= Math.abs(y.gap!) ? best : y),
    null
  );
  const orNull = (value: number | undefined): number | null =>
    value === undefined || Number.isNaN(value) ? null : value;
  const total = counts.total ?? 0;
  return {
    actor: {code: actor, name: name(actor)},
    target: {code: target, name: name(target)},
    corpus: {
      articles: corpus.articles,
      publishers: corpus.publishers,
      first_published: corpus.first_published ?? "",
      last_published: corpus.last_published ?? "",
      statements: statements.numRows(),
      events: events.numRows(),
      actors: actors.numRows(),
      codebook_version: statements.numRows() ? (statements.get("codebook_version", 0) as string) : ""
    },
    actor_statements: withParams(statements, {actor})
      .filter((d, $) => d.actor === $.actor)
      .numRows(),
    statements: {
      total,
      public: counts.public ?? 0,
      private: counts.private ?? 0,
      dated: counts.dated ?? 0,
      undated: total - (counts.dated ?? 0),
      first_date: dated.numRows() ? (byStart.get("date", 0) as string) : "",
      last_date: dated.numRows() ? (byEnd.get("date", dated.numRows() - 1) as string) : "",
      mean_stance: orNull(counts.mean_stance),
      public_mean_stance: orNull(counts.public_mean_stance),
      private_mean_stance: orNull(counts.private_mean_stance),
      gap:
        orNull(counts.public_mean_stance) !== null && orNull(counts.private_mean_stance) !== null
          ? counts.public_mean_stance! - counts.private_mean_stance!
          : null
    },
    years: {
      count: years.length,
      with_both_channels: both.length,
      largest_gap: largest && {
        year: largest.year,
        gap: largest.gap!,
        public_mean: largest.public_mean!,
        private_mean: largest.private_mean!,
        public_statements: largest.public_statements,
        private_statements: largest.private_statements
      }
    }
  };
}

interface GapRow {
  year: number;
  public_mean: number | null;
  public_statements: number;
  private_mean: number | null;
  private_statements: number;
  gap: number | null;
}
