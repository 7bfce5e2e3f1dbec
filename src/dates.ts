// Subpath imports: loading all of date-fns costs every loader process 0.4 s at start-up.
import {addDays} from "date-fns/addDays";
import {addMonths} from "date-fns/addMonths";
import {differenceInCalendarDays} from "date-fns/differenceInCalendarDays";
import {getDay} from "date-fns/getDay";
import {isValid} from "date-fns/isValid";
import {subDays} from "date-fns/subDays";
import type {Token} from "./tokenize.ts";

/** How precisely a date is known. An empty precision goes with an empty date: the text gives no anchor. */
export type DatePrecision = "day" | "month" | "year" | "";

/** A resolved date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` with its precision, or both empty. */
export interface ResolvedDate {
  date: string;
  precision: DatePrecision;
}

/** A publication date as the corpus gives it: always a year and month, a day when known. */
export interface PublicationDate {
  year: number;
  month: number;
  day?: number;
}

/**
 * A temporal expression found in a sentence, with the token indices `[start, end)` it covers and what it means.
 * `absolute` dates name their parts; `relative` ones count from the publication date ("last month"); `chained` ones
 * count from the date just mentioned ("a day earlier"), and `countsDays` when they count in days from a day ("the
 * same day", "a day later"; not "at the time", nor "the day after the attack", which counts from an event);
 * `vague` ones say the act has no single date ("over the years").
 */
export type DateExpression = {start: number; end: number} & (
  | {type: "absolute"; year?: number; month?: number; day?: number; yearOffset?: number}
  | {type: "weekday"; weekday: number; direction: -1 | 1}
  | {type: "relative"; unit: "day" | "week" | "month" | "year"; offset: number; precision?: DatePrecision}
  | {type: "recent"; precision: DatePrecision}
  | {type: "chained"; unit: "day" | "week" | "month" | "year"; offset: number; countsDays?: boolean}
  | {type: "vague"; runsToPublication: boolean}
);

const months = new Map<string, number>([
  ["january", 1],
  ["jan", 1],
  ["february", 2],
  ["feb", 2],
  ["march", 3],
  ["mar", 3],
  ["april", 4],
  ["apr", 4],
  ["may", 5],
  ["june", 6],
  ["jun", 6],
  ["july", 7],
  ["jul", 7],
  ["august", 8],
  ["aug", 8],
  ["september", 9],
  ["sept", 9],
  ["sep", 9],
  ["october", 10],
  ["oct", 10],
  ["november", 11],
  ["nov", 11],
  ["december", 12],
  ["dec", 12]
]);
const weekdays = new Map<string, number>([
  ["sunday", 0],
  ["monday", 1],
  ["tuesday", 2],
  ["wednesday", 3],
  ["thursday", 4],
  ["friday", 5],
  ["saturday", 6]
]);
const units = new Map<string, "day" | "week" | "month" | "year">([
  ["day", "day"],
  ["days", "day"],
  ["week", "week"],
  ["weeks", "week"],
  ["month", "month"],
  ["months", "month"],
  ["year", "year"],
  ["years", "year"]
]);
const numberWords = new Map<string, number>([
  ["a", 1],
  ["an", 1],
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["several", NaN],
  ["few", NaN]
]);
// Words that let an ambiguous month name (May, March) be a month: "in May", "last March", "May 5".
const monthContext = new Set([
  "in",
  "of",
  "since",
  "last",
  "this",
  "next",
  "early",
  "late",
  "mid",
  "until",
  "till",
  "by",
  "from",
  "during",
  "between",
  "an",
  "and"
]);
const yearContext = new Set([
  "in",
  "since",
  "of",
  "by",
  "until",
  "till",
  "the",
  "early",
  "late",
  "mid",
  "from",
  "during",
  "between",
  "before",
  "after",
  "and",
  "year",
  "around",
  "circa",
  "'s"
]);

// Every word that can begin an expression readExpression knows.
const startWords = new Set([
  ...months.keys(),
  ...weekdays.keys(),
  ...numberWords.keys(),
  ...[
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "recent",
    "recently",
    "currently",
    "now",
    "last",
    "this",
    "next",
    "past",
    "over",
    "for",
    "in",
    "the",
    "that",
    "at",
    "start",
    "beginning",
    "middle",
    "end"
  ]
]);

