import {readFileSync, readdirSync, existsSync} from "node:fs";
import {join} from "node:path";
import {csvParse} from "d3-dsv";
import type {Article} from "./article.ts";
import type {ExtractedEvent} from "./extractEvents.ts";
import type {Statement} from "./extractStatements.ts";

/** A gold statement row, as the corpus's gold CSV files hold it. */
export interface GoldStatement {
  id: string;
  speaker: string;
  speaker_role: string;
  actor: string;
  target: string;
  date_said: string;
  date_precision: string;
  channel: string;
  disclosure: string;
  stance: number;
  span: string;
  cue: string;
  notes: string;
  start: number;
  end: number;
}

/** A gold event row. */
export interface GoldEvent {
  id: string;
  date: string;
  date_precision: string;
  kind: string;
  label: string;
  location: string;
  actors: string;
  span: string;
  start: number;
  end: number;
}

/** The gold annotations of one article. */
export interface GoldArticle {
  id: string;
  split: string;
  statements: GoldStatement[];
  events: GoldEvent[];
}

/**
 * Reads the gold annotations under `dir/<split>/<id>.statements.csv` and `.events.csv`, locating each span in the
 * article body (the first occurrence, as the corpus README says).
 *
 * @example
 * const gold = readGold("tests/fixtures/gold", (id) => readArticle(`corpus/articles/${id}.md`));
 */
export function readGold(dir: string, articleOf: (id: string) => Pick<Article, "body">): GoldArticle[] {
  const articles: GoldArticle[] = [];
  const splits = readdirSync(dir, {withFileTypes: true}).filter((entry) => entry.isDirectory());
  for (const split of splits.map((entry) => entry.name).sort()) {
    const splitDir = join(dir, split);
    const ids = readdirSync(splitDir)
      .filter((name) => name.endsWith(".statements.csv"))
      .map((name) => name.slice(0, -".statements.csv".length))
      .sort();
    for (const id of ids) {
      const {body} = articleOf(id);
      const locate = <T extends {span: string}>(row: T, file: string) => {
        const start = body.indexOf(row.span);
        if (start === -1) throw new Error(`${file}: span not found in the article: ${row.span.slice(0, 60)}`);
        return {...row, start, end: start + row.span.length};
      };
      const statementsFile = join(splitDir, `${id}.statements.csv`);
      const eventsFile = join(splitDir, `${id}.events.csv`);
      const statements = csvParse(readFileSync(statementsFile, "utf8")).map((row) =>
        locate({...(row as unknown as GoldStatement), stance: Number(row.stance)}, statementsFile)
      );
      const events = existsSync(eventsFile)
        ? csvParse(readFileSync(eventsFile, "utf8")).map((row) => locate(row as unknown as GoldEvent, eventsFile))
        : [];
      articles.push({id, split, statements, events});
    }
  }
  return articles;
}

/** Whether two spans overlap by at least half of the shorter one. */
export function spansMatch(a: {start: number; end: number}, b: {start: number; end: number}): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap > 0 && overlap >= 0.5 * Math.min(a.end - a.start, b.end - b.start);
}

/**
 * Pairs predictions with gold rows one to one: every pair whose spans match is ranked by overlap (intersection over
 * union), then by agreement of `key` (rows that share a span, one per state or per date, pair by actor and date), and
 * taken greedily.
 */
export function matchSpans<P extends {start: number; end: number}, G extends {start: number; end: number}>(
  predicted: P[],
  gold: G[],
  key: (p: P, g: G) => boolean = () => false
): {pairs: [P, G][]; extra: P[]; missed: G[]} {
  const candidates: {p: number; g: number; score: number; agree: boolean}[] = [];
  predicted.forEach((p, i) =>
    gold.forEach((g, j) => {
      if (!spansMatch(p, g)) return;
      const overlap = Math.min(p.end, g.end) - Math.max(p.start, g.start);
      const union = Math.max(p.end, g.end) - Math.min(p.start, g.start);
      candidates.push({p: i, g: j, score: Math.round((100 * overlap) / union) / 100, agree: key(p, g)});
    })
  );
  candidates.sort((a, b) => b.score - a.score || Number(b.agree) - Number(a.agree) || a.p - b.p || a.g - b.g);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: [P, G][] = [];
  for (const c of candidates) {
    if (usedP.has(c.p) || usedG.has(c.g)) continue;
    usedP.add(c.p);
    usedG.add(c.g);
    pairs.push([predicted[c.p], gold[c.g]]);
  }
  pairs.sort((a, b) => a[1].start - b[1].start);
  return {pairs, extra: predicted.filter((_, i) => !usedP.has(i)), missed: gold.filter((_, j) => !usedG.has(j))};
}

