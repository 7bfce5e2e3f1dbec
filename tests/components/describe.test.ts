import {describe, expect, test} from "vitest";
import {describeGap, describeStances, documentsBehind, sourceLine, yearSpan} from "../../docs/components/describe.ts";
import {keyEvents} from "../../docs/components/keyEvents.ts";
import {packRows, truncate} from "../../docs/components/layout.ts";
import {compareChannels, percent} from "../../docs/components/prose.ts";
import {documentRows, gapRows, statementRows} from "../../docs/components/rows.ts";
import {formatDate, formatStance, stanceColor, stanceWord} from "../../docs/components/stance.ts";
import {fixtures} from "./fixtures.ts";

const row = (channel: string, stance: number, date = "2017-09-04") => ({
  channel,
  stance,
  date,
  date_start: date.length === 4 ? `${date}-01-01` : date
});

describe("describeStances", () => {
  test("counts and averages each channel, naming who and about whom", () => {
    const rows = [row("public", 2), row("public", 1, "2011"), row("private", -1), row("private", -2, "2016-01-01")];
    expect(describeStances(rows, {adjective: "Chinese", targetName: "Pakistan"})).toBe(
      "Of 4 Chinese statements about Pakistan from 2011 to 2017, 2 were public and on average supportive (+1.5); " +
        "2 private ones averaged −1.5 (critical)."
    );
  });

  test("handles one year, a missing channel, undated rows and no rows", () => {
    expect(describeStances([row("public", 0), {...row("public", 0), date: "", date_start: ""}])).toBe(
      "Of 2 statements in 2017, 2 were public and on average neutral (0.0); none was private. " +
        "1 statement without a date is not placed on the time axis."
    );
    expect(describeStances([row("private", -1)])).toBe(
      "Of 1 statement in 2017, none was public; 1 private one averaged −1.0 (critical)."
    );
    expect(describeStances([], {adjective: "Chinese"})).toBe("No Chinese statements.");
  });

  test("is computed from the fixture's rows", () => {
    const china = statementRows(fixtures.statements).filter((s) => s.actor === "CN");
    expect(describeStances(china, {adjective: "Chinese", targetName: "Pakistan"})).toMatch(
      /^Of 8 Chinese statements about Pakistan from 2012 to 2017, 5 were public/
    );
  });
});

describe("sourceLine", () => {
  const documents = documentRows(fixtures.documents);

  test("names each publisher once, with its articles' dates, in order of publication", () => {
    expect(sourceLine(documents)).toBe(
      "Source: 3 articles: Example Review (Jun 2012), Example Wire (31 Dec 2016), Example Daily (5 Sep 2017)."
    );
    const twice = [...documents, {...documents[0], doc_id: "wire-2018", published: "2018-01-02"}];
    expect(sourceLine(twice)).toContain("Example Wire (31 Dec 2016; 2 Jan 2018)");
    expect(sourceLine([])).toBe("Source: no articles.");
  });

  test("lists only the documents behind the rows", () => {
    const rows = [{doc_id: "wire-2016-12-hold"}, {doc_id: "wire-2016-12-hold"}];
    expect(documentsBehind(rows, documents).map((d) => d.doc_id)).toEqual(["wire-2016-12-hold"]);
  });
});

describe("describeGap", () => {
  test("says in how many years the public side was more supportive, and where the gap was widest", () => {
    expect(describeGap(gapRows(fixtures.gap), {actorName: "China"})).toBe(
      "In 3 of the 3 years with statements by China there were both public and private ones; in all 3 the public ones " +
        "were on average more supportive. The gap was widest in 2016: public +2.0, private −2.0, a gap of +4.0."
    );
  });

  test("handles years with one channel only, and negative gaps", () => {
    const rows = gapRows([
      {year: 2011, public_mean: -2, public_statements: 1, private_mean: "", private_statements: 0, gap: ""},
      {year: 2019, public_mean: 0.2, public_statements: 6, private_mean: 0.8, private_statements: 5, gap: -0.6}
    ]);
    expect(describeGap(rows)).toBe(
      "In 1 of the 2 years with statements there were both public and private ones; in 0 of them the public ones were " +
        "on average more supportive. The gap was widest in 2019: public +0.2, private +0.8, a gap of −0.6."
    );
    expect(describeGap(rows.slice(0, 1))).toBe("No year with statements had both public and private ones.");
    expect(describeGap([])).toBe("No statements.");
  });
});

