import {describe, expect, it} from "vitest";
import {evaluateCorpus, formatEvaluation} from "../../src/evaluateCorpus.ts";

// The levels the extractor has reached on the gold annotations (tests/fixtures/gold), truncated (not rounded) to three
// decimals. A change that drops below one of them is a regression; a change that improves on them should raise them.
// Two were lowered on 8 December 2026, when a quotation's closing full stop began to end its sentence and a relative
// clause stopped dating the statement around it: holdout3 channel (0.961 → 0.948; a statement newly found, with a
// relayed meeting's channel) and holdout4 date (0.809 → 0.800; China's "blames" no longer takes the year of the
// UN listing its relative clause tells, which the gold row it is matched to has). The same day holdout5 stance sign
// went from 0.558 to 0.542 when "repeated that" began to report speech: the statement it found is the Chinese side's
// in a sentence an Indian official tells, and the official's own row takes the stance cue of the Chinese reply.
const floors = {
  seed: {
    f1: 0.958,
    actor: 1,
    channel: 1,
    stanceSign: 0.913,
    date: 0.913,
    chinaRecall: 0.888,
    chinaChannel: 1,
    eventRecall: 0.909
  },
  dev: {
    f1: 0.853,
    actor: 1,
    channel: 0.942,
    stanceSign: 0.942,
    date: 1,
    chinaRecall: 0.96,
    chinaChannel: 0.916,
    eventRecall: 1
  },
  // Invented articles (tests/fixtures/gold/README.md): tuned on after their first scoring.
  probe: {
    f1: 0.825,
    actor: 0.962,
    channel: 0.925,
    stanceSign: 0.865,
    date: 0.831,
    chinaRecall: 0.906,
    chinaChannel: 0.911,
    eventRecall: 0.629
  },
  // holdout and holdout2: held out until holdout3 was written, now read for errors like the probe
  // (tests/fixtures/gold/README.md).
  holdout: {
    f1: 0.837,
    actor: 0.956,
    channel: 0.946,
    stanceSign: 0.806,
    date: 0.731,
    chinaRecall: 0.851,
    chinaChannel: 0.925,
    eventRecall: 0.541
  },
  holdout2: {
    f1: 0.796,
    actor: 0.891,
    channel: 0.978,
    stanceSign: 0.782,
    date: 0.858,
    chinaRecall: 0.895,
    chinaChannel: 0.953,
    eventRecall: 0.54
  },
  // Held out until 24 November 2026, then opened for reading errors (tests/fixtures/gold/README.md).
  holdout3: {
    f1: 0.739,
    actor: 0.948,
    channel: 0.948,
    stanceSign: 0.794,
    date: 0.807,
    chinaRecall: 0.862,
    chinaChannel: 0.931,
    eventRecall: 0.642
  },
  // Written on 6 December 2026, first scored with the extractor as that session found it, and opened for reading
  // errors on 7 December 2026 (tests/fixtures/gold/README.md).
  holdout4: {
    f1: 0.804,
    actor: 0.885,
    channel: 0.876,
    stanceSign: 0.733,
    date: 0.8,
    chinaRecall: 0.76,
    chinaChannel: 0.807,
    eventRecall: 0.619
  },
  // Written on 7 December 2026, its totals read after each of that session's rules, its errors shown once by mistake
  // (tests/fixtures/gold/README.md).
  holdout5: {
    f1: 0.804,
    actor: 0.828,
    channel: 0.914,
    stanceSign: 0.542,
    date: 0.685,
    chinaRecall: 0.826,
    chinaChannel: 0.947,
    eventRecall: 0.666
  },
  // Written on 7 December 2026 and scored in totals only, with the extractor as that session found it and at its
  // stop (tests/fixtures/gold/README.md).
  holdout6: {
    f1: 0.771,
    actor: 0.893,
    channel: 0.878,
    stanceSign: 0.742,
    date: 0.863,
    chinaRecall: 0.707,
    chinaChannel: 0.896,
    eventRecall: 0.727
  }
};

// The targets of issue 3, on the dev split.
const targets = {f1: 0.8, actor: 0.9, channel: 0.85, chinaChannel: 0.9, stanceSign: 0.8, date: 0.8};

describe("extraction against the gold annotations", () => {
  const report = evaluateCorpus();
  console.log(formatEvaluation(report));

  it.each(Object.entries(floors))("stays at or above the levels reached on the %s split", (split, floor) => {
    const reached = report.summary[split];
    for (const [metric, value] of Object.entries(floor)) {
      expect(reached[metric as keyof typeof reached], `${split} ${metric}`).toBeGreaterThanOrEqual(value - 1e-9);
    }
  });

  it("meets the accuracy targets on the dev split", () => {
    const dev = report.summary.dev;
    for (const [metric, value] of Object.entries(targets)) {
      expect(dev[metric as keyof typeof dev], metric).toBeGreaterThanOrEqual(value);
    }
  });

  it("checks every gold span against its article", () => {
    expect(report.summary.seed.statements).toBe(25);
    expect(report.summary.dev.statements).toBe(36);
    expect(report.summary.seed.events + report.summary.dev.events).toBe(28);
    expect(report.summary.probe.statements).toBe(309);
    expect(report.summary.holdout.statements).toBe(115);
    expect(report.summary.holdout2.statements).toBe(112);
    expect(report.summary.holdout3.statements).toBe(101);
    expect(report.summary.holdout4.statements).toBe(135);
    expect(report.summary.holdout4.events).toBe(63);
    expect(report.summary.holdout5.statements).toBe(43);
    expect(report.summary.holdout5.events).toBe(15);
    expect(report.summary.holdout6.statements).toBe(88);
    expect(report.summary.holdout6.events).toBe(33);
  });
});
