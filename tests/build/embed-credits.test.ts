/**
 * The embeds' credits and descriptions come from the data: in a copy of the repository, adding an article changes
 * every chart's source line and alt text in the static files' manifest (docs/embed/static.json.ts, the same texts the
 * modules, iframes and SVG files carry), with nothing typed by hand.
 */
import {afterAll, beforeAll, expect, test} from "vitest";
import type {StaticManifest} from "../../data-loaders/embeds.ts";
import {cloneRepo, type RepoClone} from "../support/repoClone.ts";

const MANIFEST_LOADER = "docs/embed/static.json.ts";

const ARTICLE = `---
id: testgazette-2018-03-china-presses-pakistan
title: "China presses Pakistan after Quetta bombing"
publisher: Test Gazette
url: https://example.org/testgazette/china-presses-pakistan
published: 2018-03-15
kind: news
language: en
---

A suicide bombing in Quetta on March 12, 2018 killed 20 people, officials said.

Chinese Foreign Minister Wang Yi told Pakistan's foreign secretary in a closed-door meeting on Tuesday that Islamabad must act against militant sanctuaries, according to diplomats familiar with the talks.

In public, Chinese Foreign Ministry spokesman Lu Kang said on Wednesday that Pakistan has made enormous sacrifices in the fight against terrorism.
`;

let clone: RepoClone;

beforeAll(() => {
  clone = cloneRepo([MANIFEST_LOADER, "docs/components"]);
});

afterAll(() => clone?.remove());

async function manifest(): Promise<StaticManifest> {
  const run = await clone.runLoader(MANIFEST_LOADER);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout.toString("utf-8")) as StaticManifest;
}

test("adding an article changes every chart's source line and alt text", async () => {
  const before = await manifest();
  clone.write(`corpus/articles/testgazette-2018-03-china-presses-pakistan.md`, ARTICLE);
  const after = await manifest();
  expect(after.charts.map((c) => c.name)).toEqual(before.charts.map((c) => c.name));
  for (const [i, chart] of after.charts.entries()) {
    const old = before.charts[i];
    expect(old.source, `${chart.name}: the old source line`).not.toContain("Test Gazette");
    expect(chart.source, `${chart.name}: the source line`).toContain("Test Gazette (15 Mar 2018)");
    expect(chart.source.match(/^Source: (\d+) articles/)![1]).toBe(
      String(Number(old.source.match(/^Source: (\d+)/)![1]) + 1)
    );
    expect(chart.alt, `${chart.name}: the alt text`).not.toBe(old.alt);
    expect(chart.credit, `${chart.name}: the credit line`).not.toBe(old.credit);
  }
  const timeline = after.charts.find((c) => c.name === "stance-timeline")!;
  expect(timeline.title).toMatch(/, \d{4}–\d{4}$/);
  expect(timeline.alt).toMatch(/^Of (\d+) Chinese statements about Pakistan/);
}, 180_000);
