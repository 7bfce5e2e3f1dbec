import {from} from "arquero";
import {loadCodebook} from "../src/codebook.ts";
import {publicPrivateGap} from "../src/analysis/publicPrivateGap.ts";
import {stanceByActorChannelPeriod} from "../src/analysis/stanceByActorChannelPeriod.ts";
import {statementsAroundEvents} from "../src/analysis/statementsAroundEvents.ts";
import {storySummary} from "../src/analysis/storySummary.ts";
import {storySummarySchema, type StorySummary} from "../src/analysis/schemas.ts";
import type {Tables} from "../src/tables.ts";

/** The analysis tables the pages draw, by name; see {@link analysisTable}. */
export type AnalysisTableName = "stance_periods" | "gap" | "statements_around_events";

type Row = Record<string, unknown>;

/** Days on either side of an event within which statements count as around it. */
const windowDays = 30;

/**
 * One precomputed analysis table as rows, about the codebook's focus (China and Pakistan): `stance_periods` (every
 * actor's mean stance toward the focus target by channel, per year and per month), `gap` (the focus actor's public −
 * private gap per year) or `statements_around_events` (statements within 30 days of each event). Means are rounded to
 * 2 decimals, like `actors.mean_stance`, after the gap is computed.
 *
 * @example
 * const rows = analysisTable("gap", loadTables());
 */
export function analysisTable(name: AnalysisTableName, tables: Tables): Record<string, unknown>[] {
  const {actor, target} = loadCodebook().focus;
  const statements = from(tables.statements);
  switch (name) {
    case "stance_periods":
      return (["year", "month"] as const).flatMap((granularity) =>
        (stanceByActorChannelPeriod(statements, {period: granularity, target}).objects() as Row[]).map(
          ({actor, channel, period, mean_stance, statements}) => ({
            actor,
            channel,
            granularity,
            period,
            mean_stance: round(mean_stance as number),
            statements
          })
        )
      );
    case "gap":
      return (publicPrivateGap(statements, {actor, target}).objects() as Row[]).map((row) => ({
        ...row,
        public_mean: round(row.public_mean as number | null),
        private_mean: round(row.private_mean as number | null),
        gap: round(row.gap as number | null)
      }));
    case "statements_around_events":
      return statementsAroundEvents(statements, from(tables.events), {days: windowDays}).objects() as Row[];
  }
}

/**
 * The numbers the explainer cites about the codebook's focus, validated, with every mean rounded to 2 decimals.
 *
 * @example
 * summaryOf(loadTables()).statements.private; // 12
 */
export function summaryOf(tables: Tables): StorySummary {
  const {actor, target} = loadCodebook().focus;
  const summary = storySummarySchema.parse(
    storySummary(
      {
        documents: from(tables.documents),
        statements: from(tables.statements),
        events: from(tables.events),
        actors: from(tables.actors)
      },
      {actor, target}
    )
  );
  return roundNumbers(summary);
}

function round<T extends number | null>(value: T): T {
  return (value === null ? null : Math.round(value * 100) / 100 + 0) as T; // + 0 turns -0 into 0
}

function roundNumbers<T>(value: T): T {
  if (typeof value === "number") return round(value) as T;
  if (Array.isArray(value)) return value.map(roundNumbers) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundNumbers(v)])) as T;
  }
  return value;
}
