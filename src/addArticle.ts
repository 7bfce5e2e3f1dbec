import {renameSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {formatArticle, parseArticle, type Article, type ArticleMeta} from "./article.ts";
import {articleId} from "./articleId.ts";
import {loadCodebook, type Codebook} from "./codebook.ts";
import {readCorpus} from "./corpus.ts";
import {InputError} from "./InputError.ts";
import {eventsSchema, statementsSchema} from "./schemas.ts";
import {articleRows, validateRows, type EventRow, type StatementRow} from "./tables.ts";

/** What `npm run add` is given: the front matter fields (id optional) and the body text. */
export interface NewArticle {
  title: string;
  publisher: string;
  url: string;
  /** YYYY-MM-DD, or YYYY-MM when only the month is known. */
  published: string;
  published_note?: string;
  /** Default "news". */
  kind?: string;
  /** Default "en". */
  language?: string;
  /** Default: {@link articleId} of the publisher, the publication date and the title. */
  id?: string;
  body: string;
  /** Where the body came from, for errors (default "<body>"). */
  source?: string;
}

/** An article written to the corpus, and what the extractor found in it. */
export interface AddedArticle {
  id: string;
  path: string;
  article: Article;
  statements: StatementRow[];
  events: EventRow[];
}

/**
 * Adds an article to a corpus directory: writes `<id>.md` in the corpus format, with the id built from the publisher,
 * the month and the title ({@link articleId}). The file is checked by parsing it back and extracting it before it
 * appears in the corpus (written to a hidden temporary file, then renamed), so a bad field is an {@link InputError}
 * naming the field and nothing is written. An article already in the corpus (the same id, the same URL, or the same
 * text once whitespace is normalised) is refused with an error naming the file that has it.
 *
 * Options: `codebook` (default: the library's).
 *
 * @example
 * const {path, statements} = addArticle("corpus/articles", {
 *   title: "Act against militants or face isolation", publisher: "Dawn", url: "https://www.dawn.com/news/1289444",
 *   published: "2016-10-06", body: readFileSync("article.txt", "utf8")
 * });
 */
export function addArticle(
  dir: string,
  input: NewArticle,
  {codebook = loadCodebook()}: {codebook?: Codebook} = {}
): AddedArticle {
  const body = articleBody(input.body, input.source ?? "<body>");
  const id = input.id ?? articleId(input);
  const path = join(dir, `${id}.md`);
  const meta = {
    id,
    title: input.title,
    publisher: input.publisher,
    url: input.url,
    published: input.published,
    published_note: input.published_note,
    kind: input.kind ?? "news",
    language: input.language ?? "en"
  } as ArticleMeta;
  const text = formatArticle(meta, body);
  const article = parseArticle(text, {path});
  refuseDuplicates(dir, article);
  const rows = articleRows(article, {codebook});
  const statements = validateRows(statementsSchema, rows.statements);
  const events = validateRows(eventsSchema, rows.events);
  const temporary = join(dir, `.${id}.md.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text, {flag: "wx"});
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, {force: true});
  }
  return {id, path, article, statements, events};
}

/** The body as the corpus keeps it: without a byte order mark or carriage returns, blank lines trimmed at both ends. */
function articleBody(text: string, source: string): string {
  const body = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/^(?:[ \t]*\n)+/, "")
    .trimEnd();
  if (!body) throw new InputError("the article's body is empty", {file: source});
  if (body.includes("\u0000")) throw new InputError("is not a text file (it contains NUL bytes)", {file: source});
  return `${body}\n`;
}

function refuseDuplicates(dir: string, article: Article): void {
  const {articles} = readCorpus(dir);
  const url = urlKey(article.url);
  const text = textKey(article.body);
  for (const other of articles) {
    const same = [
      other.id === article.id && "id",
      urlKey(other.url) === url && "URL",
      textKey(other.body) === text && "text"
    ].filter((reason): reason is string => Boolean(reason));
    if (same.length) {
      const reasons = same.length > 1 ? `${same.slice(0, -1).join(", ")} and ${same.at(-1)}` : same[0];
      throw new InputError(`the corpus already has this article: ${other.path} has the same ${reasons}`, {
        file: join(dir, `${article.id}.md`),
        field: same[0] === "text" ? undefined : same[0] === "URL" ? "url" : "id"
      });
    }
  }
}

/** Two addresses of the same page: the scheme, a leading "www.", a trailing slash and the fragment do not count. */
function urlKey(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host.replace(/^www\./, "")}${parsed.pathname.replace(/\/+$/, "")}${parsed.search}`;
  } catch {
    return url.trim();
  }
}

function textKey(body: string): string {
  return body.replace(/\s+/g, " ").trim();
}
