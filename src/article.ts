import {readFileSync} from "node:fs";
import {basename} from "node:path";
import jsyaml from "js-yaml";
import {z} from "zod";
import {InputError} from "./InputError.ts";

/** The kinds of article the corpus accepts, as in the corpus README. */
export const articleKinds = [
  "news",
  "news analysis",
  "commentary",
  "opinion",
  "editorial",
  "interview",
  "report"
] as const;

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isoMonth = /^\d{4}-\d{2}$/;

const publishedSchema = z
  .string({error: "must be a date written YYYY-MM-DD or YYYY-MM"})
  .refine((value) => isoDay.test(value) || isoMonth.test(value), "must be written YYYY-MM-DD or YYYY-MM")
  .refine(isCalendarDate, "is not a real calendar date");

function isCalendarDate(value: string): boolean {
  const [year, month, day = 1] = value.split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The front matter of an article; field order is the order written by `formatArticle`. */
export const articleMetaSchema = z.strictObject({
  id: z
    .string({error: "must be a string"})
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens (publisher-yyyy-mm-slug)"),
  title: z.string({error: "must be a string"}).trim().min(1, "must not be empty"),
  publisher: z.string({error: "must be a string"}).trim().min(1, "must not be empty"),
  url: z.url({error: "must be an absolute URL"}),
  published: publishedSchema,
  published_note: z.string({error: "must be a string"}).optional(),
  kind: z.enum(articleKinds, {error: `must be one of ${articleKinds.join(", ")}`}),
  language: z.string({error: "must be a string"}).regex(/^[a-z]{2,3}$/, "must be an ISO 639 code such as en")
});

export type ArticleMeta = z.infer<typeof articleMetaSchema>;

/** An article: its front matter, its body (the text after the closing `---` line) and where it came from. */
export interface Article extends ArticleMeta {
  body: string;
  /** The path the article was read from, for error messages. */
  path: string;
  /** The 1-based line of the file on which the body starts. */
  bodyLine: number;
}

/** What extraction needs of an article: its id, body and publication date, and its publisher when known. */
export type ArticleText = Pick<Article, "id" | "body" | "published"> & {publisher?: string};

const opening = /^---[ \t]*\r?\n/;
const closing = /^---[ \t]*(?:\r?\n|$)/m;

/**
 * Parses an article file: YAML front matter between two `---` lines, then the body. The body is everything after the
 * closing `---` line, byte for byte, so that offsets into it match the gold annotations and the CLI's `quote` column.
 *
 * Throws an {@link InputError} naming the file, the line and the field for a missing or malformed field, an unknown
 * field, or a file without front matter.
 *
 * Options: `path` (default `"<article>"`) names the file in errors; `checkId` (default `true`) requires the id to equal
 * the file name without `.md` when a real path is given.
 *
 * @example
 * const article = parseArticle(readFileSync(path, "utf8"), {path});
 * article.body.slice(0, 80);
 */
export function parseArticle(text: string, {path = "<article>", checkId = true} = {}): Article {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const open = opening.exec(text);
  if (!open) throw new InputError("the file must start with a front matter line '---'", {file: path, line: 1});
  const rest = text.slice(open[0].length);
  const close = closing.exec(rest);
  if (!close) throw new InputError("the front matter is not closed by a '---' line", {file: path, line: 1});
  const yamlText = rest.slice(0, close.index);
  const bodyStart = open[0].length + close.index + close[0].length;
  const meta = parseFrontMatter(yamlText, path);
  if (checkId && path.endsWith(".md") && basename(path, ".md") !== meta.id) {
    throw new InputError(`must equal the file name without .md (${basename(path, ".md")})`, {
      file: path,
      line: 1 + countNewlines(yamlText, 0, Math.max(0, yamlText.search(/^id\s*:/m))) + 1,
      field: "id"
    });
  }
  return {...meta, body: text.slice(bodyStart), path, bodyLine: 1 + countNewlines(text, 0, bodyStart)};
}

/**
 * Front matter is flat, and an article is parsed many times in a large corpus, so it is read with js-yaml (several
 * times faster than a document parser); a problem is located by the line of its field.
 */
function parseFrontMatter(yamlText: string, path: string): ArticleMeta {
  let data: unknown;
  try {
    data = jsyaml.load(yamlText, {schema: jsyaml.CORE_SCHEMA, filename: path});
  } catch (error) {
    const mark = (error as {mark?: {line: number}}).mark;
    const reason = (error as {reason?: string}).reason ?? String(error);
    throw new InputError(`invalid YAML: ${reason}`, {file: path, line: 2 + (mark?.line ?? 0)});
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new InputError("the front matter must be a mapping of fields", {file: path, line: 2});
  }
  const parsed = articleMetaSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field =
    issue.code === "unrecognized_keys" ? issue.keys[0] : issue.path.length ? String(issue.path[0]) : undefined;
  const message =
    issue.code === "unrecognized_keys"
      ? `unknown field (allowed: ${Object.keys(articleMetaSchema.shape).join(", ")})`
      : field !== undefined && !(field in data)
        ? "is missing"
        : issue.message;
  const at = field === undefined ? -1 : yamlText.search(new RegExp(`^${field}\\s*:`, "m"));
  return fail(message, {file: path, line: at === -1 ? 2 : 2 + countNewlines(yamlText, 0, at), field});
}

function fail(message: string, where: {file: string; line: number; field?: string}): never {
  throw new InputError(message, where);
}

function countNewlines(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = text.indexOf("\n", start); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) ++count;
  return count;
}