/**
 * Finds the temporal expressions among tokens, left to right, without overlaps. Linear in the number of tokens.
 *
 * @example
 * findDateExpressions(tokenize("A day earlier, on August 23, ...")); // [{type: "chained", ...}, {type: "absolute", ...}]
 */
export function findDateExpressions(tokens: Token[]): DateExpression[] {
  const found: DateExpression[] = [];
  const word = (i: number) => (i >= 0 && i < tokens.length ? tokens[i].lower : "");
  const skipComma = (i: number) => (word(i) === "," ? i + 1 : i);
  for (let i = 0; i < tokens.length;) {
    // Most words cannot start a date expression; one set lookup skips them.
    if (tokens[i].kind !== "number" && !startWords.has(tokens[i].lower)) {
      ++i;
      continue;
    }
    const expression = readExpression(tokens, i, word, skipComma);
    if (expression) {
      found.push(expression);
      i = expression.end;
    } else {
      ++i;
    }
  }
  return found;
}

function readExpression(
  tokens: Token[],
  i: number,
  word: (i: number) => string,
  skipComma: (i: number) => number
): DateExpression | undefined {
  const w = word(i);
  const month = months.get(w);
  if (month !== undefined && isMonthName(tokens, i, word)) {
    const dayAfter = dayNumber(tokens[i + 1]);
    if (dayAfter !== undefined) {
      const y = skipComma(i + 2);
      const year = yearNumber(tokens[y]);
      if (year !== undefined) return {type: "absolute", start: i, end: y + 1, year, month, day: dayAfter};
      return withYearWords({type: "absolute", start: i, end: i + 2, month, day: dayAfter}, word);
    }
    const y = skipComma(i + 1);
    const year = yearNumber(tokens[y]);
    if (year !== undefined) return {type: "absolute", start: i, end: y + 1, year, month};
    return withYearWords({type: "absolute", start: i, end: i + 1, month}, word);
  }
  const day = dayNumber(tokens[i]);
  if (day !== undefined && months.has(word(i + 1)) && isMonthName(tokens, i + 1, word)) {
    const y = skipComma(i + 2);
    const year = yearNumber(tokens[y]);
    if (year !== undefined) return {type: "absolute", start: i, end: y + 1, year, month: months.get(word(i + 1)), day};
    return withYearWords({type: "absolute", start: i, end: i + 2, month: months.get(word(i + 1)), day}, word);
  }
  const year = yearNumber(tokens[i]);
  if (
    year !== undefined &&
    (yearContext.has(word(i - 1)) ||
      i === 0 ||
      !/^(?:per|percent|people|soldiers|troops|crore|million|billion)$/.test(word(i + 1)))
  ) {
    if (word(i + 1) === "s" || tokens[i].text.endsWith("s"))
      return {type: "vague", start: i, end: i + 1, runsToPublication: false};
    return {type: "absolute", start: i, end: i + 1, year};
  }
  const weekday = weekdays.get(w);
  if (weekday !== undefined && tokens[i].capitalized) {
    const start = ["on", "last", "this", "next", "late", "early"].includes(word(i - 1)) ? i - 1 : i;
    return {type: "weekday", start, end: i + 1, weekday, direction: word(i - 1) === "next" ? 1 : -1};
  }
  switch (w) {
    case "today":
    case "tonight":
      return {type: "relative", start: i, end: i + 1, unit: "day", offset: 0};
    case "yesterday":
      return {type: "relative", start: i, end: i + 1, unit: "day", offset: -1};
    case "tomorrow":
      return {type: "relative", start: i, end: i + 1, unit: "day", offset: 1};
    case "recent":
    case "recently":
      return {type: "recent", start: i, end: i + 1, precision: "year"};
    case "currently":
    case "now":
      return {type: "recent", start: i, end: i + 1, precision: "month"};
    case "last":
    case "this":
    case "next":
    case "past": {
      const unit = units.get(word(i + 1));
      if (unit && !word(i + 1).endsWith("s")) {
        const offset = w === "last" || w === "past" ? -1 : w === "next" ? 1 : 0;
        return {
          type: "relative",
          start: w === "this" && ["earlier", "later"].includes(word(i - 1)) ? i - 1 : i,
          end: i + 2,
          unit,
          offset
        };
      }
      if (w === "past" || w === "last") {
        const n = numberWords.get(word(i + 1)) ?? Number(word(i + 1));
        if (!Number.isNaN(n) && units.has(word(i + 2)))
          return {type: "vague", start: i - (word(i - 1) === "the" ? 1 : 0), end: i + 3, runsToPublication: true};
      }
      return undefined;
    }
    case "start":
    case "beginning":
    case "middle":
    case "end": {
      // "in the middle of the month", "by the end of this year": the month or the year it is in.
      const unit = units.get(word(i + 3));
      if (word(i + 1) !== "of" || !["the", "this"].includes(word(i + 2)) || !unit || word(i + 3).endsWith("s"))
        return undefined;
      if (unit !== "month" && unit !== "year") return undefined;
      const start =
        word(i - 1) !== "the" ? i : ["at", "by", "in", "since", "until"].includes(word(i - 2)) ? i - 2 : i - 1;
      return {type: "relative", start, end: i + 4, unit, offset: 0};
    }
    case "over":
    case "for":
    case "in": {
      // over the years, for years, for some time, for decades, in recent years, in the past
      const next = word(i + 1);
      if (w !== "in" && (next === "years" || next === "decades" || next === "months"))
        return {type: "vague", start: i, end: i + 2, runsToPublication: false};
      if (next === "the" && (word(i + 2) === "years" || word(i + 2) === "decades"))
        return {type: "vague", start: i, end: i + 3, runsToPublication: false};
      if (w === "for" && next === "some" && word(i + 2) === "time")
        return {type: "vague", start: i, end: i + 3, runsToPublication: true};
      if (w === "for" && next === "a" && word(i + 2) === "long" && word(i + 3) === "time")
        return {type: "vague", start: i, end: i + 4, runsToPublication: true};
      if (w === "in" && next === "recent" && (word(i + 2) === "years" || word(i + 2) === "months"))
        return {type: "vague", start: i, end: i + 3, runsToPublication: true};
      if (w === "in" && next === "the" && word(i + 2) === "past" && !units.has(word(i + 3)))
        return {type: "vague", start: i, end: i + 3, runsToPublication: false};
      return undefined;
    }
    case "at":
      // "at the time": the time just mentioned ("at the time of the attack" names its own).
      if (word(i + 1) === "the" && word(i + 2) === "time" && word(i + 3) !== "of")
        return {type: "chained", start: i, end: i + 3, unit: "day", offset: 0};
      return undefined;
    case "that": {
      // that same week, that day: the unit of the date just mentioned
      const same = word(i + 1) === "same";
      const unitWord = word(same ? i + 2 : i + 1);
      const unit = units.get(unitWord);
      // "that weeks of talks": a plural is not the unit of a date.
      if (unit && !unitWord.endsWith("s"))
        return {type: "chained", start: i, end: same ? i + 3 : i + 2, unit, offset: 0, countsDays: unit === "day"};
      return undefined;
    }
    case "the": {
      // the day before, the previous day, the next day, the following week, the same day
      const next = word(i + 1);
      const unit = units.get(word(i + 2));
      const countsDays = unit === "day";
      if (unit && (next === "previous" || next === "preceding"))
        return {type: "chained", start: i, end: i + 3, unit, offset: -1, countsDays};
      if (unit && (next === "next" || next === "following"))
        return {type: "chained", start: i, end: i + 3, unit, offset: 1, countsDays};
      if (unit && next === "same") return {type: "chained", start: i, end: i + 3, unit, offset: 0, countsDays};
      const single = units.get(next);
      // "the day before, …" counts from the date just told; "the day before the vote" from what it names.
      const fromDate = single === "day" && (!endsRelation(word(i + 2)) || !isWord(tokens[i + 3]));
      if (single && (word(i + 2) === "before" || word(i + 2) === "earlier"))
        return {type: "chained", start: i, end: i + 3, unit: single, offset: -1, countsDays: fromDate};
      if (single && (word(i + 2) === "after" || word(i + 2) === "later"))
        return {type: "chained", start: i, end: i + 3, unit: single, offset: 1, countsDays: fromDate};
      return undefined;
    }
  }
  // "a day earlier", "two weeks later", "three years ago"
  const n = numberWords.get(w) ?? (tokens[i].kind === "number" && /^\d{1,3}$/.test(w) ? Number(w) : undefined);
  const unit = units.get(word(i + 1));
  if (n !== undefined && unit) {
    const after = word(i + 2);
    const count = Number.isNaN(n) ? undefined : n;
    if (after === "ago") {
      return count === undefined
        ? {type: "relative", start: i, end: i + 3, unit, offset: -1, precision: coarser(unit)}
        : {type: "relative", start: i, end: i + 3, unit, offset: -count};
    }
    const countsDays = unit === "day" && (!endsRelation(after) || !isWord(tokens[i + 3]));
    if ((after === "earlier" || after === "before") && count !== undefined)
      return {type: "chained", start: i, end: i + 3, unit, offset: -count, countsDays};
    if ((after === "later" || after === "after") && count !== undefined)
      return {type: "chained", start: i, end: i + 3, unit, offset: count, countsDays};
  }
  return undefined;
}

