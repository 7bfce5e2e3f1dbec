import type {ArticleText} from "./article.ts";
import {loadCodebook, type Codebook} from "./codebook.ts";
import {parsePublicationDate, resolveSequence, type ResolvedDate} from "./dates.ts";
import {eventsOfSentence, type ExtractedEvent} from "./eventsOfSentence.ts";
import {isFurniture} from "./furniture.ts";
import {stableIds} from "./ids.ts";
import {segment} from "./segment.ts";
import {viewSentence} from "./SentenceView.ts";
import {StatementCoder, type Statement} from "./StatementCoder.ts";

/**
 * Extracts the statements and the events of an article in one pass over its sentences: segmentation, the view of each
 * sentence (names, dates chained from the sentence before), then statements and events from the same view. Both come
 * with their document id and UTF-16 offsets into the body. Deterministic; time linear in the length of the body.
 *
 * Options: `codebook` (default: the codebook shipped with the library).
 *
 * @example
 * const {statements, events} = extractArticle(readArticle("corpus/articles/x.md"));
 */
export function extractArticle(
  article: ArticleText,
  {codebook = loadCodebook()}: {codebook?: Codebook} = {}
): {statements: Statement[]; events: ExtractedEvent[]} {
  const {body} = article;
  const published = parsePublicationDate(article.published);
  const coder = new StatementCoder(article, codebook);
  const events: Omit<ExtractedEvent, "event_id">[] = [];
  coder.followEvents(events);
  let anchor: ResolvedDate | undefined;
  let dayAnchor: ResolvedDate | undefined;
  let anchorParagraph = -1;
  for (const sentence of segment(body, {isFurniture: (text) => isFurniture(text, codebook)}).sentences) {
    if (sentence.furniture) continue;
    const view = viewSentence(sentence, codebook, coder.people);
    const sequence = resolveSequence(view.dates, {
      published,
      anchor,
      dayAnchor,
      sameParagraph: anchorParagraph === sentence.paragraph,
      quoted: (e) => view.quoted[e.start]
    });
    view.resolved = sequence.dates;
    if (sequence.anchor !== anchor) anchorParagraph = sentence.paragraph;
    anchor = sequence.anchor;
    dayAnchor = sequence.dayAnchor;
    coder.addSentence(view);
    for (const event of eventsOfSentence(body, view, codebook, published)) events.push({...event, doc_id: article.id});
  }
  const ids = stableIds(events, {prefix: `${article.id}-e`, key: (e) => [e.span]});
  return {statements: coder.finish(), events: events.map((event, k) => ({event_id: ids[k], ...event}))};
}
