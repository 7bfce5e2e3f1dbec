import {describe, expect, test} from "vitest";
import {eventsChart} from "../../docs/components/eventsChart.ts";
import {gapChart} from "../../docs/components/gapChart.ts";
import {stanceTimeline} from "../../docs/components/stanceTimeline.ts";
import {chartText} from "../../docs/components/chartFrame.ts";
import {STANCE_COLORS_DARK} from "../../docs/components/stance.ts";
import {THEMES} from "../../docs/components/theme.ts";
import {fixtures, newDocument, standaloneSvg} from "./fixtures.ts";

const chinaAboutPakistan = fixtures.statements.filter((s) => s.actor === "CN" && s.target === "PK");

/** The fixture with one statement accepted, one corrected and one rejected by an editor. */
const reviewedRows = chinaAboutPakistan.map((s) =>
  s.statement_id === "wire-2016-12-hold-s01"
    ? {...s, review_status: "accepted", reviewer: "A. Editor"}
    : s.statement_id === "review-2012-06-visit-s01"
      ? {...s, review_status: "corrected"}
      : s.statement_id === "daily-2017-09-brics-s02"
        ? {...s, review_status: "rejected"}
        : {...s, review_status: "machine"}
);

function timeline(
  options: Parameters<typeof stanceTimeline>[1] = {},
  rows: Record<string, unknown>[] = chinaAboutPakistan
) {
  return stanceTimeline(rows, {
    width: 640,
    events: fixtures.events,
    documents: fixtures.documents,
    actorName: "China",
    adjective: "Chinese",
    targetName: "Pakistan",
    document: newDocument(),
    ...options
  });
}

