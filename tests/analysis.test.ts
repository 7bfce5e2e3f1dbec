import {from} from "arquero";
import {describe, expect, test} from "vitest";
import {
  countedStatements,
  mostReportedEvents,
  publicPrivateGap,
  speakersByChannel,
  stanceBeforeAfter,
  stanceByActorChannelPeriod,
  statementsAroundEvents,
  storySummary
} from "../src/analysis/index.ts";
import {dateRange} from "../src/tables.ts";

/** A statement row with the columns the analysis reads. */
function said(id: string, actor: string, target: string, channel: "public" | "private", stance: number, date: string) {
  const [date_start, date_end] = dateRange(date);
  const date_precision = date.length === 10 ? "day" : date.length === 7 ? "month" : date.length === 4 ? "year" : "";
  return {statement_id: id, actor, target, channel, stance, date, date_precision, date_start, date_end};
}

function happened(event_id: string, date: string, kind = "attack") {
  const [date_start, date_end] = dateRange(date);
  return {event_id, date, date_start, date_end, kind, label: `${kind} ${event_id}`};
}

describe("stanceByActorChannelPeriod", () => {
  const statements = from([
    said("s1", "CN", "PK", "public", 2, "2017-09-04"),
    said("s2", "CN", "PK", "public", 1, "2017-10"),
    said("s3", "CN", "PK", "public", -1, "2017"),
    said("s4", "CN", "PK", "private", -2, "2017-09-20"),
    said("s5", "CN", "IN", "public", -2, "2018-01-01"),
    said("s6", "US", "PK", "public", -2, "2017-09-05"),
    said("s7", "CN", "PK", "public", 2, ""),
    said("s8", "", "PK", "public", 2, "2017-09-05")
  ]);

  test("yearly: mean stance and count by actor × channel × year, leaving out undated and unattributed statements", () => {
    expect(stanceByActorChannelPeriod(statements).objects()).toEqual([
      {actor: "CN", channel: "private", period: "2017", mean_stance: -2, statements: 1},
      {actor: "CN", channel: "public", period: "2017", mean_stance: 2 / 3, statements: 3},
      {actor: "CN", channel: "public", period: "2018", mean_stance: -2, statements: 1},
      {actor: "US", channel: "public", period: "2017", mean_stance: -2, statements: 1}
    ]);
  });

  test("monthly: a statement dated only to the year has no month and is left out", () => {
    const rows = stanceByActorChannelPeriod(statements, {period: "month", actors: ["CN"], target: "PK"}).objects();
    expect(rows).toEqual([
      {actor: "CN", channel: "private", period: "2017-09", mean_stance: -2, statements: 1},
      {actor: "CN", channel: "public", period: "2017-09", mean_stance: 2, statements: 1},
      {actor: "CN", channel: "public", period: "2017-10", mean_stance: 1, statements: 1}
    ]);
  });

  test("uses the actors and target passed in (table expressions get them through params, not closures)", () => {
    const rows = stanceByActorChannelPeriod(statements, {actors: ["US"], target: "PK"}).objects();
    expect(rows).toEqual([{actor: "US", channel: "public", period: "2017", mean_stance: -2, statements: 1}]);
    expect(stanceByActorChannelPeriod(statements, {target: "IN"}).objects()).toHaveLength(1);
  });
});

describe("publicPrivateGap", () => {
  const statements = from([
    said("s1", "CN", "PK", "public", 2, "2016-05-02"),
    said("s2", "CN", "PK", "public", 1, "2016"),
    said("s3", "CN", "PK", "private", -1, "2016-03"),
    said("s4", "CN", "PK", "public", 2, "2019-02-15"),
    said("s5", "CN", "IN", "private", -2, "2016-01-01"),
    said("s6", "US", "IN", "public", 1, "2018-06-01"),
    said("s7", "US", "IN", "private", -1, "2018-06-02"),
    said("s8", "CN", "PK", "private", 0, "")
  ]);

  test("per year: public and private means, counts, the gap and the ids behind each mean, in date order", () => {
    const [y2016, y2019] = publicPrivateGap(statements).objects() as Record<string, unknown>[];
    expect(y2016).toEqual({
      year: 2016,
      public_mean: 1.5,
      public_statements: 2,
      private_mean: -1,
      private_statements: 1,
      gap: 2.5,
      public_ids: "s2;s1",
      private_ids: "s3"
    });
    expect(y2019).toMatchObject({year: 2019, public_mean: 2, private_mean: null, private_statements: 0, gap: null});
    expect(y2019.private_ids).toBe("");
  });

  test("uses the actor and target passed in (table expressions get them through params, not closures)", () => {
    expect(publicPrivateGap(statements, {actor: "US", target: "IN"}).objects()).toEqual([
      {
        year: 2018,
        public_mean: 1,
        public_statements: 1,
        private_mean: -1,
        private_statements: 1,
        gap: 2,
        public_ids: "s6",
        private_ids: "s7"
      }
    ]);
  });

  test("no statements from the actor about the target: no years", () => {
    expect(publicPrivateGap(statements, {actor: "RU", target: "PK"}).numRows()).toBe(0);
  });
});

