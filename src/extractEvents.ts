import type {ArticleText} from "./article.ts";
import type {Codebook} from "./codebook.ts";
import {extractArticle} from "./extractArticle.ts";
import type {ExtractedEvent} from "./eventsOfSentence.ts";

export type {ExtractedEvent} from "./eventsOfSentence.ts";

/**
 * Extracts the events of an article: attacks, summits, declarations, UN actions, meetings, military operations,
 * policies and other dated happenings, with kind, date, place, actors, the cues that decided them and offsets into
 * the body. See {@link extractArticle} for statements and events at once.
 *
 * Options: `codebook` (default: the codebook shipped with the library).
 *
 * @example
 * extractEvents(readArticle(path)).map((e) => [e.date, e.kind, e.label]);
 */
export function extractEvents(article: ArticleText, options: {codebook?: Codebook} = {}): ExtractedEvent[] {
  return extractArticle(article, options).events;
}