/**
 * Reads and parses one article file; see {@link parseArticle}. An unreadable file is an {@link InputError} too.
 *
 * @example
 * const article = readArticle("corpus/articles/publisher-2019-02-headline-slug.md");
 */
export function readArticle(path: string, options: {checkId?: boolean} = {}): Article {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === "ENOENT" ? "no such file" : `cannot read the file (${code ?? String(error)})`, {
      file: path
    });
  }
  if (text.includes("\u0000")) throw new InputError("is not a text file (it contains NUL bytes)", {file: path});
  return parseArticle(text, {path, ...options});
}

/**
 * Writes an article file in the corpus format: the front matter fields in the schema's order (the title and the note
 * quoted, other values only where YAML needs it), the closing `---` line, a blank line, then the body. Parsing the result
 * with {@link parseArticle} gives the same fields back, and `body` after a leading newline.
 *
 * @example
 * formatArticle({id: "dawn-2016-10-act", title: "Act", publisher: "Dawn", url: "https://www.dawn.com/news/1",
 *   published: "2016-10-06", kind: "news", language: "en"}, "The first paragraph.\n");
 * // '---\nid: dawn-2016-10-act\ntitle: "Act"\n…\n---\n\nThe first paragraph.\n'
 */
export function formatArticle(meta: ArticleMeta, body: string): string {
  const lines = Object.keys(articleMetaSchema.shape).flatMap((field) => {
    const value = meta[field as keyof ArticleMeta];
    if (value === undefined) return [];
    return [`${field}: ${field === "title" || field === "published_note" ? JSON.stringify(value) : yamlScalar(value)}`];
  });
  return `---\n${lines.join("\n")}\n---\n\n${body}`;
}

/** A YAML scalar that js-yaml's core schema reads back as the same string: plain when that is safe, else quoted. */
function yamlScalar(value: string): string {
  const plain =
    /^[^\s\-?:,[\]{}#&*!|>'"%@`][^#]*$/.test(value) &&
    !/:\s|\s$/.test(value) &&
    !/^(?:true|false|null|~|[-+]?(?:\d[\d_]*(?:\.\d*)?(?:e[-+]?\d+)?|\.inf|\.nan|0x[\da-f]+|0o[0-7]+))$/i.test(value);
  return plain ? value : JSON.stringify(value);
}