describe("statementsAroundEvents", () => {
  const statements = from([
    said("s1", "CN", "PK", "public", 1, "2017-09-10"),
    said("s2", "CN", "PK", "public", -1, "2017-08-01"),
    said("s3", "CN", "PK", "private", 0, "2017-09"),
    said("s4", "IN", "PK", "public", -2, "2017-10-04"),
    said("s5", "IN", "PK", "public", -2, "2017-10-05"),
    said("s6", "CN", "PK", "public", 2, "")
  ]);
  const events = from([happened("e1", "2017-09-04", "summit"), happened("e2", "")]);
  const ids = (table: ReturnType<typeof statementsAroundEvents>) =>
    (table.objects() as Record<string, unknown>[]).map((row) => [row.statement_id, row.offset_days]);

  test("statements whose dates fall within 30 days of the event, with signed offsets (0 when the ranges overlap)", () => {
    const around = statementsAroundEvents(statements, events);
    const [first] = around.objects();
    expect(ids(around).map(([id]) => id)).toEqual(["s3", "s1", "s4"]);
    expect(ids(around).map(([, offset]) => offset)).toEqual([0, 6, 30]);
    expect(first).toMatchObject({
      event_id: "e1",
      event_date: "2017-09-04",
      event_kind: "summit",
      channel: "private",
      statement_date: "2017-09",
      statement_precision: "month"
    });
  });

  test("uses the window passed in (table expressions get it through params, not closures)", () => {
    const offsets = ids(statementsAroundEvents(statements, events, {days: 40})).map(([, offset]) => offset);
    expect(offsets).toEqual([-34, 0, 6, 30, 31]);
    expect(statementsAroundEvents(statements, events, {days: 0}).numRows()).toBe(1);
  });
});

describe("storySummary", () => {
  const statements = from(
    [
      said("s1", "CN", "PK", "public", 2, "2016-05-02"),
      said("s2", "CN", "PK", "private", -2, "2016-06"),
      said("s3", "CN", "PK", "public", 1, "2019"),
      said("s4", "CN", "PK", "private", 0, "2019-03-01"),
      said("s5", "CN", "PK", "public", 0, ""),
      said("s6", "CN", "IN", "public", -1, "2019-03-02"),
      said("s7", "PK", "IN", "public", -2, "2019-03-02")
    ].map((row) => ({...row, codebook_version: "9.9.9"}))
  );
  const documents = from([
    {doc_id: "a", publisher: "Dawn", published: "2019-03-04"},
    {doc_id: "b", publisher: "Dawn", published: "2016-06"},
    {doc_id: "c", publisher: "NDTV", published: "2019-03-05"}
  ]);
  const actors = from([
    {actor: "CN", name: "China"},
    {actor: "PK", name: "Pakistan"}
  ]);
  const events = from([happened("e1", "2019-02-14")]);

  test("the numbers the prose cites: corpus size, channel counts, dates, means, the year of the largest gap", () => {
    const summary = storySummary({documents, statements, events, actors});
    expect(summary.actor).toEqual({code: "CN", name: "China"});
    expect(summary.target).toEqual({code: "PK", name: "Pakistan"});
    expect(summary.corpus).toEqual({
      articles: 3,
      publishers: 2,
      first_published: "2016-06",
      last_published: "2019-03-05",
      statements: 7,
      events: 1,
      actors: 2,
      codebook_version: "9.9.9"
    });
    expect(summary.actor_statements).toBe(6);
    expect(summary.statements).toEqual({
      total: 5,
      public: 3,
      private: 2,
      dated: 4,
      undated: 1,
      first_date: "2016-05-02",
      last_date: "2019",
      mean_stance: 1 / 5,
      public_mean_stance: 1,
      private_mean_stance: -1,
      gap: 2
    });
    expect(summary.years).toEqual({
      count: 2,
      with_both_channels: 2,
      largest_gap: {year: 2016, gap: 4, public_mean: 2, private_mean: -2, public_statements: 1, private_statements: 1}
    });
  });

  test("another actor and target, and no statements at all", () => {
    const summary = storySummary({documents, statements, events, actors}, {actor: "PK", target: "IN"});
    expect(summary.target.name).toBe("IN");
    expect(summary.statements.total).toBe(1);
    const none = storySummary({documents, statements, events, actors}, {actor: "RU"});
    expect(none.statements).toMatchObject({total: 0, mean_stance: null, gap: null, first_date: ""});
    expect(none.years).toEqual({count: 0, with_both_channels: 0, largest_gap: null});
  });
});

