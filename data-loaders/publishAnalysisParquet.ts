import {gapSchema, stancePeriodsSchema, statementsAroundEventsSchema} from "../src/analysis/schemas.ts";
import type {TableSchema} from "../src/schemas.ts";
import {toParquet} from "../src/toParquet.ts";
import {analysisTable, type AnalysisTableName} from "./analysisTables.ts";
import {runLoader} from "./runLoader.ts";
import {loadTables} from "./tables.ts";

const schemas: Record<AnalysisTableName, TableSchema> = {
  stance_periods: stancePeriodsSchema,
  gap: gapSchema,
  statements_around_events: statementsAroundEventsSchema
};

/**
 * The body of an analysis table's Parquet loader, for the Data page's downloads: the same rows as the CSV loader
 * (data-loaders/publishAnalysis.ts), validated against the table's schema.
 *
 * @example
 * // docs/data/gap.parquet.ts
 * await publishAnalysisParquet("gap");
 */
export async function publishAnalysisParquet(name: AnalysisTableName): Promise<void> {
  await runLoader(() => toParquet(schemas[name], analysisTable(name, loadTables())));
}