describe("stanceTimeline", () => {
  test("matches its SVG snapshot", async () => {
    await expect(standaloneSvg(timeline())).toMatchFileSnapshot("../snapshots/stance-timeline.svg");
  });

  test("matches its SVG snapshot at phone width", async () => {
    await expect(standaloneSvg(timeline({width: 358}))).toMatchFileSnapshot("../snapshots/stance-timeline-358.svg");
  });

  test("matches its SVG snapshot with reviewed and rejected statements, in the dark theme", async () => {
    await expect(standaloneSvg(timeline({theme: "dark"}, reviewedRows))).toMatchFileSnapshot(
      "../snapshots/stance-timeline-reviewed-dark.svg"
    );
  });

  test("draws day-precise statements as dots and the others as spans, in their lanes, each linked to its sentence", () => {
    const figure = timeline();
    const marks = (description: string) => [...figure.querySelectorAll(`svg g[aria-description="${description}"] > a`)];
    // Fixture: public CN→PK on 2016-12-30, 2017-09-04 and 2017-09-05 (days) and in 2012 (year); private in 2012-06,
    // 2016-12 and 2017-09 (months); one undated public statement, which cannot be placed.
    expect(marks("public statements dated to the day")).toHaveLength(3);
    expect(marks("public statements dated to a month or a year")).toHaveLength(1);
    expect(marks("private statements dated to the day")).toHaveLength(0);
    expect(marks("private statements dated to a month or a year")).toHaveLength(3);
    const links = marks("public statements dated to the day").map(
      (a) => a.getAttribute("xlink:href") ?? a.getAttribute("href")
    );
    expect(links).toContain("./sources#wire-2016-12-hold-s01");
  });

  test("computes its title, subtitle, source and credit lines and accessible description from the data", () => {
    const text = chartText(timeline());
    expect(text.title).toBe("China’s public and private stances toward Pakistan, 2012–2017");
    expect(text.subtitle).toContain("bars span the month or year");
    expect(text.source).toBe(
      "Source: 3 articles: Example Review (Jun 2012), Example Wire (31 Dec 2016), Example Daily (5 Sep 2017)."
    );
    expect(text.credit).toBe(
      "Chart: backchannel · 8 statements extracted and coded by backchannel (codebook 1.0.0), none yet reviewed by an editor"
    );
    expect(text.alt).toBe(
      "Of 8 Chinese statements about Pakistan from 2012 to 2017, 5 were public and on average supportive (+0.8); " +
        "3 private ones averaged −1.3 (critical). 1 statement without a date is not placed on the time axis. " +
        "All 8 statements are as the extractor coded them; none was reviewed by an editor yet."
    );
  });

  test("outlines reviewed marks, leaves rejected statements out, and says so in its legend, alt text and credit", () => {
    const figure = timeline({}, reviewedRows);
    const marks = (description: string) => [...figure.querySelectorAll(`svg g[aria-description="${description}"] > a`)];
    expect(marks("public statements dated to the day, reviewed by an editor")).toHaveLength(1);
    expect(marks("private statements dated to a month or a year, reviewed by an editor")).toHaveLength(1);
    expect(marks("public statements dated to the day")).toHaveLength(1); // 3 by day: 1 reviewed, 1 rejected, 1 left
    const outlined = figure.querySelector(
      'svg g[aria-description="public statements dated to the day, reviewed by an editor"]'
    );
    expect(outlined?.getAttribute("stroke")).toBe(THEMES.light.foreground);
    expect(outlined?.getAttribute("stroke-width")).toBe("1.5");
    const links = [...figure.querySelectorAll("svg a")].map((a) => a.getAttribute("href"));
    expect(links).not.toContain("./sources#daily-2017-09-brics-s02");
    const legend = [...figure.querySelectorAll(".bc-legend .bc-swatch")].map((s) => s.textContent);
    expect(legend).toEqual(["Machine-coded (5)", "Reviewed by an editor (2)"]);
    const text = chartText(figure);
    expect(text.alt).toContain("Of 7 Chinese statements");
    expect(text.alt).toContain(
      "An editor reviewed 2 of the 7 statements (1 accepted, 1 corrected); the others are as the extractor coded them. " +
        "1 statement an editor rejected is left out."
    );
    expect(text.credit).toMatch(
      /7 statements extracted and coded by backchannel \(codebook 1.0.0\), 2 of them reviewed/
    );
  });

  test("draws in the dark theme's colours, and marks take keyboard focus", () => {
    const figure = timeline({theme: "dark"});
    expect(figure.getAttribute("data-theme")).toBe("dark");
    expect(figure.style.color).toBe("rgb(230, 230, 230)");
    const fills = new Set(
      [...figure.querySelectorAll("svg .bc-marks circle, svg .bc-marks rect")].map((m) => m.getAttribute("fill"))
    );
    for (const fill of fills) expect(STANCE_COLORS_DARK).toContain(fill);
    const focusable = [...figure.querySelectorAll("svg [tabindex]")];
    expect(focusable.filter((e) => e.getAttribute("tabindex") === "0").length).toBe(7);
    expect(figure.querySelector(":scope > svg")?.getAttribute("tabindex")).toBe("-1");
    // Event rules link to their passage but take no focus: their marks have no tip.
    const ruleLinks = [...figure.querySelectorAll('svg g[aria-label="rule"] a')];
    expect(ruleLinks.length).toBeGreaterThan(0);
    for (const link of ruleLinks) expect(link.getAttribute("tabindex")).toBe("-1");
  });

  test("tells Plot's pointer where a mark is when it has keyboard focus, and that it left on Escape", () => {
    const document = newDocument();
    const figure = timeline({document});
    document.body.append(figure);
    const svg = figure.querySelector<SVGSVGElement>(":scope > svg")!;
    const events: string[] = [];
    for (const type of ["pointermove", "pointerleave"]) svg.addEventListener(type, () => events.push(type));
    const mark = svg.querySelector<SVGElement>(".bc-marks > a")!;
    mark.dispatchEvent(new document.defaultView!.FocusEvent("focusin", {bubbles: true}));
    expect(events).toEqual(["pointermove"]); // Plot's pointer draws the tip (jsdom has no layout: see embeds.test.ts)
    svg.dispatchEvent(new document.defaultView!.KeyboardEvent("keydown", {key: "Escape", bubbles: true}));
    expect(events).toEqual(["pointermove", "pointerleave"]);
  });

  test("labels events on the time axis and leaves out those outside it", () => {
    const labels = [...timeline().querySelectorAll("svg text")].map((t) => t.textContent);
    expect(labels).toContain("Technical hold on India's pro…"); // cut to 30 characters
    expect(labels).toContain("BRICS joint declaration");
    expect(labels).not.toContain("Salala strike"); // 2011, before the first statement's year
  });

  test("omits title, subtitle and caption when given null, and links when linkBase is null", () => {
    const chart = timeline({title: null, subtitle: null, caption: null, linkBase: null});
    expect(chart.querySelector("h2, h3, figcaption")).toBeNull();
    expect(chart.querySelector("svg a")).toBeNull();
  });

  test.each([
    [{width: -1}, "invalid width: -1"],
    [{width: NaN}, "invalid width: NaN"],
    [{rowHeight: 0}, "invalid rowHeight: 0"],
    [{eventLabelRows: 1.5}, "invalid eventLabelRows: 1.5"],
    [{linkBase: 3 as unknown as string}, "invalid linkBase: 3"],
    [{title: 3 as unknown as string}, "invalid title: 3"],
    [{document: {} as Document}, "invalid document: [object Object]"],
    [{theme: "sepia" as "light"}, "invalid theme: sepia"],
    [{linkTarget: 1 as unknown as string}, "invalid linkTarget: 1"]
  ])("rejects bad options: %o", (options, message) => {
    expect(() => timeline(options)).toThrow(message);
  });
});

