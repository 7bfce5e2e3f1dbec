import {readdirSync, readFileSync, statSync} from "node:fs";
import {join} from "node:path";
import {parseArticle, type Article} from "./article.ts";
import {InputError} from "./InputError.ts";

/** A corpus read from disk: its articles in id order, and each article's file text (for content hashes). */
export interface Corpus {
  articles: Article[];
  /** Article id → the file's text, as `buildTables` wants it for `content_hash`. */
  texts: Map<string, string>;
}

/**
 * The article files of a corpus directory, sorted by name: every `*.md` file except `README.md` and hidden files
 * (editors' lock and backup files such as `.#x.md`). Subdirectories are not read.
 *
 * @example
 * corpusFiles("corpus/articles"); // ["corpus/articles/eir-2011-08-….md", …]
 */
export function corpusFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === "ENOENT" ? "no such directory" : `cannot read the directory (${code})`, {file: dir});
  }
  return names
    .filter((name) => name.endsWith(".md") && !name.startsWith(".") && name.toLowerCase() !== "readme.md")
    .sort()
    .map((name) => join(dir, name))
    .filter(isFile);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false; // deleted since it was listed
  }
}

/**
 * Reads every article of a corpus directory (see {@link corpusFiles}) and returns them sorted by id, with the text of
 * each file. Throws the {@link InputError} of the first bad article (file, line, field), or one naming both files when
 * two articles share an id.
 *
 * Options: `checkId` (default `true`) requires each id to equal its file name without `.md`.
 *
 * @example
 * const {articles, texts} = readCorpus("corpus/articles");
 * const tables = buildTables(articles, {texts});
 */
export function readCorpus(dir: string, {checkId = true}: {checkId?: boolean} = {}): Corpus {
  const articles: Article[] = [];
  const texts = new Map<string, string>();
  const files = new Map<string, string>();
  for (const path of corpusFiles(dir)) {
    const text = readText(path);
    const article = parseArticle(text, {path, checkId});
    const other = files.get(article.id);
    if (other !== undefined) {
      throw new InputError(`duplicate id ${article.id}: ${other} has it too`, {
        file: path,
        line: idLine(text),
        field: "id"
      });
    }
    files.set(article.id, path);
    texts.set(article.id, text);
    articles.push(article);
  }
  articles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {articles, texts};
}

function readText(path: string): string {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new InputError(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`, {
      file: path
    });
  }
  if (text.includes("\u0000")) throw new InputError("is not a text file (it contains NUL bytes)", {file: path});
  return text;
}

function idLine(text: string): number | undefined {
  const match = /^id\s*:/m.exec(text);
  return match ? text.slice(0, match.index).split("\n").length : undefined;
}
