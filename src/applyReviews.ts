import {dateRange, precisionOfDate} from "./dateRange.ts";
import type {Review} from "./readReviews.ts";
import {reviewableFields} from "./schemas.ts";
import type {StatementRow} from "./tables.ts";

/** The statements with the reviews applied, and which reviews found their statement. */
export interface ReviewOutcome {
  statements: StatementRow[];
  /** Reviews whose statement is in the table, in file order. */
  applied: Review[];
  /** Reviews whose statement is not (the article changed, or the extractor now reads it differently), in file order. */
  orphans: Review[];
}

/**
 * Applies editors' reviews to statement rows: a reviewed row's coded columns take the reviewed values (its `machine_*`
 * columns keep the extractor's), and `review_status`, `reviewer`, `review_date` and `review_note` say who decided
 * what. A rejected row stays in the table with status `rejected`; analyses leave it out. A corrected date also sets
 * the precision and the date range it implies. Rows without a review get the extractor's values back, so applying is
 * idempotent: rows that were already reviewed can be reviewed again. Reviews naming no row are returned as orphans.
 *
 * @example
 * const {statements, orphans} = applyReviews(tables.statements, readReviews("corpus/reviews.yaml").reviews);
 */
export function applyReviews(statements: readonly StatementRow[], reviews: readonly Review[]): ReviewOutcome {
  const byId = new Map(reviews.map((review) => [review.statement_id, review]));
  const found = new Set<string>();
  const reviewed = statements.map((row) => {
    const review = byId.get(row.statement_id);
    if (review) found.add(review.statement_id);
    return reviewRow(row, review);
  });
  return {
    statements: reviewed,
    applied: reviews.filter((review) => found.has(review.statement_id)),
    orphans: reviews.filter((review) => !found.has(review.statement_id))
  };
}

function reviewRow(row: StatementRow, review: Review | undefined): StatementRow {
  const machine = Object.fromEntries(reviewableFields.map((field) => [field, row[`machine_${field}`]])) as Pick<
    StatementRow,
    (typeof reviewableFields)[number]
  >;
  const coded = {...machine, ...review?.set};
  if (review?.set.date !== undefined) coded.date_precision = precisionOfDate(coded.date);
  const [date_start, date_end] = dateRange(coded.date);
  return {
    ...row,
    ...coded,
    date_start,
    date_end,
    review_status: review?.status ?? "machine",
    reviewer: review?.reviewer ?? "",
    review_date: review?.date ?? "",
    review_note: review?.note ?? ""
  };
}
