import {describe, expect, it} from "vitest";
import type {GoldStatement} from "../../src/evaluate.ts";
import {emptyTally} from "../../src/evaluate.ts";
import {errorClasses, type CorpusEvaluation} from "../../src/evaluateCorpus.ts";
import type {Statement} from "../../src/StatementCoder.ts";

const gold = (actor: string, stance: number, span: string) =>
  ({actor, stance, span, date_said: "2019"}) as GoldStatement;
const predicted = (actor: string, stance: number, quote: string) =>
  ({actor, stance, quote, channel: "public", date: "2019"}) as Statement;

function report(extra: Statement[]): CorpusEvaluation {
  const article = {
    id: "a",
    split: "probe",
    tally: emptyTally(),
    statementPairs: [
      [predicted("CN", 2, "China blocked it."), {...gold("CN", 2, "China blocked it."), channel: "public"}]
    ],
    extraStatements: extra,
    missedStatements: [gold("IN", -1, "India said it was disappointed.")],
    eventPairs: [],
    extraEvents: [],
    missedEvents: []
  } as unknown as CorpusEvaluation["articles"][number];
  return {articles: [article], splits: new Map(), summary: {}};
}

describe("error classes", () => {
  it("calls an extra the same act told again only when a gold statement of its actor leans the same way", () => {
    const names = (extra: Statement[]) => errorClasses(report(extra)).map((e) => [e.name, e.count]);
    expect(names([predicted("CN", 2, "Beijing shielded him.")])).toContainEqual(["same act counted twice", 1]);
    expect(names([predicted("CN", -1, "Beijing urged restraint.")])).toContainEqual(["not a statement in the gold", 1]);
    expect(names([predicted("US", -1, "Washington regretted it.")])).toContainEqual(["not a statement in the gold", 1]);
    expect(names([])).toContainEqual(["missed attribution", 1]);
  });
});
