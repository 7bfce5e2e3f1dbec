/**
 * The extractor's accuracy against the gold annotations, computed at build time for the Methodology page: scores per
 * split and per article, and the statements it missed, added or coded differently, so that a reader can check them.
 */
import {scores, type Tally} from "../src/evaluate.ts";
import {errorClasses, evaluateCorpus, type CorpusEvaluation, type ErrorClass} from "../src/evaluateCorpus.ts";
import {loadCodebook} from "../src/codebook.ts";

/** Scores as JSON can carry them: a ratio with no denominator is null rather than NaN. */
export type Scores = Record<keyof ReturnType<typeof scores>, number | null>;

export interface Counts {
  gold: number;
  predicted: number;
  matched: number;
  events_gold: number;
  events_predicted: number;
  events_matched: number;
}

export interface Discrepancy {
  /** missed: in the gold, not extracted; extra: extracted, not in the gold; wrong: matched with a field coded differently. */
  type: "missed" | "extra" | "wrong";
  span: string;
  /** What differs, e.g. "channel public≠private"; for missed and extra, the row's coding. */
  detail: string;
}

export interface EvaluationView {
  codebook_version: string;
  splits: ({split: string; articles: number} & Counts & Scores)[];
  articles: ({doc_id: string; split: string} & Counts & Scores & {discrepancies: Discrepancy[]})[];
  /** The error log: kinds of error with their counts and examples. */
  error_classes: ErrorClass[];
}

function clean(s: ReturnType<typeof scores>): Scores {
  return Object.fromEntries(
    Object.entries(s).map(([k, v]) => [k, Number.isFinite(v) ? Math.round(v * 1000) / 1000 : null])
  ) as Scores;
}

function counts(t: Tally): Counts {
  return {
    gold: t.gold,
    predicted: t.predicted,
    matched: t.matched,
    events_gold: t.eventsGold,
    events_predicted: t.eventsPredicted,
    events_matched: t.eventsMatched
  };
}

/** Seed first (the annotated examples the rules were written from), then the others by name. */
function splitOrder(a: string, b: string): number {
  return a === "seed" ? -1 : b === "seed" ? 1 : a.localeCompare(b);
}

/**
 * The evaluation in the form the Methodology page draws.
 *
 * @example
 * evaluationView().splits.find((s) => s.split === "dev")?.f1;
 */
export function evaluationView(report: CorpusEvaluation = evaluateCorpus()): EvaluationView {
  const splits = [...report.splits.entries()]
    .sort(([a], [b]) => splitOrder(a, b))
    .map(([split, tally]) => ({
      split,
      articles: report.articles.filter((a) => a.split === split).length,
      ...counts(tally),
      ...clean(scores(tally))
    }));
  const articles = [...report.articles]
    .sort((a, b) => splitOrder(a.split, b.split) || a.id.localeCompare(b.id))
    .map((a) => {
      const discrepancies: Discrepancy[] = [
        ...a.missedStatements.map((g) => ({
          type: "missed" as const,
          span: g.span,
          detail: `${g.actor} ${g.channel} ${g.stance} ${g.date_said}`.trim()
        })),
        ...a.extraStatements.map((p) => ({
          type: "extra" as const,
          span: p.quote,
          detail: `${p.actor} ${p.channel} ${p.stance} ${p.date}`.trim()
        })),
        ...a.statementPairs.flatMap(([p, g]) => {
          const wrong = [
            p.actor !== g.actor && `actor ${p.actor || "–"}≠${g.actor || "–"}`,
            p.channel !== g.channel && `channel ${p.channel}≠${g.channel}`,
            Math.sign(p.stance) !== Math.sign(g.stance) && `stance ${p.stance}≠${g.stance}`,
            !p.date.startsWith(g.date_said) && `date ${p.date || "–"}≠${g.date_said || "–"}`
          ].filter(Boolean) as string[];
          return wrong.length ? [{type: "wrong" as const, span: g.span, detail: wrong.join(", ")}] : [];
        })
      ];
      return {doc_id: a.id, split: a.split, ...counts(a.tally), ...clean(scores(a.tally)), discrepancies};
    });
  return {codebook_version: loadCodebook().version, splits, articles, error_classes: errorClasses(report)};
}
