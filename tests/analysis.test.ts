import {from} from "arquero";
import {describe, expect, test} from "vitest";
import {
  publicPrivateGap,
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
