import {actorsSchema, documentsSchema, eventsSchema, statementsSchema, type TableSchema} from "../src/schemas.ts";
import {toCSV} from "../src/tables.ts";
import {toParquet} from "../src/toParquet.ts";
import {runLoader} from "./runLoader.ts";
import {loadTables} from "./tables.ts";

const schemas = {
  documents: documentsSchema,
  statements: statementsSchema,
  events: eventsSchema,
  actors: actorsSchema
} satisfies Record<string, TableSchema>;

/** A table of the corpus. */
export type CorpusTable = keyof typeof schemas;

/**
 * The body of a corpus table loader: writes one table, validated against its schema, to stdout as CSV or Parquet (see
 * {@link runLoader} for failures). The tables come from {@link loadTables}, so the corpus is extracted once per change.
 *
 * @example
 * // docs/data/statements.csv.ts
 * await publishTable("statements", "csv");
 */
export async function publishTable(name: CorpusTable, format: "csv" | "parquet"): Promise<void> {
  await runLoader(() => {
    const schema: TableSchema = schemas[name];
    const rows = loadTables()[name];
    return format === "csv" ? toCSV(schema, rows) : toParquet(schema, rows);
  });
}
