import {parquetMetadata, parquetReadObjects, parquetSchema} from "hyparquet";
import {beforeAll, describe, expect, test} from "vitest";
import {gapSchema} from "../src/analysis/schemas.ts";
import {readCorpus} from "../src/corpus.ts";
import {actorsSchema, eventsSchema, statementsSchema, type TableSchema} from "../src/schemas.ts";
import {buildTables, type Tables} from "../src/tables.ts";
import {toParquet} from "../src/toParquet.ts";
import {ROOT} from "./support/repoClone.ts";

let tables: Tables;
beforeAll(() => {
  const {articles, texts} = readCorpus(`${ROOT}/corpus/articles`);
  tables = buildTables(articles, {texts});
});

const arrayBuffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe("toParquet", () => {
  test("round-trips the statements and events of the corpus through hyparquet, row for row", async () => {
    const cases: [TableSchema, object[]][] = [
      [statementsSchema, tables.statements],
      [eventsSchema, tables.events]
    ];
    for (const [schema, rows] of cases) {
      const file = arrayBuffer(toParquet(schema, rows));
      const read = await parquetReadObjects({file});
      expect(read.length).toBeGreaterThan(0);
      expect(read).toEqual(rows.map((row) => Object.fromEntries(schema.columns.map((c) => [c, (row as never)[c]]))));
    }
  });

  test("writes the schema's column types: INT32 integers, DOUBLE numbers, UTF-8 strings, optional only if nullable", () => {
    const metadata = parquetMetadata(arrayBuffer(toParquet(actorsSchema, tables.actors)));
    const columns = Object.fromEntries(parquetSchema(metadata).children.map((c) => [c.element.name, c.element]));
    expect(Object.keys(columns)).toEqual(actorsSchema.columns);
    expect(columns.statements).toMatchObject({type: "INT32", repetition_type: "REQUIRED"});
    expect(columns.mean_stance).toMatchObject({type: "DOUBLE", repetition_type: "OPTIONAL"});
    expect(columns.name).toMatchObject({type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "REQUIRED"});
    expect(metadata.key_value_metadata).toEqual([
      {key: "table", value: "actors"},
      {key: "description", value: actorsSchema.description}
    ]);
  });

  test("keeps nulls in nullable columns", async () => {
    const rows = [
      {
        year: 2016,
        public_mean: 2,
        public_statements: 1,
        private_mean: null,
        private_statements: 0,
        gap: null,
        public_ids: "a",
        private_ids: ""
      }
    ];
    expect(await parquetReadObjects({file: arrayBuffer(toParquet(gapSchema, rows))})).toEqual(rows);
  });

  test("refuses rows that break the schema", () => {
    expect(() => toParquet(actorsSchema, [{...tables.actors[0], statements: -1}])).toThrow(
      /actors row 1, column statements/
    );
  });

  test("gives the same bytes for the same rows", () => {
    const again = buildTables(readCorpus(`${ROOT}/corpus/articles`).articles);
    expect(toParquet(statementsSchema, again.statements)).toEqual(toParquet(statementsSchema, tables.statements));
  });
});
