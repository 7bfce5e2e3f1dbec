import type {Codebook, EventKind} from "./codebook.ts";
import type {DatePrecision, ResolvedDate} from "./dates.ts";
import {auxiliaries} from "./attribution.ts";
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
const prepositions = new Set([
  "of",
  "in",
  "at",
  "on",
  "against",
  "by",
  "with",
  "from",
  "into",
  "near",
  "over",
  "to",
  "during"
]);
const determiners = new Set(["the", "a", "an", "their", "its", "his", "her", "this", "that", "these", "those"]);
const leftModifiers = new Set([
  ...determiners,
  "recent",
  "latest",
  "first",
  "second",
  "third",
  "deadly",
  "terror",
  "terrorist",
  "suicide",
  "significant",
  "several",
  "twin",
  "joint",
  "comprehensive",
  "new",
  "last",
  "fresh",
  "brutal",
  "major",
  "failed"
]);
// Words that end a noun phrase when reading right: verbs and what introduces a clause.
const clauseWords = new Set([
  "which",
  "that",
  "who",
  "when",
  "where",
  "while",
  "as",
  "and",
  "but",
  "or",
  "because",
  "after",
  "before",
  "despite",
  "is",
  "are",
  "was",
  "were",
  "has",
  "have",
  "had",
  "will",
  "would",
  "could",
  "can",
  "may",
  "might",
  "must",
  "should",
  "did",
  "does",
  "do",
  "be",
  "been",
  "being",
  "not"
]);
// Kinds that outrank others when two cues name one stretch of text ("a statement on the terror attack").
const priority: Record<EventKind, number> = {
  un_action: 7,
  declaration: 6,
  summit: 5,
  attack: 4,
  military_operation: 3,
  meeting: 2,
  policy: 1,
  other: 0
};

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
  // "The summit, hosted by China, began …": a participle set off by a comma describes a noun; it is no event of its own.
  const acts = new Set(
    codebook.eventActs
      .findAll(view)
      .filter((m) => view.tokens[m.start - 1]?.lower !== "," || view.tokens[m.end]?.lower !== "by")
  );
  const matches = [...codebook.events.findAll(view), ...acts]
    .filter((m) => !view.quoted[m.start] || view.opensQuote[m.start])
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: {range: [number, number]; match: PatternMatch<EventKind>}[] = [];
  for (const match of matches) {
    const range = acts.has(match) ? actRange(view, match, codebook) : eventRange(view, match, codebook);
    const overlapping = spans.find((s) => s.range[0] < range[1] && range[0] < s.range[1]);
    if (!overlapping) spans.push({range, match});
    else if (priority[match.data] > priority[overlapping.match.data])
      Object.assign(overlapping, {
        range: [Math.min(range[0], overlapping.range[0]), Math.max(range[1], overlapping.range[1])],
        match
      });
    else overlapping.range = [Math.min(range[0], overlapping.range[0]), Math.max(range[1], overlapping.range[1])];
  }
  const events: Omit<ExtractedEvent, "event_id" | "doc_id">[] = [];
  for (const {range, match} of spans) {
    // "the attack", "a probe": a bare noun refers to an event named elsewhere, unless its clause dates it.
    const single = match.end - match.start === 1 && !view.tokens[match.start].capitalized;
    const bare =
      single &&
      range[1] === match.end &&
      (range[0] === match.start || (range[0] === match.start - 1 && determiners.has(view.tokens[range[0]].lower)));
    if (
      bare &&
      !codebook.verbs.has(view.tokens[match.start].lower) &&
      !view.resolved.some((d) => d && (d.precision === "day" || d.precision === "month"))
    )
      continue;
    const start = view.tokens[range[0]].start;
    const end = view.tokens[range[1] - 1].end;
    const span = body.slice(start, end);
    const violent = match.data === "attack" || match.data === "military_operation";
    const dates = eventDates(body, view, range, violent ? undefined : codebook);
    const fallback = dates.length
      ? []
      : [
          {
            date: {date: `${published.year}-${String(published.month).padStart(2, "0")}`, precision: "month" as const},
            cue: ""
          }
        ];
    for (const {date, cue} of dates.length ? dates : fallback) {
      events.push({
        start,
        end,
        span,
        date: date.date,
        date_precision: date.precision,
        kind: match.data,
        label: labelOf(span, codebook.verbs.has(view.tokens[range[0]].lower) ? subjectOf(view, range[0]) : ""),
        location: locationOf(body, view, range),
        actors: actorsOf(view, range, codebook).join(";"),
        kind_cue: textOf(body, view, match.start, match.end),
        date_cue: cue
      });
    }
  }
  return events;
}

/**
 * The event's words: the noun phrase of the cue ("the Pulwama terror attack", "their September 4 statement") and the
 * prepositional phrases that follow it ("of February 14 in Pulwama"), stopping at a verb or a clause. A verb cue ("blocked
 * India's proposal") starts at the verb: its subject is named in the label, not the span.
 */