function coarser(unit: "day" | "week" | "month" | "year"): DatePrecision {
  return unit === "year" ? "year" : unit === "month" ? "year" : "month";
}

/** "January this year", "October last year": the words after a month that settle its year. */
function withYearWords(expression: DateExpression & {type: "absolute"}, word: (i: number) => string): DateExpression {
  const a = word(expression.end);
  const b = word(expression.end + 1);
  if ((a === "this" || a === "last" || a === "next") && b === "year") {
    return {...expression, end: expression.end + 2, yearOffset: a === "this" ? 0 : a === "last" ? -1 : 1};
  }
  return expression;
}

function isMonthName(tokens: Token[], i: number, word: (i: number) => string): boolean {
  const token = tokens[i];
  if (!token.capitalized) return false;
  if (token.lower === "may" || token.lower === "march") {
    // The modal "may" and the verb "march" are far more common than the months without a number or a preposition.
    return (
      monthContext.has(word(i - 1)) ||
      dayNumber(tokens[i + 1]) !== undefined ||
      dayNumber(tokens[i - 1]) !== undefined ||
      yearNumber(tokens[i + 1]) !== undefined
    );
  }
  if (token.text.length <= 4 && token.lower !== "june" && token.lower !== "july") {
    // Abbreviations (Aug, Sept) only next to a number.
    return (
      dayNumber(tokens[i + 1]) !== undefined ||
      dayNumber(tokens[i - 1]) !== undefined ||
      yearNumber(tokens[i + 1]) !== undefined
    );
  }
  return true;
}

