/**
 * Prints the statements (or events) of the given article files as one table on stdout: CSV with a header row, or JSON.
 * Every file is read and checked before anything is printed, so a bad file prints nothing but its error.
 *
 * usage: npm run --silent extract -- [--table statements|events] [--format csv|json] FILE...
 */
import {readArticle} from "../src/article.ts";
import {InputError} from "../src/InputError.ts";
import {eventsSchema, statementsSchema} from "../src/schemas.ts";
import {articleRows, toCSV, validateRows} from "../src/tables.ts";
import {tuneEngine} from "../src/tuneEngine.ts";
import {parseCommandLine, usageError} from "./commandLine.ts";

const usage = "usage: npm run --silent extract -- [--table statements|events] [--format csv|json] FILE...";

function main(): number {
  tuneEngine();
  const parsed = parseCommandLine("extract", usage, {
    table: {type: "string", default: "statements"},
    format: {type: "string", default: "csv"}
  });
  if (typeof parsed === "number") return parsed;
  const {values, positionals} = parsed;
  if (values.table !== "statements" && values.table !== "events") {
    process.stderr.write(`extract: invalid --table: ${values.table} (statements or events)\n`);
    return 2;
  }
  if (values.format !== "csv" && values.format !== "json") {
    process.stderr.write(`extract: invalid --format: ${values.format} (csv or json)\n`);
    return 2;
  }
  if (!positionals.length) return usageError("extract", "no article files given", usage);
  const rows: unknown[] = [];
  let failed = false;
  for (const file of positionals) {
    try {
      const article = readArticle(file, {checkId: false});
      const extracted = articleRows(article);
      rows.push(...(values.table === "events" ? extracted.events : extracted.statements));
    } catch (error) {
      failed = true;
      process.stderr.write(
        `extract: ${error instanceof InputError ? error.message : `${file}: ${(error as Error).stack}`}\n`
      );
    }
  }
  if (failed) return 1;
  const json = () =>
    JSON.stringify(
      values.table === "events" ? validateRows(eventsSchema, rows) : validateRows(statementsSchema, rows),
      null,
      2
    );
  process.stdout.write(
    values.format === "json"
      ? json() + "\n"
      : values.table === "events"
        ? toCSV(eventsSchema, rows)
        : toCSV(statementsSchema, rows)
  );
  return 0;
}

process.exitCode = main();
