import type {ColumnTable} from "arquero";

/**
 * The statements an analysis counts: every row except those an editor rejected (`review_status` "rejected"), which
 * the statements table keeps for the record. A table without a `review_status` column is returned as is. Every
 * analysis of this library calls it first, so a notebook can hand them the statements table as published.
 *
 * @example
 * countedStatements(aq.from(statements)).numRows();
 */
export function countedStatements(statements: ColumnTable): ColumnTable {
  return statements.columnNames().includes("review_status")
    ? statements.filter((d) => d.review_status !== "rejected")
    : statements;
}