describe("gapChart", () => {
  const chart = (options: Parameters<typeof gapChart>[1] = {}) =>
    gapChart(fixtures.gap, {
      width: 640,
      statements: fixtures.statements,
      documents: fixtures.documents,
      actorName: "China",
      actor: "CN",
      document: newDocument(),
      ...options
    });

  test("matches its SVG snapshot", async () => {
    await expect(standaloneSvg(chart())).toMatchFileSnapshot("../snapshots/gap-chart.svg");
  });

  test("draws a dot per year and channel, linked to the filtered statements, and a gap per year", () => {
    const figure = chart();
    const dots = [...figure.querySelectorAll('svg g[aria-description="mean stance by year and channel"] > a')];
    expect(dots).toHaveLength(6);
    const links = dots.map((a) => a.getAttribute("xlink:href") ?? a.getAttribute("href"));
    expect(links).toContain("./statements?actor=CN&year=2012&channel=public");
    expect(links).toContain("./statements?actor=CN&year=2016&channel=private");
    expect(figure.querySelectorAll('svg g[aria-description="gaps between public and private means"] > *')).toHaveLength(
      3
    );
  });

  test("describes the gaps and names its sources", () => {
    const figure = chart();
    expect(figure.querySelector("svg[aria-description]")?.getAttribute("aria-description")).toBe(
      "In 3 of the 3 years with statements by China there were both public and private ones; in all 3 the public ones " +
        "were on average more supportive. The gap was widest in 2016: public +2.0, private −2.0, a gap of +4.0."
    );
    expect(figure.querySelector("h3")?.textContent).toContain("The gap was widest in 2016 (+4.0).");
    const text = chartText(figure);
    expect(text.source).toMatch(/^Source: 3 articles: Example Review/);
    expect(text.credit).toBe(
      "Chart: backchannel · 7 statements extracted and coded by backchannel (codebook 1.0.0), none yet reviewed by an editor"
    );
  });

  test.each([
    [{width: 0}, "invalid width: 0"],
    [{height: -5}, "invalid height: -5"],
    [{actor: 1 as unknown as string}, "invalid actor: 1"]
  ])("rejects bad options: %o", (options, message) => {
    expect(() => chart(options)).toThrow(message);
  });
});

describe("eventsChart", () => {
  const chart = (options: Parameters<typeof eventsChart>[1] = {}) =>
    eventsChart(fixtures.events, {width: 640, documents: fixtures.documents, document: newDocument(), ...options});

  test("matches its SVG snapshot", async () => {
    await expect(standaloneSvg(chart())).toMatchFileSnapshot("../snapshots/events-chart.svg");
  });

  test("draws one lane per kind, each event labelled and linked to its passage", () => {
    const figure = chart();
    const texts = [...figure.querySelectorAll("svg text")].map((t) => t.textContent);
    expect(texts).toEqual(
      expect.arrayContaining(["UN actions · 1", "Summits · 1", "Declarations · 1", "Military operations · 1"])
    );
    expect(texts).toEqual(
      expect.arrayContaining(["BRICS joint declaration", "Salala strike", "Technical hold on India's p…"])
    );
    const links = [...figure.querySelectorAll("svg a")].map(
      (a) => a.getAttribute("xlink:href") ?? a.getAttribute("href")
    );
    expect(links).toContain("./sources#daily-2017-09-brics-e01");
  });

  test("describes the events from the data, and credits their extraction", () => {
    const text = chartText(chart());
    expect(text.alt).toBe("4 events from 2011 to 2017: 1 UN action, 1 summit, 1 declaration, 1 military operation.");
    expect(text.credit).toBe("Chart: backchannel · 4 events extracted by backchannel (codebook 1.0.0)");
  });

  test("draws no labels with labelLength 0", () => {
    const texts = [...chart({labelLength: 0}).querySelectorAll("svg text")].map((t) => t.textContent);
    expect(texts).not.toContain("Salala strike");
  });

  test.each([
    [{labelLength: -1}, "invalid labelLength: -1"],
    [{domain: [new Date("2018-01-01"), new Date("2017-01-01")] as [Date, Date]}, "invalid domain"]
  ])("rejects bad options: %o", (options, message) => {
    expect(() => chart(options)).toThrow(message);
  });
});