function dayNumber(token: Token | undefined): number | undefined {
  if (!token || token.kind !== "number") return undefined;
  const match = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(token.lower);
  if (!match) return undefined;
  const day = Number(match[1]);
  return day >= 1 && day <= 31 ? day : undefined;
}

function yearNumber(token: Token | undefined): number | undefined {
  if (!token || token.kind !== "number") return undefined;
  const match = /^((?:19|20)\d{2})s?$/.exec(token.lower);
  return match ? Number(match[1]) : undefined;
}

/**
 * Parses a corpus publication date, `YYYY-MM-DD` or `YYYY-MM`.
 *
 * @example
 * parsePublicationDate("2017-09-07"); // {year: 2017, month: 9, day: 7}
 */
export function parsePublicationDate(published: string): PublicationDate {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(published);
  if (!match) throw new Error(`invalid published: ${published}`);
  return {year: Number(match[1]), month: Number(match[2]), ...(match[3] ? {day: Number(match[3])} : {})};
}

/** The publication date as a resolved date with its own precision. */
export function publicationAsDate(published: PublicationDate): ResolvedDate {
  return published.day === undefined
    ? {date: monthString(published.year, published.month), precision: "month"}
    : {date: dayString(new Date(published.year, published.month - 1, published.day)), precision: "day"};
}

/** "after", "before": words that relate a time to what follows them. */
function endsRelation(word: string): boolean {
  return word === "after" || word === "before";
}

function isWord(token: Token | undefined): boolean {
  return token?.kind === "word" || token?.kind === "number";
}

