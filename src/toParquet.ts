import {parquetWriteBuffer, type BasicType, type ColumnSource} from "hyparquet-writer";
import type {z} from "zod";
import {describeTable, type ColumnType} from "./dataDictionary.ts";
import type {TableSchema} from "./schemas.ts";
import {validateRows} from "./tables.ts";

const parquetTypes: Record<ColumnType["type"], BasicType> = {
  string: "STRING",
  integer: "INT32",
  number: "DOUBLE",
  boolean: "BOOLEAN"
};

/**
 * Formats validated rows as a Parquet file, columns in the schema's order with types from the schema (integers as
 * INT32, numbers as DOUBLE, strings and categories as UTF-8 strings); only nullable columns may hold nulls. The table's
 * name and description are stored in the file's key-value metadata. The same rows always give the same bytes.
 *
 * @example
 * process.stdout.write(toParquet(statementsSchema, rows));
 */
export function toParquet<S extends z.ZodObject>(schema: TableSchema<S>, rows: unknown[]): Uint8Array {
  const valid = validateRows(schema, rows) as Record<string, unknown>[];
  const columnData: ColumnSource[] = describeTable(schema).columns.map((column) => ({
    name: column.name,
    data: valid.map((row) => row[column.name] ?? null),
    type: parquetTypes[column.type],
    nullable: column.nullable
  }));
  const buffer = parquetWriteBuffer({
    columnData,
    kvMetadata: [
      {key: "table", value: schema.name},
      {key: "description", value: schema.description}
    ],
    createdBy: "backchannel"
  });
  return new Uint8Array(buffer);
}
