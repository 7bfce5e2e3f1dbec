/**
 * A row with only the given columns, in their order: what a loader publishes of a table row.
 *
 * @example
 * pickColumns({doc_id: "a", title: "T", url: "u"}, ["title", "doc_id"]); // {title: "T", doc_id: "a"}
 */
export function pickColumns<Row extends object, Column extends keyof Row>(
  row: Row,
  columns: readonly Column[]
): Pick<Row, Column> {
  return Object.fromEntries(columns.map((column) => [column, row[column]])) as Pick<Row, Column>;
}