/**
 * Resolves a date expression as the coding guide says: relative dates against the publication date, chained ones
 * against the date just mentioned (`anchor`), a month or day without a year to the year the passage is telling
 * (`narrativeYear`, when before publication: "in 2016 … in March") or else to its most recent occurrence not after
 * publication, and a coarser precision wherever the text does not settle the finer one. Returns undefined for an
 * expression that gives no date (a vague one, or a chain without an anchor).
 *
 * @example
 * const [october] = findDateExpressions(tokenize("in an October meeting"));
 * resolveDate(october, {published: {year: 2017, month: 9, day: 7}}); // {date: "2016-10", precision: "month"}
 */
export function resolveDate(
  expression: DateExpression,
  {published, anchor, narrativeYear}: {published: PublicationDate; anchor?: ResolvedDate; narrativeYear?: number}
): ResolvedDate | undefined {
  const pub = published.day === undefined ? undefined : new Date(published.year, published.month - 1, published.day);
  switch (expression.type) {
    case "absolute": {
      const {month, day} = expression;
      let year = expression.year;
      if (year === undefined && month !== undefined) {
        if (expression.yearOffset !== undefined) year = published.year + expression.yearOffset;
        else if (narrativeYear !== undefined && narrativeYear < published.year) year = narrativeYear;
        else {
          const after =
            month > published.month ||
            (month === published.month && day !== undefined && published.day !== undefined && day > published.day);
          year = after ? published.year - 1 : published.year;
        }
      }
      if (year === undefined) return undefined;
      if (month === undefined) return {date: String(year), precision: "year"};
      if (day === undefined) return {date: monthString(year, month), precision: "month"};
      const date = new Date(year, month - 1, day);
      if (!isValid(date) || date.getMonth() !== month - 1) return {date: monthString(year, month), precision: "month"};
      return {date: dayString(date), precision: "day"};
    }
    case "weekday": {
      if (!pub) return {date: monthString(published.year, published.month), precision: "month"};
      const delta =
        expression.direction === -1
          ? -((getDay(pub) - expression.weekday + 7) % 7)
          : (expression.weekday - getDay(pub) + 7) % 7 || 7;
      return {date: dayString(addDays(pub, delta)), precision: "day"};
    }
    case "relative": {
      const base = pub ?? new Date(published.year, published.month - 1, 15);
      if (expression.unit === "year") return {date: String(published.year + expression.offset), precision: "year"};
      if (expression.unit === "month") {
        const date = addMonths(new Date(published.year, published.month - 1, 1), expression.offset);
        return expression.precision === "year"
          ? {date: String(date.getFullYear()), precision: "year"}
          : {date: monthString(date.getFullYear(), date.getMonth() + 1), precision: "month"};
      }
      const days = expression.unit === "week" ? 7 * expression.offset : expression.offset;
      const date = addDays(base, days);
      if (expression.unit === "day" && pub && expression.precision === undefined)
        return {date: dayString(date), precision: "day"};
      return expression.precision === "year"
        ? {date: String(date.getFullYear()), precision: "year"}
        : {date: monthString(date.getFullYear(), date.getMonth() + 1), precision: "month"};
    }
    case "recent":
      return expression.precision === "year"
        ? {date: String(published.year), precision: "year"}
        : {date: monthString(published.year, published.month), precision: "month"};
    case "chained": {
      if (!anchor || !anchor.precision) return undefined;
      if (anchor.precision === "year") {
        return expression.unit === "year"
          ? {date: String(Number(anchor.date) + expression.offset), precision: "year"}
          : anchor;
      }
      const [y, m, d] = anchor.date.split("-").map(Number);
      if (expression.unit === "year") return {date: String(y + expression.offset), precision: "year"};
      if (expression.unit === "month") {
        const month = addMonths(new Date(y, m - 1, 1), expression.offset);
        return {date: monthString(month.getFullYear(), month.getMonth() + 1), precision: "month"};
      }
      if (anchor.precision === "month") return anchor;
      const days = expression.unit === "week" ? 7 * expression.offset : expression.offset;
      const date = expression.offset < 0 ? subDays(new Date(y, m - 1, d), -days) : addDays(new Date(y, m - 1, d), days);
      return expression.unit === "week"
        ? {date: monthString(date.getFullYear(), date.getMonth() + 1), precision: "month"}
        : {date: dayString(date), precision: "day"};
    }
    case "vague":
      return undefined;
  }
}

function monthString(year: number, month: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}