function eventRange(
  view: SentenceView,
  match: PatternMatch<EventKind>,
  codebook: Codebook,
  verbal = codebook.verbs.has(view.tokens[match.start].lower)
): [number, number] {
  const {tokens} = view;
  let start = match.start;
  if (!verbal) {
    while (start > 0 && match.start - start < 6) {
      const previous = tokens[start - 1];
      const modifier =
        leftModifiers.has(previous.lower) ||
        view.dateAt[start - 1] !== -1 ||
        previous.kind === "number" ||
        previous.kind === "possessive" ||
        (previous.capitalized && !codebook.verbs.has(previous.lower) && !boundaries.has(previous.lower));
      if (!modifier || boundaries.has(previous.lower)) break;
      --start;
      if (determiners.has(previous.lower)) break;
    }
  }
  let end = match.end;
  while (end < tokens.length && end - match.end < 12) {
    const word = tokens[end].lower;
    if (view.dateAt[end] !== -1) {
      end = view.dates[view.dateAt[end]].end;
      continue;
    }
    if (boundaries.has(word) || clauseWords.has(word)) break;
    if (prepositions.has(word)) {
      const next = tokens[end + 1];
      if (!next || boundaries.has(next.lower) || clauseWords.has(next.lower)) break;
      ++end;
      continue;
    }
    // Right after a noun cue only a prepositional phrase continues the event ("attacks in Xinjiang"); a verb cue
    // takes its object ("blocked India's proposal"); inside a phrase, names, numbers and words that are not verbs.
    const token = tokens[end];
    const inPhrase =
      verbal || prepositions.has(tokens[end - 1].lower) || (end > match.end && insidePhrase(tokens, match.end, end));
    const nounish =
      token.kind === "number" ||
      token.kind === "possessive" ||
      determiners.has(word) ||
      (!codebook.verbs.has(word) && !clauseWords.has(word));
    if (!inPhrase || !nounish) break;
    ++end;
  }
  while (end > match.end && (prepositions.has(tokens[end - 1].lower) || determiners.has(tokens[end - 1].lower))) --end;
  return [start, end];
}

/**
 * The words of an event told by a clause: from the subject the clause opens on (at most seven words back, not past a
 * comma or a word that opens another clause) to the end of the verb's object.
 */
function actRange(view: SentenceView, match: PatternMatch<EventKind>, codebook: Codebook): [number, number] {
  const {tokens} = view;
  let start = match.start;
  while (start > 0 && match.start - start < 7) {
    const previous = tokens[start - 1];
    if (view.dateAt[start - 1] !== -1) {
      start = view.dates[view.dateAt[start - 1]].start;
      continue;
    }
    // Auxiliaries belong to the verb of an act ("was put on hold", "had blocked").
    if (boundaries.has(previous.lower) || (clauseWords.has(previous.lower) && !auxiliaries.has(previous.lower))) break;
    --start;
  }
  const [, end] = eventRange(view, {...match, start: match.end - 1}, codebook, true);
  return [start, Math.max(end, match.end)];
}

/** The longest run of dates joined only by commas and "and"/"or" ("in 2009, 2016 and 2017"). */
function datesInList<T extends {start: number}>(view: SentenceView, dates: T[]): T[] {
  let best: T[] = [];
  let run: T[] = [];
  for (const date of dates) {
    const last = run[run.length - 1];
    const joined =
      last &&
      view.tokens
        .slice(view.dates[view.dateAt[last.start]].end, date.start)
        .every((t) => t.lower === "," || t.lower === "and" || t.lower === "or" || t.lower === "in");
    run = joined ? [...run, date] : [date];
    if (run.length > best.length) best = run;
  }
  return best;
}

/** True when a preposition opened a phrase after the cue that is still going on at `end`. */
function insidePhrase(tokens: SentenceView["tokens"], from: number, end: number): boolean {
  for (let k = end - 1; k >= from; --k) if (prepositions.has(tokens[k].lower)) return true;
  return false;
}

/** The subject of a verb cue, as the codebook names it ("CHINA ON Friday blocked ..." → "China"). */
function subjectOf(view: SentenceView, at: number): string {
  for (let k = at - 1; k >= 0 && at - k < 8; --k) {
    const word = view.tokens[k].lower;
    if (boundaries.has(word)) break;
    const mention = view.mentions[k];
    if (mention && (mention.entity.kind === "state" || mention.entity.kind === "body")) return mention.entity.name;
  }
  return "";
}

/**
 * Whether a date expression names the day of an attack or a raid told in the sentence ("the attack on September
 * 18", "the 2 May raid"), so that it dates nothing else. Options: `throughPlace` (default false), also a date after
 * the attack's place ("condemned the attack on the Dasu project in July"), for statements, whose own date is seldom
 * told there.
 *
 * @example
 * datesAttack(view, codebook, view.dates[0]); // true for "after the Uri attack on September 18"
 */