/** A statement with a speaker, a disclosure and a review status. */
function spoken(
  id: string,
  speaker: string,
  channel: "public" | "private",
  stance: number,
  date: string,
  {actor = "CN", target = "PK", role = "", disclosure = "on_record", status = "machine"} = {}
) {
  return {
    ...said(id, actor, target, channel, stance, date),
    speaker,
    speaker_role: role,
    disclosure,
    review_status: status
  };
}

describe("rejected statements", () => {
  const statements = from(
    [
      spoken("s1", "Geng Shuang", "public", 2, "2017-09-04"),
      spoken("s2", "Beijing", "private", -2, "2017-09-10"),
      spoken("s3", "Beijing", "private", 2, "2017-09-11", {status: "rejected"}),
      spoken("s4", "Geng Shuang", "public", -2, "2017-09-05", {status: "corrected"})
    ].map((row) => ({...row, codebook_version: "9.9.9"}))
  );

  test("countedStatements leaves out rejected rows, and passes a table without review columns through", () => {
    expect(countedStatements(statements).array("statement_id")).toEqual(["s1", "s2", "s4"]);
    const unreviewed = from([said("s1", "CN", "PK", "public", 1, "2017")]);
    expect(countedStatements(unreviewed)).toBe(unreviewed);
  });

  test("every analysis leaves them out: gap, stance by period, statements around events, the summary", () => {
    const [year] = publicPrivateGap(statements).objects() as Record<string, unknown>[];
    expect(year).toMatchObject({public_statements: 2, private_statements: 1, private_mean: -2, private_ids: "s2"});
    expect(stanceByActorChannelPeriod(statements).objects()).toContainEqual(
      expect.objectContaining({channel: "private", mean_stance: -2, statements: 1})
    );
    const around = statementsAroundEvents(statements, from([happened("e1", "2017-09-04")]));
    expect(around.array("statement_id")).not.toContain("s3");
    const summary = storySummary({
      documents: from([{doc_id: "a", publisher: "Dawn", published: "2017-09-12"}]),
      statements,
      events: from([]),
      actors: from([{actor: "CN", name: "China"}])
    });
    expect(summary.corpus.statements).toBe(3);
    expect(summary.statements).toMatchObject({total: 3, private: 1, private_mean_stance: -2});
  });
});

describe("speakersByChannel", () => {
  const statements = from([
    spoken("s1", "Geng Shuang", "public", 2, "2017-09-04", {role: "spokesman"}),
    spoken("s2", "Geng Shuang", "public", -1, "2017-09-05", {role: ""}),
    spoken("s3", "CHINA", "public", 1, "2016-12-30"),
    spoken("s4", "China", "public", 1, "2017"),
    spoken("s5", "China", "private", -2, "2017-10", {disclosure: "leak"}),
    spoken("s6", "Chinese officials", "private", -1, "", {disclosure: "anonymous"}),
    spoken("s7", "China", "private", 2, "2017-10", {status: "rejected"}),
    spoken("s8", "Narendra Modi", "public", -2, "2019", {actor: "IN"}),
    spoken("s9", "China", "public", 0, "2019", {target: "IN"}),
    spoken("s10", "China", "public", 1, "2017-01")
  ]);

  test("one row per speaker × channel: counts, mean stance, role, disclosures, dates and ids; most statements first", () => {
    expect(speakersByChannel(statements, {actor: "CN", target: "PK"}).objects()).toEqual([
      {
        speaker: "China",
        speaker_role: "",
        channel: "public",
        statements: 3,
        mean_stance: 1,
        disclosures: "on_record",
        first_date: "2016-12-30",
        last_date: "2017-01",
        statement_ids: "s3;s4;s10"
      },
      {
        speaker: "Geng Shuang",
        speaker_role: "spokesman",
        channel: "public",
        statements: 2,
        mean_stance: 0.5,
        disclosures: "on_record",
        first_date: "2017-09-04",
        last_date: "2017-09-05",
        statement_ids: "s1;s2"
      },
      {
        speaker: "China",
        speaker_role: "",
        channel: "private",
        statements: 1,
        mean_stance: -2,
        disclosures: "leak",
        first_date: "2017-10",
        last_date: "2017-10",
        statement_ids: "s5"
      },
      {
        speaker: "Chinese officials",
        speaker_role: "",
        channel: "private",
        statements: 1,
        mean_stance: -1,
        disclosures: "anonymous",
        first_date: "",
        last_date: "",
        statement_ids: "s6"
      }
    ]);
  });

  test("any target by default; the actor passed in", () => {
    const rows = speakersByChannel(statements).objects() as {statement_ids: string}[];
    expect(rows.find((r) => r.statement_ids.includes("s9"))).toBeDefined();
    expect(speakersByChannel(statements, {actor: "IN"}).array("speaker")).toEqual(["Narendra Modi"]);
  });
});