function dayString(date: Date): string {
  return `${monthString(date.getFullYear(), date.getMonth() + 1)}-${String(date.getDate()).padStart(2, "0")}`;
}

const aheadWords = new Set(["by", "until", "later", "before"]);

/**
 * Whether a date expression looks ahead of the time of telling: "next week", "by the end of the month", "later
 * this month", "before the end of next month". Such a time dates what was promised, not the saying of it.
 *
 * @example
 * const tokens = tokenize("would meet before the end of next month");
 * pointsAhead(tokens, findDateExpressions(tokens)[0]); // true
 */
export function pointsAhead(tokens: Token[], expression: DateExpression): boolean {
  if (expression.type !== "relative") return false;
  const before = tokens[expression.start - 1]?.lower;
  return expression.offset > 0 || aheadWords.has(tokens[expression.start].lower) || aheadWords.has(before ?? "");
}

/**
 * Coarsens a date to a precision: "2017-08-23" at month is "2017-08". A finer requested precision is ignored.
 *
 * @example
 * coarsenDate({date: "2017-08-23", precision: "day"}, "year"); // {date: "2017", precision: "year"}
 */
export function coarsenDate(date: ResolvedDate, precision: DatePrecision): ResolvedDate {
  const rank = {"": 0, year: 1, month: 2, day: 3} as const;
  if (rank[precision] >= rank[date.precision]) return date;
  if (precision === "") return {date: "", precision: ""};
  return {date: date.date.slice(0, precision === "year" ? 4 : 7), precision};
}

/**
 * Resolves a sentence's date expressions in order, each chained one against the date just before it (in the same
 * sentence, else `anchor`). A chain counted in days ("the same day", "a day later") needs a day: when the date just
 * before it is only a year or a month, told in an earlier paragraph and not after the last day told (`dayAnchor`),
 * the story has turned back to its day after a look at earlier years ("… in 2017, two engineers were killed.¶ The
 * same day, …"), and the chain counts from that day.
 * Returns the dates and the anchors the sentence leaves for the next one: its last explicit date outside
 * quotations, and its last such day. Options: `sameParagraph` (default false), whether `anchor` was mentioned in the
 * paragraph of this sentence, so that its year is the year a month without one belongs to ("In 2016 … In March, …").
 *
 * @example
 * const {dates, anchor} = resolveSequence(view.dates, {published, anchor: previous, quoted: (e) => view.quoted[e.start]});
 */
export function resolveSequence(
  expressions: DateExpression[],
  {
    published,
    anchor,
    dayAnchor,
    sameParagraph = false,
    quoted = () => false
  }: {
    published: PublicationDate;
    anchor?: ResolvedDate;
    dayAnchor?: ResolvedDate;
    sameParagraph?: boolean;
    quoted?: (expression: DateExpression) => boolean;
  }
): {dates: (ResolvedDate | undefined)[]; anchor: ResolvedDate | undefined; dayAnchor: ResolvedDate | undefined} {
  let current = anchor;
  let day = dayAnchor;
  let narrative = sameParagraph ? anchor : undefined;
  const dates = expressions.map((expression) => {
    const narrativeYear = narrative?.precision ? Number(narrative.date.slice(0, 4)) : undefined;
    const turnsBack =
      expression.type === "chained" &&
      expression.countsDays &&
      !narrative &&
      current?.precision !== "day" &&
      day !== undefined &&
      current !== undefined &&
      current.date <= day.date.slice(0, current.date.length);
    const base = turnsBack ? day : current;
    const date = resolveDate(expression, {published, anchor: base, narrativeYear});
    if (date && date.precision && !quoted(expression) && expression.type !== "recent") {
      current = narrative = date;
      if (date.precision === "day") day = date;
    }
    return date;
  });
  return {dates, anchor: current, dayAnchor: day};
}

/**
 * How many days a day (yyyy-mm-dd) fell before the publication date, or undefined when the publication date has no
 * day.
 *
 * @example
 * daysBeforePublication("2021-09-16", {year: 2021, month: 9, day: 18}); // 2
 */
export function daysBeforePublication(date: string, published: PublicationDate): number | undefined {
  if (!published.day) return undefined;
  const [year, month, day] = date.split("-").map(Number);
  return differenceInCalendarDays(
    new Date(published.year, published.month - 1, published.day),
    new Date(year, month - 1, day)
  );
}
