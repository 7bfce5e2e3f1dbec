import type {ReviewOutcome} from "./applyReviews.ts";
import type {ReviewStatus} from "./readReviews.ts";
import type {DocumentRow} from "./tables.ts";

/** A review whose statement is not in the current extraction. */
export interface OrphanedReview {
  statement_id: string;
  /** The article the statement came from (its id without the `-s…` suffix). */
  doc_id: string;
  /** Whether that article is still in the corpus: if so, its text or the extractor changed the statement. */
  article_in_corpus: boolean;
  status: ReviewStatus;
  reviewer: string;
  date: string;
  note: string;
  /** The line of the reviews file on which the review starts. */
  line: number;
}

/** How the reviews file fared against the current extraction (docs/data/reviews.json). */
export interface ReviewReport {
  file: string;
  reviews: number;
  applied: number;
  orphaned: number;
  /** Applied reviews by status. */
  by_status: Record<ReviewStatus, number>;
  orphans: OrphanedReview[];
}

/**
 * Summarizes which reviews found their statement and which are orphaned, for the reviews loader and `npm run review
 * -- list`. An orphan is never dropped silently: it is listed with its line so that an editor can review the
 * statement again (its id changes when its words, actor or date change) or delete the review.
 *
 * @example
 * const {applied, orphans} = applyReviews(statements, reviews);
 * reviewReport("corpus/reviews.yaml", {applied, orphans}, documents).orphaned; // 1
 */
export function reviewReport(
  file: string,
  {applied, orphans}: Pick<ReviewOutcome, "applied" | "orphans">,
  documents: readonly Pick<DocumentRow, "doc_id">[]
): ReviewReport {
  const docIds = new Set(documents.map((d) => d.doc_id));
  const by_status: Record<ReviewStatus, number> = {accepted: 0, corrected: 0, rejected: 0};
  for (const review of applied) by_status[review.status] += 1;
  return {
    file,
    reviews: applied.length + orphans.length,
    applied: applied.length,
    orphaned: orphans.length,
    by_status,
    orphans: orphans.map((review) => {
      const doc_id = docIdOf(review.statement_id);
      return {
        statement_id: review.statement_id,
        doc_id,
        article_in_corpus: docIds.has(doc_id),
        status: review.status,
        reviewer: review.reviewer,
        date: review.date,
        note: review.note,
        line: review.line
      };
    })
  };
}

/**
 * The line an editor needs to find an orphaned review: where it is, which statement, and what probably happened.
 *
 * @example
 * orphanMessage(report.file, report.orphans[0]);
 * // "corpus/reviews.yaml:12: x-2019-02-y-s0123456789: orphaned review (rejected by A. Editor on 2025-01-15): …"
 */
export function orphanMessage(file: string, orphan: OrphanedReview): string {
  const why = orphan.article_in_corpus
    ? `the article ${orphan.doc_id} no longer gives this statement (its words, actor or date changed)`
    : `the article ${orphan.doc_id} is not in the corpus`;
  return `${file}:${orphan.line}: ${orphan.statement_id}: orphaned review (${orphan.status} by ${orphan.reviewer} on ${orphan.date}): ${why}`;
}

/**
 * The article id of a statement id (statement ids are the article id, `-s`, and ten hex digits).
 *
 * @example
 * docIdOf("ndtv-2019-02-x-s0123456789"); // "ndtv-2019-02-x"
 */
export function docIdOf(statementId: string): string {
  return statementId.replace(/-s[0-9a-f]{10}$/, "");
}
