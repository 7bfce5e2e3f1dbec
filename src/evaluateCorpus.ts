import {fileURLToPath} from "node:url";
import {readArticle} from "./article.ts";
import {addTallies, emptyTally, evaluateArticle, readGold, scores, type ArticleEvaluation, type Tally} from "./evaluate.ts";
import {extractArticle} from "./extractArticle.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

export interface CorpusEvaluation {
  articles: ArticleEvaluation[];
  splits: Map<string, Tally>;
  summary: Record<string, ReturnType<typeof scores> & {articles: number; statements: number; events: number}>;
}

/**
 * Runs the extractor over every article that has gold annotations and scores it, per article and per split.
 *
 * Options: `goldDir` (default `tests/fixtures/gold`), `corpusDir` (default `corpus/articles`), `splits` (default all).
 *
 * @example
 * evaluateCorpus().summary.dev.f1;
 */
export function evaluateCorpus({
  goldDir = `${root}tests/fixtures/gold`,
  corpusDir = `${root}corpus/articles`,
  splits
}: {goldDir?: string; corpusDir?: string; splits?: string[]} = {}): CorpusEvaluation {
  const articleOf = (id: string) => readArticle(`${corpusDir}/${id}.md`);
  const gold = readGold(goldDir, articleOf).filter((g) => !splits || splits.includes(g.split));
  const articles = gold.map((g) => {
    const article = articleOf(g.id);
    const {statements, events} = extractArticle(article);
    return evaluateArticle(g, statements, events);
  });
  const tallies = new Map<string, Tally>();
  for (const a of articles) tallies.set(a.split, addTallies(tallies.get(a.split) ?? emptyTally(), a.tally));
  const summary: CorpusEvaluation["summary"] = {};
  for (const [split, tally] of tallies) {
    summary[split] = {...scores(tally), articles: articles.filter((a) => a.split === split).length, statements: tally.gold, events: tally.eventsGold};
  }
  return {articles, splits: tallies, summary};
}

const columns: [string, keyof ReturnType<typeof scores>][] = [
  ["P", "precision"],
  ["R", "recall"],
  ["F1", "f1"],
  ["actor", "actor"],
  ["chan", "channel"],
  ["sign", "stanceSign"],
  ["±1", "stanceNear"],
  ["date", "date"],
  ["CN rec", "chinaRecall"],
  ["CN chan", "chinaChannel"],
  ["ev rec", "eventRecall"],
  ["ev date", "eventDate"]
];

/** The evaluation as a plain-text table, with misses and extras when `verbose`. */
export function formatEvaluation(report: CorpusEvaluation, {verbose = false} = {}): string {
  const lines: string[] = [];
  const fmt = (x: number) => (Number.isNaN(x) ? "   -  " : x.toFixed(2).padStart(6));
  const header = "article".padEnd(64) + " gold pred " + columns.map(([name]) => name.padStart(6)).join(" ");
  for (const split of [...report.splits.keys()].sort((a, b) => (a === "seed" ? -1 : b === "seed" ? 1 : a.localeCompare(b)))) {
    lines.push(`\n== ${split}`, header);
    for (const a of report.articles.filter((x) => x.split === split)) {
      const s = scores(a.tally);
      lines.push(a.id.slice(0, 63).padEnd(64) + ` ${String(a.tally.gold).padStart(4)} ${String(a.tally.predicted).padStart(4)} ` + columns.map(([, key]) => fmt(s[key])).join(" "));
    }
    const tally = report.splits.get(split)!;
    const s = scores(tally);
    lines.push(`TOTAL ${split}`.padEnd(64) + ` ${String(tally.gold).padStart(4)} ${String(tally.predicted).padStart(4)} ` + columns.map(([, key]) => fmt(s[key])).join(" "));
  }
  if (verbose) {
    for (const a of report.articles) {
      lines.push(`\n-- ${a.id}`);
      for (const g of a.missedStatements) lines.push(`  MISS  [${g.actor} ${g.channel} ${g.stance} ${g.date_said}] ${g.span.slice(0, 150)}`);
      for (const p of a.extraStatements) lines.push(`  EXTRA [${p.actor} ${p.channel} ${p.stance} ${p.date}] ${p.speaker}: ${p.quote.slice(0, 150)}`);
      for (const [p, g] of a.statementPairs) {
        const wrong = [
          p.actor !== g.actor && `actor ${p.actor}≠${g.actor}`,
          p.channel !== g.channel && `channel ${p.channel}≠${g.channel}`,
          Math.sign(p.stance) !== Math.sign(g.stance) && `stance ${p.stance}≠${g.stance}`,
          !p.date.startsWith(g.date_said) && `date ${p.date}≠${g.date_said}`
        ].filter(Boolean);
        if (wrong.length) lines.push(`  WRONG ${wrong.join(", ")}: ${g.span.slice(0, 110)} (cues: ${p.channel_cue} | ${p.stance_cue} | ${p.date_cue})`);
      }
      for (const g of a.missedEvents) lines.push(`  EVENT MISS [${g.kind} ${g.date}] ${g.span.slice(0, 120)}`);
      for (const p of a.extraEvents) lines.push(`  EVENT EXTRA [${p.kind} ${p.date}] ${p.span.slice(0, 120)}`);
      for (const [p, g] of a.eventPairs) if (!p.date.startsWith(g.date)) lines.push(`  EVENT DATE ${p.date}≠${g.date}: ${g.span.slice(0, 100)}`);
    }
  }
  return lines.join("\n") + "\n";
}
