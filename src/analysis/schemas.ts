import {z} from "zod";
import type {TableSchema} from "../schemas.ts";

function defineTable<S extends z.ZodObject>(name: string, description: string, row: S): TableSchema<S> {
  return {name, description, row, columns: Object.keys(row.shape)};
}

const count = z.number().int().nonnegative();
const mean = z.number().min(-2).max(2);
const code = z.string().regex(/^[A-Z][A-Z0-9]+$/, "must be an actor code");
const ids = z.string().regex(/^(?:[^;]+(?:;[^;]+)*)?$/, "must be ids joined by ;");
const date = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD");

/** One row per actor × channel × period: the mean stance of the statements made then (the stance-periods table). */
export const stancePeriodsSchema = defineTable(
  "stance_periods",
  "Mean stance toward the focus target by actor, channel and period (year or month). A statement counts in a period only if its date is at least that precise.",
  z.strictObject({
    actor: code.describe("Who spoke (actor code)"),
    channel: z.enum(["public", "private"]).describe("public or private"),
    granularity: z.enum(["year", "month"]).describe("What a period is: a year or a month"),
    period: z
      .string()
      .regex(/^\d{4}(?:-\d{2})?$/)
      .describe("The year (YYYY) or month (YYYY-MM)"),
    mean_stance: mean.describe("Mean stance of the statements, -2..+2"),
    statements: count.describe("Number of statements")
  })
);

/** One row per year: the focus actor's public and private mean stance toward the target, and the gap between them. */
export const gapSchema = defineTable(
  "gap",
  "Per year, the focus actor's mean stance toward the focus target in public and in private, and the gap between them (public − private), with the statements behind each mean. Only statements dated at least to the year count.",
  z.strictObject({
    year: z.number().int().describe("Year"),
    public_mean: mean.nullable().describe("Mean stance of the public statements, or null if there were none"),
    public_statements: count.describe("Number of public statements"),
    private_mean: mean.nullable().describe("Mean stance of the private statements, or null if there were none"),
    private_statements: count.describe("Number of private statements"),
    gap: z.number().min(-4).max(4).nullable().describe("public_mean − private_mean, or null unless both exist"),
    public_ids: ids.describe("The public statements' ids (statements.statement_id), joined by ;"),
    private_ids: ids.describe("The private statements' ids, joined by ;")
  })
);

/** One row per event × statement made within a window around it. */
export const statementsAroundEventsSchema = defineTable(
  "statements_around_events",
  "For each dated event, the dated statements whose date range overlaps a window of days around it, with their distance from it in days.",
  z.strictObject({
    event_id: z.string().min(1).describe("The event (events.event_id)"),
    event_date: date.describe("When the event happened"),
    event_kind: z.string().describe("Kind of event"),
    event_label: z.string().describe("Short description of the event"),
    statement_id: z.string().min(1).describe("The statement (statements.statement_id)"),
    actor: z.string().describe("Who spoke"),
    target: z.string().describe("Whom the stance is about"),
    channel: z.enum(["public", "private"]).describe("public or private"),
    stance: z.number().int().min(-2).max(2).describe("Stance toward the target, -2..+2"),
    statement_date: date.describe("When the statement was made"),
    statement_precision: z.enum(["day", "month", "year"]).describe("Precision of the statement's date"),
    offset_days: z
      .number()
      .int()
      .describe("Days from the event to the statement: negative before, positive after, 0 if their date ranges overlap")
  })
);

/** The published analysis tables, in the order of the data dictionary. */
export const analysisSchemas = [stancePeriodsSchema, gapSchema, statementsAroundEventsSchema] as const;

const nullableMean = mean.nullable();

/** The numbers the explainer's prose cites (summary.json). */
export const storySummarySchema = z.strictObject({
  actor: z.strictObject({code, name: z.string()}),
  target: z.strictObject({code, name: z.string()}),
  corpus: z.strictObject({
    articles: count,
    publishers: count,
    first_published: z.string(),
    last_published: z.string(),
    statements: count,
    events: count,
    actors: count,
    codebook_version: z.string()
  }),
  /** Statements by the actor about anyone. */
  actor_statements: count,
  /** Statements by the actor about the target. */
  statements: z.strictObject({
    total: count,
    public: count,
    private: count,
    dated: count,
    undated: count,
    first_date: z.string(),
    last_date: z.string(),
    mean_stance: nullableMean,
    public_mean_stance: nullableMean,
    private_mean_stance: nullableMean,
    gap: z.number().nullable()
  }),
  years: z.strictObject({
    count,
    with_both_channels: count,
    largest_gap: z
      .strictObject({
        year: z.number().int(),
        gap: z.number(),
        public_mean: mean,
        private_mean: mean,
        public_statements: count,
        private_statements: count
      })
      .nullable()
  })
});

export type StorySummary = z.infer<typeof storySummarySchema>;
