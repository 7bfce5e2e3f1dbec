import type {ArticleText} from "./article.ts";
import type {Codebook} from "./codebook.ts";
import {extractArticle} from "./extractArticle.ts";
import type {Statement} from "./StatementCoder.ts";

export type {Statement, StatementKind} from "./StatementCoder.ts";

/**
 * Extracts the statements of an article: direct quotations, reported speech and stance-bearing acts, each with its
 * speaker, actor, target, date, channel, disclosure and stance, the cue words that decided them, and its offsets
 * into the body (`quote === body.slice(start, end)`). See {@link extractArticle} for statements and events at once.
 *
 * Options: `codebook` (default: the codebook shipped with the library).
 *
 * @example
 * extractStatements(readArticle(path)).filter((s) => s.actor === "CN" && s.channel === "private");
 */
export function extractStatements(article: ArticleText, options: {codebook?: Codebook} = {}): Statement[] {
  return extractArticle(article, options).statements;
}
