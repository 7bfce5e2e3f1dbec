import {describe, expect, it} from "vitest";
import type * as docs from "../../docs/components/rows.ts";
import type * as src from "../../src/tables.ts";

// The pages cannot import from src/ (it lies outside Framework's root), so docs/components/rows.ts restates the row
// types of the published tables, the columns the pages read. These checks tie the restatement to the one declaration
// in src/schemas.ts: `tsc --noEmit` fails when a column the pages read is dropped, renamed or retyped in the schema.
type ColumnsOf<Restated, Published> = [keyof Restated] extends [keyof Published] ? true : false;
const statementColumns: ColumnsOf<docs.StatementRow, src.StatementRow> = true;
const eventColumns: ColumnsOf<docs.EventRow, src.EventRow> = true;
const documentColumns: ColumnsOf<docs.DocumentRow, src.DocumentRow> = true;
const statementTypes = (row: src.StatementRow): docs.StatementRow => row;
const eventTypes = (row: src.EventRow): docs.EventRow => row;
const documentTypes = (row: src.DocumentRow): docs.DocumentRow => row;

describe("the row types the pages restate", () => {
  it("are columns of the published tables, with the published types", () => {
    expect([statementColumns, eventColumns, documentColumns]).toEqual([true, true, true]);
    expect([statementTypes, eventTypes, documentTypes].map((f) => typeof f)).toEqual([
      "function",
      "function",
      "function"
    ]);
  });
});