describe("mostReportedEvents", () => {
  const event = (event_id: string, doc_id: string, date: string, kind: string) => ({
    ...happened(event_id, date, kind),
    doc_id,
    date_precision: date.length === 10 ? "day" : date.length === 7 ? "month" : "year"
  });
  const events = from([
    event("a-e1", "a", "2017-09", "declaration"),
    event("b-e1", "b", "2017-09-04", "declaration"),
    event("b-e2", "b", "2017-09", "declaration"),
    event("a-e2", "a", "2019-02-14", "attack"),
    event("a-e3", "a", "2019-02", "attack"),
    event("a-e4", "a", "2019-02-20", "attack"),
    event("c-e1", "c", "2016", "un_action"),
    event("c-e2", "c", "2016-12-30", "un_action")
  ]);

  test("groups events of a kind and month, ranks by articles then mentions, and picks the first mention dated to the day", () => {
    const rows = mostReportedEvents(events).objects() as Record<string, unknown>[];
    expect(rows.map((r) => [r.kind, r.month, r.articles, r.mentions, r.event_id])).toEqual([
      ["declaration", "2017-09", 2, 3, "b-e1"],
      ["attack", "2019-02", 1, 3, "a-e2"],
      ["un_action", "2016-12", 1, 1, "c-e2"]
    ]);
    expect(rows[0]).toMatchObject({date: "2017-09-04", date_precision: "day", doc_id: "b"});
    expect(String(rows[0].event_ids).split(";").sort()).toEqual(["a-e1", "b-e1", "b-e2"]);
  });
});

describe("stanceBeforeAfter", () => {
  const statements = from([
    spoken("s1", "China", "public", 2, "2017-06-01"),
    spoken("s2", "China", "public", 1, "2017-08-01"),
    spoken("s3", "China", "private", -2, "2017-09"),
    spoken("s4", "China", "public", -1, "2017-10-01"),
    spoken("s5", "China", "public", -2, "2017-11-01", {status: "rejected"}),
    spoken("s6", "China", "public", 2, "2019-01-01"),
    spoken("s7", "Modi", "public", -2, "2017-10-01", {actor: "IN"})
  ]);
  const events = from([happened("e1", "2017-09-04", "declaration"), happened("e2", "2012-01-01")]);

  test("six rows, side × channel, with counts, means and ids; rejected and other actors' statements left out", () => {
    expect(stanceBeforeAfter(statements, events, {event: "e1", days: 180}).objects()).toEqual([
      {side: "before", channel: "public", statements: 2, mean_stance: 1.5, statement_ids: "s1;s2"},
      {side: "before", channel: "private", statements: 0, mean_stance: null, statement_ids: ""},
      {side: "at", channel: "public", statements: 0, mean_stance: null, statement_ids: ""},
      {side: "at", channel: "private", statements: 1, mean_stance: -2, statement_ids: "s3"},
      {side: "after", channel: "public", statements: 1, mean_stance: -1, statement_ids: "s4"},
      {side: "after", channel: "private", statements: 0, mean_stance: null, statement_ids: ""}
    ]);
  });

  test("the window and the event passed in decide which statements count", () => {
    const wide = stanceBeforeAfter(statements, events, {event: "e1", days: 800}).objects() as {statements: number}[];
    expect(wide[4].statements).toBe(2);
    const none = stanceBeforeAfter(statements, events, {event: "e2"}).objects() as {statements: number}[];
    expect(none.every((row) => row.statements === 0)).toBe(true);
  });
});