export function datesAttack(
  view: SentenceView,
  codebook: Codebook,
  expression: {start: number; end: number},
  {throughPlace = false} = {}
): boolean {
  for (const match of codebook.events.findAll(view)) {
    if (match.data !== "attack" && match.data !== "military_operation") continue;
    const after = ["on", "of", "in"].includes(view.tokens[match.end]?.lower ?? "") ? match.end + 1 : match.end;
    if (after === expression.start) return true;
    if (throughPlace && after > match.end && expression.start > after && expression.start - after <= 6) {
      let k = after;
      while (k < expression.start && isPlaceWord(view, k, codebook)) ++k;
      if (k === expression.start) return true;
    }
    let k = expression.end;
    while (k < match.start && view.tokens[k].capitalized) ++k;
    if (k === match.start && k - expression.end < 3) return true;
  }
  return false;
}

const placeBreaks = new Set(["and", "or", "but", "that", "which", "who", "after", "before", "when", "while", "since"]);

/** A word that can belong to the name of a place: no punctuation, no verb, no word that opens a clause. */
function isPlaceWord(view: SentenceView, k: number, codebook: Codebook): boolean {
  const token = view.tokens[k];
  return token.kind === "word" && !placeBreaks.has(token.lower) && !codebook.verbs.has(token.lower);
}

/**
 * The event's dates: those of its clause. A clause that counts acts ("twice — in May and November") gives them all;
 * otherwise the date in or right next to the event's words, else the most precise date of the clause.
 */

function eventDates(
  body: string,
  view: SentenceView,
  [from, to]: [number, number],
  codebook?: Codebook
): {date: ResolvedDate; cue: string}[] {
  let clauseStart = 0;
  let clauseEnd = view.tokens.length;
  for (let k = from - 1; k >= 0; --k) if (view.tokens[k].lower === ";") ((clauseStart = k + 1), (k = -1));
  for (let k = to; k < clauseEnd; ++k) if (view.tokens[k].lower === ";") clauseEnd = k;
  const inClause: {date: ResolvedDate; cue: string; start: number; vague: boolean}[] = [];
  view.dates.forEach((expression, d) => {
    const date = view.resolved[d];
    if (
      !date ||
      !date.precision ||
      view.quoted[expression.start] ||
      expression.start < clauseStart ||
      expression.end > clauseEnd ||
      // "the meeting … after the attack on September 18": the attack's day, not the meeting's.
      (codebook && datesAttack(view, codebook, expression))
    )
      return;
    inClause.push({
      date,
      cue: textOf(body, view, expression.start, expression.end),
      start: expression.start,
      vague: expression.type === "recent"
    });
  });
  const counted = view.tokens.slice(clauseStart, clauseEnd).some((t) => t.lower === "twice" || t.lower === "thrice");
  if (counted && inClause.length > 1) return inClause;
  // "vetoed such moves in 2010, 2013 and 2015": dates listed one after another are one act each.
  const listed = datesInList(view, inClause);
  if (listed.length > 1 && listed.some((d) => d.start >= from && d.start < to + 3)) return listed;
  const rank = {day: 3, month: 2, year: 1, "": 0} as const;
  const best = (list: typeof inClause) =>
    [...list].sort((a, b) => rank[b.date.precision] - rank[a.date.precision] || a.start - b.start).slice(0, 1);
  // "a recent summit ... this week": "recent" only says the year; a firmer date in the clause says more.
  const inside = inClause.filter(
    (d) => d.start >= from && d.start < to && !(d.vague && inClause.some((o) => !o.vague))
  );
  if (inside.length) return best(inside);
  const near = inClause.filter((d) => d.start >= from - 3 && d.start < to + 2);
  if (near.some((d) => d.date.precision !== "year")) return best(near);
  return best(inClause);
}

/** A short label: the event's words without a leading article, capitalized, after the subject of a verb cue. */
function labelOf(span: string, subject: string): string {
  let text = span
    .replace(/\s+/g, " ")
    .replace(/^(?:the|a|an|in|on|at)\s+/i, "")
    .trim();
  // A run of capitals ("CHINA ON Friday") is a headline style, not acronyms: it reads as words.
  text = text.replace(/\b\p{Lu}{2,}(?:\s+\p{Lu}{2,})+\b/gu, (run) =>
    run.replace(/\p{Lu}+/gu, (word) => word.charAt(0) + word.slice(1).toLowerCase())
  );
  if (subject) text = `${subject} ${text}`;
  const short = text.length > 80 ? text.slice(0, 77).replace(/\s+\S*$/, "") + "…" : text;
  return short.charAt(0).toUpperCase() + short.slice(1);
}

/** The place: a name after "in" or "at" ("in Quetta", "in the Chinese city of Kashgar"), else a named state. */
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
    else if (
      entity.code &&
      (entity.kind === "state" || entity.kind === "body" || entity.kind === "person" || entity.kind === "office")
    )
      actors.add(entity.code);
  }
  return [...actors];
}

function shortName(codebook: Codebook, name: string): string {
  const group = codebook.data.groups.find((g) => g.name === name);
  const acronym = group?.aliases.find((alias) => /^[A-Z][A-Za-z]{1,4}$/.test(alias) && /[A-Z].*[A-Z]/.test(alias));
  return acronym ?? name;
}
