/** The loaders written for the pages: the codebook and the evaluation as the Methodology page reads them. */
import {describe, expect, test} from "vitest";
import {codebookView} from "../../data-loaders/codebook.ts";
import {evaluationView} from "../../data-loaders/evaluation.ts";
import {loadCodebook} from "../../src/codebook.ts";

describe("codebookView", () => {
  test("names the story's actor and target, and keeps every stance cue with its value", () => {
    const view = codebookView();
    const {data} = loadCodebook();
    expect(view.version).toBe(data.version);
    expect(view.focus).toMatchObject({actor: data.focus.actor, target: data.focus.target});
    expect(view.focus.actorName).toBe(data.states.find((s) => s.code === data.focus.actor)?.names[0]);
    expect(view.focus.adjective).toBe(data.states.find((s) => s.code === data.focus.actor)?.adjectives[0]);
    expect(view.stance).toEqual(data.stance);
    expect(view.actors.map((a) => a.code)).toEqual([...data.states, ...data.bodies].map((a) => a.code));
    expect(view.disclosure.order).toEqual(["leak", "anonymous", "readout", "report"]);
    expect(JSON.parse(JSON.stringify(view))).toEqual(view); // plain JSON
  });
});

describe("evaluationView", () => {
  test("scores every split and article, with null instead of NaN, and lists what differs", () => {
    const view = evaluationView();
    expect(view.splits.map((s) => s.split)).toContain("dev");
    expect(view.splits[0].split).toBe("seed");
    expect(view.articles.length).toBe(view.splits.reduce((n, s) => n + s.articles, 0));
    for (const entry of [...view.splits, ...view.articles]) {
      for (const key of ["precision", "recall", "f1", "actor", "channel", "stanceSign", "date"] as const) {
        const value = entry[key];
        expect(value === null || (value >= 0 && value <= 1), `${key} ${value}`).toBe(true);
      }
    }
    for (const a of view.articles) {
      const missed = a.discrepancies.filter((d) => d.type === "missed").length;
      expect(missed).toBe(a.gold - a.matched);
      expect(a.discrepancies.filter((d) => d.type === "extra").length).toBe(a.predicted - a.matched);
    }
    expect(JSON.stringify(view)).not.toContain("NaN");
  });
});
