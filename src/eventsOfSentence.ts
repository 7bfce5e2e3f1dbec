import type {Codebook, EventKind} from "./codebook.ts";
import type {DatePrecision, ResolvedDate} from "./dates.ts";
import type {PatternMatch} from "./patterns.ts";
import {textOf, type SentenceView} from "./SentenceView.ts";

/** An event row: something that happened at a time, which statements react to. */
export interface ExtractedEvent {
  event_id: string;
  doc_id: string;
  start: number;
  end: number;
  span: string;
  date: string;
  date_precision: DatePrecision;
  kind: EventKind;
  label: string;
  location: string;
  actors: string;
  kind_cue: string;
  date_cue: string;
}

const boundaries = new Set([",", ";", ":", ".", "!", "?", "—", "–", "(", ")"]);
const connectors = new Set(["of", "in", "at", "on", "to", "against", "by", "with", "from", "into", "near"]);
const leftModifiers = new Set(["the", "a", "an", "their", "its", "his", "her", "recent", "latest", "first", "second", "deadly", "terror", "terrorist", "suicide", "significant", "several", "twin", "joint", "comprehensive"]);
// Kinds that outrank others when two cues name one stretch of text ("a statement on the terror attack").
const priority: Record<EventKind, number> = {un_action: 7, declaration: 6, summit: 5, attack: 4, military_operation: 3, meeting: 2, policy: 1, other: 0};

/**
 * The events a sentence names: attacks, summits, declarations, UN actions, meetings, military operations, policies
 * and other dated happenings, each with its kind (and the cue that decided it), date and precision (chained like
 * statement dates), place, actors and offsets into the body. A clause that counts several dates of one kind ("twice —
 * in April and October") gives one event per date. Rows come without ids; `extractArticle` assigns them.
 *
 * @example
 * eventsOfSentence(body, view, codebook, {year: 2016, month: 12});
 */
export function eventsOfSentence(
  body: string,
  view: SentenceView,
  codebook: Codebook,
  published: {year: number; month: number}
): Omit<ExtractedEvent, "event_id" | "doc_id">[] {
  const matches = codebook.events
    .findAll(view)
    .filter((m) => !view.quoted[m.start] || view.opensQuote[m.start])
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: {range: [number, number]; match: PatternMatch<EventKind>}[] = [];
  for (const match of matches) {
    const range = eventRange(view, match);
    const overlapping = spans.find((s) => s.range[0] < range[1] && range[0] < s.range[1]);
    if (!overlapping) spans.push({range, match});
    else if (priority[match.data] > priority[overlapping.match.data]) Object.assign(overlapping, {range: [Math.min(range[0], overlapping.range[0]), Math.max(range[1], overlapping.range[1])], match});
    else overlapping.range = [Math.min(range[0], overlapping.range[0]), Math.max(range[1], overlapping.range[1])];
  }
  const events: Omit<ExtractedEvent, "event_id" | "doc_id">[] = [];
  for (const {range, match} of spans) {
    const start = view.tokens[range[0]].start;
    const end = view.tokens[range[1] - 1].end;
    const span = body.slice(start, end);
    const dates = eventDates(body, view, range);
    const fallback = dates.length ? [] : [{date: {date: `${published.year}-${String(published.month).padStart(2, "0")}`, precision: "month" as const}, cue: ""}];
    for (const {date, cue} of dates.length ? dates : fallback) {
      events.push({
        start,
        end,
        span,
        date: date.date,
        date_precision: date.precision,
        kind: match.data,
        label: labelOf(span),
        location: locationOf(body, view, range),
        actors: actorsOf(view, range, codebook).join(";"),
        kind_cue: textOf(body, view, match.start, match.end),
        date_cue: cue
      });
    }
  }
  return events;
}

/** The event's words: the noun phrase around the cue and what follows it up to the clause's end, within limits. */
function eventRange(view: SentenceView, match: PatternMatch<EventKind>): [number, number] {
  let start = match.start;
  while (start > 0 && (leftModifiers.has(view.tokens[start - 1].lower) || view.dateAt[start - 1] !== -1 || view.tokens[start - 1].capitalized) && !boundaries.has(view.tokens[start - 1].lower) && match.start - start < 5) --start;
  let end = match.end;
  while (end < view.tokens.length && end - match.end < 10) {
    const word = view.tokens[end].lower;
    if (boundaries.has(word) && view.dateAt[end] === -1) break;
    if (word === "and" || word === "but" || word === "which" || word === "that" || word === "as" || word === "despite") break;
    ++end;
  }
  // Stop after the last connector's object rather than on a dangling preposition.
  while (end > match.end && connectors.has(view.tokens[end - 1].lower)) --end;
  return [start, end];
}

/** Dates in or right after the event's words; a clause counting several dates gives them all. */
function eventDates(body: string, view: SentenceView, [from, to]: [number, number]): {date: ResolvedDate; cue: string}[] {
  const found: {date: ResolvedDate; cue: string}[] = [];
  view.dates.forEach((expression, d) => {
    const date = view.resolved[d];
    if (!date || !date.precision || expression.end <= from - 3 || expression.start >= to + 2) return;
    found.push({date, cue: textOf(body, view, expression.start, expression.end)});
  });
  if (found.length > 1 && !view.tokens.slice(from, to).some((t) => t.lower === "twice" || t.lower === "and")) return found.slice(0, 1);
  if (!found.length) {
    view.dates.forEach((expression, d) => {
      const date = view.resolved[d];
      if (date && date.precision && !view.quoted[expression.start] && !found.length) found.push({date, cue: textOf(body, view, expression.start, expression.end)});
    });
  }
  return found;
}

function labelOf(span: string): string {
  const text = span.replace(/\s+/g, " ").replace(/^(?:the|a|an|in|on|at)\s+/i, "").trim();
  const short = text.length > 80 ? text.slice(0, 77).replace(/\s+\S*$/, "") + "…" : text;
  return short.charAt(0).toUpperCase() + short.slice(1);
}

/** The place: a name after "in" or "at" ("in Pulwama", "in the Chinese city of Xiamen"), else a named state. */
function locationOf(body: string, view: SentenceView, [from, to]: [number, number]): string {
  for (let k = from; k < to - 1; ++k) {
    if (view.tokens[k].lower !== "in" && view.tokens[k].lower !== "at") continue;
    let m = k + 1;
    if (view.tokens[m]?.lower === "the") ++m;
    while (m < to && !view.tokens[m].capitalized && m - k < 5 && view.tokens[m].kind === "word") ++m;
    const first = m;
    while (m < to && view.tokens[m].capitalized && view.dateAt[m] === -1) ++m;
    if (m > first) return textOf(body, view, first, m);
  }
  return "";
}

function actorsOf(view: SentenceView, [from, to]: [number, number], codebook: Codebook): string[] {
  const actors = new Set<string>();
  for (let k = from; k < to; ++k) {
    const mention = view.mentions[k];
    if (!mention || mention.start !== k) continue;
    const {entity} = mention;
    if (entity.kind === "group") actors.add(shortName(codebook, entity.name));
    else if (entity.code && (entity.kind === "state" || entity.kind === "body" || entity.kind === "person" || entity.kind === "office")) actors.add(entity.code);
  }
  return [...actors];
}

function shortName(codebook: Codebook, name: string): string {
  const group = codebook.data.groups.find((g) => g.name === name);
  const acronym = group?.aliases.find((alias) => /^[A-Z][A-Za-z]{1,4}$/.test(alias) && /[A-Z].*[A-Z]/.test(alias));
  return acronym ?? name;
}