describe("formatting", () => {
  test("stances carry a sign and a true minus", () => {
    expect([formatStance(1.44), formatStance(-1.25), formatStance(0), formatStance(-0.04), formatStance(NaN)]).toEqual([
      "+1.4",
      "−1.3",
      "0.0",
      "0.0",
      "–"
    ]);
    expect(formatStance(2, {digits: 0})).toBe("+2");
    expect([stanceWord(0.5), stanceWord(-0.5), stanceWord(0.1)]).toEqual(["supportive", "critical", "neutral"]);
  });

  test("dates keep their precision", () => {
    expect([formatDate("2017-09-04"), formatDate("2017-09"), formatDate("2017"), formatDate("")]).toEqual([
      "4 Sep 2017",
      "Sep 2017",
      "2017",
      "undated"
    ]);
    expect(formatDate("2017-09", {long: true})).toBe("September 2017");
    expect(yearSpan([2011, 2019])).toBe("2011–2019");
  });

  test("stance colours run from orange (pressure) through grey to purple (support)", () => {
    expect([-2, -1, 0, 1, 2].map(stanceColor)).toEqual(["#b35806", "#f1a340", "#999999", "#9565b6", "#542788"]);
  });

  test("prose follows the direction of the data", () => {
    expect(compareChannels(0.46, -0.08)).toBe("more supportive in public (+0.5) than in private (−0.1)");
    expect(compareChannels(-1, 1)).toBe("more supportive in private (+1.0) than in public (−1.0)");
    expect(compareChannels(0.5, null)).toContain("with no private statements to compare");
    expect(percent(0.834)).toBe("83%");
    expect(percent(null)).toBe("–");
  });
});

describe("rows", () => {
  test("undo d3.autoType's dates and numbers", () => {
    const [s] = statementRows([
      {statement_id: "x", date: new Date("2017-09-01T00:00:00Z"), date_precision: "month", stance: "-2", start: "3"}
    ]);
    expect(s).toMatchObject({date: "2017-09", stance: -2, start: 3});
  });
});

describe("layout", () => {
  test("packRows puts overlapping intervals in separate rows", () => {
    expect(
      packRows([
        [0, 10],
        [5, 15],
        [20, 30],
        [13, 19]
      ])
    ).toEqual([0, 1, 1, 0]);
    expect(
      packRows([
        [0, 10],
        [11, 19]
      ])
    ).toEqual([0, 1]); // closer than the 2-pixel gap
    expect(
      packRows(
        [
          [0, 10],
          [5, 15],
          [6, 16]
        ],
        {maxRows: 2}
      )
    ).toEqual([0, 1, -1]);
  });

  test("truncate cuts with an ellipsis", () => {
    expect(truncate("Technical hold on India's proposal", 12)).toBe("Technical h…");
    expect(truncate("short", 12)).toBe("short");
  });
});

describe("keyEvents", () => {
  test("keeps the chosen kinds, dated at least to the month, one per kind and month", () => {
    const events = [
      ...fixtures.events,
      {
        ...fixtures.events[1],
        event_id: "dup",
        label: "declaration",
        date_precision: "month",
        date: "2017-09",
        date_start: "2017-09-01",
        date_end: "2017-09-30"
      },
      {
        ...fixtures.events[0],
        event_id: "vague",
        date: "2016",
        date_precision: "year",
        date_start: "2016-01-01",
        date_end: "2016-12-31"
      }
    ];
    expect(keyEvents(events).map((e) => e.event_id)).toEqual([
      "wire-2016-12-hold-e01",
      "daily-2017-09-brics-e02",
      "daily-2017-09-brics-e01"
    ]);
    expect(keyEvents(events, {kinds: ["military_operation"]}).map((e) => e.label)).toEqual(["Salala strike"]);
    expect(keyEvents(events, {years: [2017, 2017]}).map((e) => e.kind)).toEqual(["summit", "declaration"]);
  });

  test("rejects bad options", () => {
    expect(() => keyEvents([], {precision: "week" as "day"})).toThrow("invalid precision: week");
    expect(() => keyEvents([], {years: [2019, 2011]})).toThrow("invalid years: 2019,2011");
  });
});
