import {describe, expect, test} from "vitest";
import {z} from "zod";
import {analysisSchemas} from "../src/analysis/schemas.ts";
import {columnType, dataDictionary} from "../src/dataDictionary.ts";
import {statementsSchema, tableSchemas, actorsSchema} from "../src/schemas.ts";

const published = [...tableSchemas, ...analysisSchemas];

describe("dataDictionary", () => {
  const {tables} = dataDictionary(published);

  test("covers every published table and every column, in the schemas' order", () => {
    expect(tables.map((t) => t.name)).toEqual(published.map((s) => s.name));
    for (const [k, table] of tables.entries()) {
      expect(table.description.length, table.name).toBeGreaterThan(10);
      expect(
        table.columns.map((c) => c.name),
        table.name
      ).toEqual(published[k].columns);
    }
  });

  test("gives every column a type and a description", () => {
    for (const table of tables) {
      for (const column of table.columns) {
        expect(["string", "integer", "number", "boolean"], `${table.name}.${column.name}`).toContain(column.type);
        expect(column.description.trim(), `${table.name}.${column.name}`).not.toBe("");
        expect(typeof column.nullable).toBe("boolean");
      }
    }
  });

  test("derives types, allowed values, patterns, bounds and nullability from the zod schemas", () => {
    const statements = tables.find((t) => t.name === "statements")!;
    const column = (name: string) => statements.columns.find((c) => c.name === name);
    expect(column("stance")).toMatchObject({type: "integer", nullable: false, minimum: -2, maximum: 2});
    expect(column("start")).toEqual({
      name: "start",
      type: "integer",
      nullable: false,
      minimum: 0,
      description: statementsSchema.row.shape.start.description
    });
    expect(column("confidence")).toMatchObject({type: "number", minimum: 0, maximum: 1});
    expect(column("channel")).toMatchObject({type: "string", values: ["public", "private"]});
    const datePattern = new RegExp(column("date")!.pattern!);
    expect(["2017", "2017-09", "2017-09-04", ""].every((date) => datePattern.test(date))).toBe(true);
    expect(datePattern.test("4 September 2017")).toBe(false);
    expect(columnType(actorsSchema.row.shape.mean_stance)).toEqual({type: "number", nullable: true});
  });

  test("refuses a column that is not a scalar", () => {
    expect(() => columnType(z.array(z.string()))).toThrow(/not a scalar/);
  });
});
