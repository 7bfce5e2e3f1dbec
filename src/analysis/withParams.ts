import type {ColumnTable} from "arquero";

/**
 * `table.params(values)`, typed as the table it returns: Arquero declares `params` as returning the table or the
 * parameters, which hides the table's verbs from TypeScript. Table expressions read the values as `$.name`.
 *
 * @example
 * withParams(statements, {actor: "CN"}).filter((d, $) => d.actor === $.actor);
 */
export function withParams(table: ColumnTable, values: Record<string, unknown>): ColumnTable {
  return table.params(values) as ColumnTable;
}
