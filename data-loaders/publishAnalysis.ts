import {gapSchema, stancePeriodsSchema, statementsAroundEventsSchema} from "../src/analysis/schemas.ts";
import type {TableSchema} from "../src/schemas.ts";
import {toCSV} from "../src/tables.ts";
import {toParquet} from "../src/toParquet.ts";
import {analysisTable, summaryOf, type AnalysisTableName} from "./analysisTables.ts";
import {runLoader} from "./runLoader.ts";
import {loadTables} from "./tables.ts";

const schemas: Record<AnalysisTableName, TableSchema> = {
  stance_periods: stancePeriodsSchema,
  gap: gapSchema,
  statements_around_events: statementsAroundEventsSchema
};

/**
 * The body of an analysis table loader: writes one precomputed table (see {@link analysisTable}), validated against
 * its schema, to stdout as CSV (the default) or Parquet.
 *
 * @example
 * // docs/data/gap.csv.ts
 * await publishAnalysisTable("gap");
 */
export async function publishAnalysisTable(name: AnalysisTableName, format: "csv" | "parquet" = "csv"): Promise<void> {
  await runLoader(() => {
    const rows = analysisTable(name, loadTables());
    return format === "csv" ? toCSV(schemas[name], rows) : toParquet(schemas[name], rows);
  });
}

/**
 * The body of the summary loader: writes the numbers the explainer cites (see {@link summaryOf}) as JSON to stdout.
 *
 * @example
 * // docs/data/summary.json.ts
 * await publishSummary();
 */
export async function publishSummary(): Promise<void> {
  await runLoader(() => `${JSON.stringify(summaryOf(loadTables()), null, 2)}\n`);
}