/** Counts behind the evaluation's figures, so that articles and splits add up. */
export interface Tally {
  predicted: number;
  gold: number;
  matched: number;
  actor: number;
  channel: number;
  stanceSign: number;
  stanceNear: number;
  date: number;
  chinaGold: number;
  chinaMatched: number;
  chinaChannel: number;
  eventsGold: number;
  eventsPredicted: number;
  eventsMatched: number;
  eventDate: number;
}

export interface ArticleEvaluation {
  id: string;
  split: string;
  tally: Tally;
  statementPairs: [Statement, GoldStatement][];
  extraStatements: Statement[];
  missedStatements: GoldStatement[];
  eventPairs: [ExtractedEvent, GoldEvent][];
  extraEvents: ExtractedEvent[];
  missedEvents: GoldEvent[];
}

export function emptyTally(): Tally {
  return {
    predicted: 0,
    gold: 0,
    matched: 0,
    actor: 0,
    channel: 0,
    stanceSign: 0,
    stanceNear: 0,
    date: 0,
    chinaGold: 0,
    chinaMatched: 0,
    chinaChannel: 0,
    eventsGold: 0,
    eventsPredicted: 0,
    eventsMatched: 0,
    eventDate: 0
  };
}

export function addTallies(a: Tally, b: Tally): Tally {
  const sum = emptyTally();
  for (const key of Object.keys(sum) as (keyof Tally)[]) sum[key] = a[key] + b[key];
  return sum;
}

/**
 * Compares an article's extracted statements and events with its gold annotations: which match, and on matched
 * pairs whether actor, channel, stance sign, stance within ±1 and date (the predicted date starts with the gold date)
 * agree.
 *
 * @example
 * const result = evaluateArticle(gold, extractStatements(article), extractEvents(article));
 */
export function evaluateArticle(
  gold: GoldArticle,
  statements: Statement[],
  events: ExtractedEvent[]
): ArticleEvaluation {
  const {pairs, extra, missed} = matchSpans(
    statements,
    gold.statements,
    (p, g) => p.actor === g.actor && p.date.startsWith(g.date_said)
  );
  const tally = emptyTally();
  tally.predicted = statements.length;
  tally.gold = gold.statements.length;
  tally.matched = pairs.length;
  for (const [p, g] of pairs) {
    tally.actor += Number(p.actor === g.actor);
    tally.channel += Number(p.channel === g.channel);
    tally.stanceSign += Number(Math.sign(p.stance) === Math.sign(g.stance));
    tally.stanceNear += Number(Math.abs(p.stance - g.stance) <= 1);
    tally.date += Number(p.date.startsWith(g.date_said));
    if (g.actor === "CN") {
      tally.chinaMatched += 1;
      tally.chinaChannel += Number(p.channel === g.channel);
    }
  }
  tally.chinaGold = gold.statements.filter((g) => g.actor === "CN").length;
  const eventMatch = matchSpans(events, gold.events);
  tally.eventsGold = gold.events.length;
  tally.eventsPredicted = events.length;
  tally.eventsMatched = eventMatch.pairs.length;
  for (const [p, g] of eventMatch.pairs) tally.eventDate += Number(p.date.startsWith(g.date));
  return {
    id: gold.id,
    split: gold.split,
    tally,
    statementPairs: pairs,
    extraStatements: extra,
    missedStatements: missed,
    eventPairs: eventMatch.pairs,
    extraEvents: eventMatch.extra,
    missedEvents: eventMatch.missed
  };
}

/** The figures of a tally, as ratios (NaN where there is nothing to count). */
export function scores(t: Tally) {
  const ratio = (a: number, b: number) => (b ? a / b : NaN);
  const precision = ratio(t.matched, t.predicted);
  const recall = ratio(t.matched, t.gold);
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    actor: ratio(t.actor, t.matched),
    channel: ratio(t.channel, t.matched),
    stanceSign: ratio(t.stanceSign, t.matched),
    stanceNear: ratio(t.stanceNear, t.matched),
    date: ratio(t.date, t.matched),
    chinaRecall: ratio(t.chinaMatched, t.chinaGold),
    chinaChannel: ratio(t.chinaChannel, t.chinaMatched),
    eventRecall: ratio(t.eventsMatched, t.eventsGold),
    eventDate: ratio(t.eventDate, t.eventsMatched)
  };
}
