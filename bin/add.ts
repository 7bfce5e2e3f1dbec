/**
 * Adds an article to the corpus: writes corpus/articles/<id>.md from the front matter options and the body text (a
 * file, or stdin), checks it, refuses duplicates, and prints the statements and events found in it.
 *
 * usage: npm run add -- --title T --publisher P --url U --published YYYY-MM-DD|YYYY-MM [--kind news] [--language en]
 *          [--note TEXT] [--id ID] [FILE|-]
 */
import {readFileSync} from "node:fs";
import {dirname, join, relative, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {addArticle, type AddedArticle} from "../src/addArticle.ts";
import {formatTextTable} from "../src/formatTextTable.ts";
import {InputError} from "../src/InputError.ts";
import {parseCommandLine, usageError} from "./commandLine.ts";

const usage = `usage: npm run add -- --title T --publisher P --url U --published YYYY-MM-DD|YYYY-MM [--kind news]
         [--language en] [--note TEXT] [--id ID] [FILE|-]
  The body is read from FILE, or from stdin when FILE is - or missing. --note says why a date is approximate.`;
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const required = ["title", "publisher", "url", "published"] as const;

function main(): number {
  const parsed = parseCommandLine("add", usage, {
    title: {type: "string"},
    publisher: {type: "string"},
    url: {type: "string"},
    published: {type: "string"},
    kind: {type: "string"},
    language: {type: "string"},
    note: {type: "string"},
    id: {type: "string"}
  });
  if (typeof parsed === "number") return parsed;
  const {values, positionals} = parsed;
  const missing = required.filter((name) => values[name] === undefined);
  if (missing.length || positionals.length > 1) {
    const problem = missing.length
      ? `missing ${missing.map((name) => `--${name}`).join(", ")}`
      : "one body file at most";
    return usageError("add", problem, usage);
  }
  const file = positionals[0] ?? "-";
  if (file === "-" && process.stdin.isTTY) {
    return usageError("add", "give the body as a FILE, or pipe it to stdin", usage);
  }
  try {
    const source = file === "-" ? "<stdin>" : resolve(process.env.INIT_CWD ?? process.cwd(), file);
    const body = readBody(source);
    const added = addArticle(join(root, "corpus", "articles"), {
      title: values.title!,
      publisher: values.publisher!,
      url: values.url!,
      published: values.published!,
      published_note: values.note,
      kind: values.kind,
      language: values.language,
      id: values.id,
      body,
      source: file === "-" ? source : relative(root, source)
    });
    process.stdout.write(summary(added));
    return 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`add: ${relativeMessage(error.message)}\n`);
    return 1;
  }
}

function readBody(source: string): string {
  try {
    return readFileSync(source === "<stdin>" ? 0 : source, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === "ENOENT" ? "no such file" : `cannot read it (${code ?? String(error)})`, {
      file: source
    });
  }
}

/** Paths in messages relative to the repository, as the user typed them from its root. */
function relativeMessage(message: string): string {
  return message.split(`${root}/`).join("");
}

function summary({id, path, statements, events}: AddedArticle): string {
  const short = (rowId: string) => rowId.slice(id.length + 1);
  const stance = (value: number) => (value > 0 ? `+${value}` : String(value));
  const lines = [`added ${relative(root, path)}`, ""];
  lines.push(`${statements.length} statement${statements.length === 1 ? "" : "s"}`);
  if (statements.length) {
    lines.push(
      formatTextTable(
        ["id", "speaker", "actor→target", "date", "channel", "stance", "quote"],
        statements.map((s) => [
          short(s.statement_id),
          s.speaker,
          `${s.actor || "?"}→${s.target || "?"}`,
          s.date || "–",
          s.channel,
          stance(s.stance),
          s.quote
        ]),
        {maxWidths: {1: 28, 6: 60}, indent: "  "}
      )
    );
  }
  lines.push(`${events.length} event${events.length === 1 ? "" : "s"}`);
  if (events.length) {
    lines.push(
      formatTextTable(
        ["id", "date", "kind", "label"],
        events.map((e) => [short(e.event_id), e.date || "–", e.kind, e.label]),
        {maxWidths: {3: 70}, indent: "  "}
      )
    );
  }
  lines.push(
    `Ids are ${id}-<id>. Review a statement with: npm run review -- accept|reject|set <id> (the short id will do).`
  );
  return `${lines.join("\n")}\n`;
}

process.exitCode = main();
