import {z} from "zod";
import type {TableSchema} from "./schemas.ts";

/** A column's type as published: what every value of the column is. */
export interface ColumnType {
  type: "string" | "integer" | "number" | "boolean";
  /** Whether the column may hold null (an empty CSV field). */
  nullable: boolean;
  /** The only values allowed, for a categorical column. */
  values?: string[];
  /** A regular expression every value matches. */
  pattern?: string;
  minimum?: number;
  maximum?: number;
}

/** A column in the data dictionary: its name, type and description. */
export interface ColumnDescription extends ColumnType {
  name: string;
  description: string;
}

/** A table in the data dictionary. */
export interface TableDescription {
  name: string;
  description: string;
  columns: ColumnDescription[];
}

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  anyOf?: JsonSchema[];
  description?: string;
}

const scalarTypes = new Set(["string", "integer", "number", "boolean"]);

/**
 * The type of one column, read from its zod schema (through its JSON Schema). Throws for a column that is not a
 * scalar (an array, an object), which no published table may have.
 *
 * @example
 * columnType(statementsSchema.row.shape.stance); // {type: "integer", nullable: false, minimum: -2, maximum: 2}
 */
export function columnType(column: z.ZodType): ColumnType {
  const json = z.toJSONSchema(column) as JsonSchema;
  const variants = json.anyOf ?? [json];
  const types = variants.flatMap((v) => (Array.isArray(v.type) ? v.type : v.type ? [v.type] : []));
  const nullable = types.includes("null");
  const [type, ...others] = types.filter((t) => t !== "null");
  if (!scalarTypes.has(type) || others.length) throw new Error(`not a scalar column type: ${JSON.stringify(json)}`);
  const main = variants.find((v) => v.type === type || (Array.isArray(v.type) && v.type.includes(type)))!;
  const result: ColumnType = {type: type as ColumnType["type"], nullable};
  if (main.enum) result.values = main.enum.map(String);
  if (main.pattern) result.pattern = main.pattern;
  if (main.minimum !== undefined) result.minimum = main.minimum;
  if (main.maximum !== undefined && main.maximum !== Number.MAX_SAFE_INTEGER) result.maximum = main.maximum;
  return result;
}

/**
 * Describes a table for readers: its name, description and, for each column in order, its type and description.
 *
 * @example
 * describeTable(statementsSchema).columns[0]; // {name: "statement_id", type: "string", nullable: false, …}
 */
export function describeTable(schema: TableSchema): TableDescription {
  const shape = schema.row.shape as Record<string, z.ZodType>;
  return {
    name: schema.name,
    description: schema.description,
    columns: schema.columns.map((name) => ({
      name,
      ...columnType(shape[name]),
      description: shape[name].description ?? ""
    }))
  };
}

/**
 * The data dictionary of the published tables, in the given order.
 *
 * @example
 * const dictionary = dataDictionary([...tableSchemas, ...analysisSchemas]);
 */
export function dataDictionary(schemas: readonly TableSchema[]): {tables: TableDescription[]} {
  return {tables: schemas.map(describeTable)};
}
