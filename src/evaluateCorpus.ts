import {existsSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {readArticle, type Article} from "./article.ts";
import {loadCodebook} from "./codebook.ts";
import {tokenize} from "./tokenize.ts";
import {
  addTallies,
  emptyTally,
  evaluateArticle,
  readGold,
  scores,
  type ArticleEvaluation,
  type Tally
} from "./evaluate.ts";
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
 * Options: `goldDir` (default `tests/fixtures/gold`), `articleDirs` (where articles are looked for, in order; default
 * `corpus/articles`, then `tests/fixtures/articles` for the invented articles of the probe split), `splits` (default
 * all).
 *
 * @example
 * evaluateCorpus().summary.dev.f1;
 */
export function evaluateCorpus({
  goldDir = `${root}tests/fixtures/gold`,
  articleDirs = [`${root}corpus/articles`, `${root}tests/fixtures/articles`],
  splits
}: {goldDir?: string; articleDirs?: string[]; splits?: string[]} = {}): CorpusEvaluation {
  // Each article is read once: to locate the gold spans, then to extract from.
  const read = new Map<string, Article>();
  const articleOf = (id: string) => {
    let article = read.get(id);
    if (!article) {
      const dir = articleDirs.find((d) => existsSync(`${d}/${id}.md`));
      if (!dir) throw new Error(`${goldDir}: no article ${id}.md in ${articleDirs.join(", ")}`);
      read.set(id, (article = readArticle(`${dir}/${id}.md`)));
    }
    return article;
  };
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
    summary[split] = {
      ...scores(tally),
      articles: articles.filter((a) => a.split === split).length,
      statements: tally.gold,
      events: tally.eventsGold
    };
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

/** A kind of error the extractor still makes, with how often it makes it and examples. */
export interface ErrorClass {
  name: string;
  description: string;
  count: number;
  examples: string[];
}

/**
 * Sorts the evaluation's misses, extras and miscoded fields into kinds of error, counted over every split: the short
 * error log the Methodology page shows. The kinds are told apart by what the text of each error shows (whether its
 * span has a reporting verb, whether the gold has the same actor elsewhere in the article), not by hand.
 *
 * @example
 * errorClasses(evaluateCorpus()).map((e) => `${e.count} ${e.name}`);
 */
export function errorClasses(report: CorpusEvaluation, {examples = 3} = {}): ErrorClass[] {
  const codebook = loadCodebook();
  const hasVerb = (text: string) =>
    tokenize(text).some((t) => codebook.verbs.has(t.lower) && codebook.verbs.get(t.lower)!.kind !== "embedded");
  const classes = new Map<string, ErrorClass>();
  const add = (name: string, description: string, span: string) => {
    const entry = classes.get(name) ?? {name, description, count: 0, examples: []};
    entry.count += 1;
    if (entry.examples.length < examples) entry.examples.push(span.length > 160 ? `${span.slice(0, 159)}…` : span);
    classes.set(name, entry);
  };
  for (const a of report.articles) {
    for (const g of a.missedStatements) {
      if (hasVerb(g.span))
        add(
          "missed attribution",
          "A reporting verb is there, but the speaker or the clause was not found (a nominal act, a posture, an unusual construction).",
          g.span
        );
      else
        add(
          "missed act without a verb",
          "An act named by a noun or a possessive, with no reporting verb (someone's urging, a state's proposal).",
          g.span
        );
    }
    // An extra that says what a gold statement of the same actor says (same actor, same direction of stance) is the
    // same act told again; any other is something the gold does not count as a statement.
    const gold = [...a.statementPairs.map(([, g]) => g), ...a.missedStatements];
    for (const p of a.extraStatements) {
      if (gold.some((g) => g.actor === p.actor && Math.sign(g.stance) === Math.sign(p.stance)))
        add(
          "same act counted twice",
          "A restatement of an act the gold counts once: a lead that sums up a later statement, a second account of the same message.",
          p.quote
        );
      else
        add(
          "not a statement in the gold",
          "Words the gold does not code as a statement, or codes with another actor or direction: a remark by an anonymous source, a relayed account, a fact told by the author.",
          p.quote
        );
    }
    for (const [p, g] of a.statementPairs) {
      if (p.actor !== g.actor) add("wrong actor", "The statement is found, but attributed to another actor.", g.span);
      if (p.channel !== g.channel)
        add(
          "wrong channel",
          "Public read as private or the reverse: usually a channel the text implies without a cue, known from another paragraph.",
          g.span
        );
      if (Math.sign(p.stance) !== Math.sign(g.stance))
        add(
          "wrong stance sign",
          "No cue, or the wrong one: stance carried by a rhetorical question or an implication rather than by words of praise or pressure.",
          g.span
        );
      if (!p.date.startsWith(g.date_said))
        add(
          "wrong date",
          "A date the text settles only by reasoning over the story, such as a message conveyed some time before a dated meeting.",
          g.span
        );
    }
  }
  return [...classes.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** The evaluation as a plain-text table, with misses and extras when `verbose`. */
export function formatEvaluation(report: CorpusEvaluation, {verbose = false} = {}): string {
  const lines: string[] = [];
  const fmt = (x: number) => (Number.isNaN(x) ? "   -  " : x.toFixed(2).padStart(6));
  const header = "article".padEnd(64) + " gold pred " + columns.map(([name]) => name.padStart(6)).join(" ");
  for (const split of [...report.splits.keys()].sort((a, b) =>
    a === "seed" ? -1 : b === "seed" ? 1 : a.localeCompare(b)
  )) {
    lines.push(`\n== ${split}`, header);
    for (const a of report.articles.filter((x) => x.split === split)) {
      const s = scores(a.tally);
      lines.push(
        a.id.slice(0, 63).padEnd(64) +
          ` ${String(a.tally.gold).padStart(4)} ${String(a.tally.predicted).padStart(4)} ` +
          columns.map(([, key]) => fmt(s[key])).join(" ")
      );
    }
    const tally = report.splits.get(split)!;
    const s = scores(tally);
    lines.push(
      `TOTAL ${split}`.padEnd(64) +
        ` ${String(tally.gold).padStart(4)} ${String(tally.predicted).padStart(4)} ` +
        columns.map(([, key]) => fmt(s[key])).join(" ")
    );
  }
  lines.push("\n== what the extractor still gets wrong (all splits)");
  for (const e of errorClasses(report, {examples: 1}))
    lines.push(`${String(e.count).padStart(3)}  ${e.name}: ${e.description}`);
  if (verbose) {
    for (const a of report.articles) {
      lines.push(`\n-- ${a.id}`);
      for (const g of a.missedStatements)
        lines.push(`  MISS  [${g.actor} ${g.channel} ${g.stance} ${g.date_said}] ${g.span.slice(0, 150)}`);
      for (const p of a.extraStatements)
        lines.push(`  EXTRA [${p.actor} ${p.channel} ${p.stance} ${p.date}] ${p.speaker}: ${p.quote.slice(0, 150)}`);
      for (const [p, g] of a.statementPairs) {
        const wrong = [
          p.actor !== g.actor && `actor ${p.actor}≠${g.actor}`,
          p.channel !== g.channel && `channel ${p.channel}≠${g.channel}`,
          Math.sign(p.stance) !== Math.sign(g.stance) && `stance ${p.stance}≠${g.stance}`,
          !p.date.startsWith(g.date_said) && `date ${p.date}≠${g.date_said}`
        ].filter(Boolean);
        if (wrong.length)
          lines.push(
            `  WRONG ${wrong.join(", ")}: ${g.span.slice(0, 110)} (cues: ${p.channel_cue} | ${p.stance_cue} | ${p.date_cue})`
          );
      }
      for (const g of a.missedEvents) lines.push(`  EVENT MISS [${g.kind} ${g.date}] ${g.span.slice(0, 120)}`);
      for (const p of a.extraEvents) lines.push(`  EVENT EXTRA [${p.kind} ${p.date}] ${p.span.slice(0, 120)}`);
      for (const [p, g] of a.eventPairs)
        if (!p.date.startsWith(g.date)) lines.push(`  EVENT DATE ${p.date}≠${g.date}: ${g.span.slice(0, 100)}`);
    }
  }
  return lines.join("\n") + "\n";
}
