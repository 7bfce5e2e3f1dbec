import {readFileSync} from "node:fs";
import {LineCounter, isMap, isScalar, parseDocument} from "yaml";
import {z} from "zod";
import {precisionOfDate} from "./dateRange.ts";
import {InputError} from "./InputError.ts";
import {parseYaml} from "./parseYaml.ts";
import {reviewableFields, statementsSchema} from "./schemas.ts";
import type {StatementRow} from "./tables.ts";

/** A statement field an editor can correct. */
export type ReviewableField = (typeof reviewableFields)[number];

/** What an editor decided about a statement. */
export type ReviewStatus = "accepted" | "corrected" | "rejected";

/** One review: an editor's decision about one statement, as written in the reviews file. */
export interface Review {
  statement_id: string;
  status: ReviewStatus;
  /** The corrected fields and their reviewed values (a correction only). */
  set: Partial<Pick<StatementRow, ReviewableField>>;
  reviewer: string;
  /** When it was reviewed, YYYY-MM-DD. */
  date: string;
  note: string;
  /** The line of the file on which the review starts. */
  line: number;
}

/** The reviews of a reviews file, in file order. */
export interface Reviews {
  file: string;
  reviews: Review[];
}

const statementId = /^[a-z0-9]+(?:-[a-z0-9]+)*-s[0-9a-f]{10}$/;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(value: string): boolean {
  if (value === "") return true;
  const [year, month = 1, day = 1] = value.split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const fieldMask = Object.fromEntries(reviewableFields.map((field) => [field, true])) as {[F in ReviewableField]: true};

/** The corrected fields of a review: any of `reviewableFields`, each valid as the statements table's column. */
export const correctionsSchema = statementsSchema.row
  .pick(fieldMask)
  .partial()
  .superRefine((set, context) => {
    if (set.date !== undefined && !isCalendarDate(set.date)) {
      context.addIssue({code: "custom", path: ["date"], message: "is not a real calendar date"});
    }
    if (set.date_precision !== undefined) {
      if (set.date === undefined) {
        context.addIssue({
          code: "custom",
          path: ["date_precision"],
          message: "can only be set with date (a date's precision follows from how it is written)"
        });
      } else if (set.date_precision !== precisionOfDate(set.date)) {
        context.addIssue({
          code: "custom",
          path: ["date_precision"],
          message: `must be ${precisionOfDate(set.date) || "empty"} for the date "${set.date}"`
        });
      }
    }
  });

const reviewSchema = z
  .strictObject({
    status: z.enum(["accepted", "corrected", "rejected"], {error: "must be accepted, corrected or rejected"}),
    set: correctionsSchema.optional(),
    reviewer: z.string({error: "must be the reviewer's name"}).trim().min(1, "must not be empty"),
    date: z
      .string({error: "must be a date written YYYY-MM-DD"})
      .regex(isoDay, "must be written YYYY-MM-DD")
      .refine(isCalendarDate, "is not a real calendar date"),
    note: z.string({error: "must be text"}).optional()
  })
  .superRefine((review, context) => {
    const fields = Object.keys(review.set ?? {}).length;
    if (review.status === "corrected" && !fields) {
      context.addIssue({code: "custom", path: ["set"], message: "a correction must set at least one field"});
    } else if (review.status !== "corrected" && review.set !== undefined) {
      context.addIssue({
        code: "custom",
        path: ["set"],
        message: `only a correction sets fields (status: ${review.status})`
      });
    }
  });

/** The reviews file: a mapping from statement id to its review. An empty file (or only comments) has no reviews. */
export const reviewsSchema = z.record(
  z.string().regex(statementId, "is not a statement id (<article id>-s<10 hex digits>)"),
  reviewSchema
);

/**
 * Parses the text of a reviews file (see `corpus/reviews.yaml` for the format). A problem is an {@link InputError}
 * naming the file, the line and the field (`ndtv-…-s0123456789.set.stance`).
 *
 * Options: `file` (default `"corpus/reviews.yaml"`) names the file in errors and in the result.
 *
 * @example
 * parseReviews("x-2019-02-y-s0123456789: {status: rejected, reviewer: A. Editor, date: 2025-01-15}\n").reviews[0].status;
 * // "rejected"
 */
export function parseReviews(text: string, {file = "corpus/reviews.yaml"}: {file?: string} = {}): Reviews {
  let data: z.infer<typeof reviewsSchema>;
  try {
    data = parseYaml(text, reviewsSchema, {file});
  } catch (error) {
    if (error instanceof InputError && /\.set\.[^.]+$/.test(error.field ?? "") && /unknown field/.test(error.message)) {
      throw new InputError(`is not a field an editor can correct (${reviewableFields.join(", ")})`, error);
    }
    throw error;
  }
  const lines = keyLines(text);
  return {
    file,
    reviews: Object.entries(data).map(([statement_id, review]) => ({
      statement_id,
      status: review.status,
      set: review.set ?? {},
      reviewer: review.reviewer,
      date: review.date,
      note: review.note ?? "",
      line: lines.get(statement_id) ?? 1
    }))
  };
}

function keyLines(text: string): Map<string, number> {
  const counter = new LineCounter();
  const document = parseDocument(text, {lineCounter: counter});
  const lines = new Map<string, number>();
  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      if (isScalar(pair.key) && pair.key.range)
        lines.set(String(pair.key.value), counter.linePos(pair.key.range[0]).line);
    }
  }
  return lines;
}

/**
 * Reads and parses a reviews file (see {@link parseReviews}). A missing file has no reviews; an unreadable one is an
 * {@link InputError}.
 *
 * @example
 * const {reviews} = readReviews("corpus/reviews.yaml");
 */
export function readReviews(path: string): Reviews {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return {file: path, reviews: []};
    throw new InputError(`cannot read the file (${code ?? String(error)})`, {file: path});
  }
  return parseReviews(text, {file: path});
}
