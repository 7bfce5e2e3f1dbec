import {describe, expect, it} from "vitest";
import {
  daysBeforePublication,
  findDateExpressions,
  parsePublicationDate,
  pointsAhead,
  resolveDate,
  resolveSequence,
  type ResolvedDate
} from "../../src/dates.ts";
import {tokenize} from "../../src/tokenize.ts";
import {statementsOf} from "./helpers.ts";

function resolve(text: string, published: string, anchorText?: string): ResolvedDate | undefined {
  const pub = parsePublicationDate(published);
  const anchor = anchorText ? resolve(anchorText, published) : undefined;
  const [expression] = findDateExpressions(tokenize(text));
  if (!expression) return undefined;
  return resolveDate(expression, {published: pub, anchor});
}

describe("dates, as the coding guide resolves them", () => {
  it.each([
    ["last month", "2017-09-07", {date: "2017-08", precision: "month"}],
    ["this year", "2017-09-07", {date: "2017", precision: "year"}],
    ["in an October meeting", "2017-09-07", {date: "2016-10", precision: "month"}],
    ["on August 23", "2017-09-07", {date: "2017-08-23", precision: "day"}],
    ["in December 2014", "2017-09-07", {date: "2014-12", precision: "month"}],
    ["in 2008", "2011-08", {date: "2008", precision: "year"}],
    ["in May this year", "2011-08", {date: "2011-05", precision: "month"}],
    ["on Friday", "2016-12-31", {date: "2016-12-30", precision: "day"}],
    ["on Monday", "2017-09-04", {date: "2017-09-04", precision: "day"}],
    ["on Friday", "2016-12", {date: "2016-12", precision: "month"}],
    ["recently", "2012-06-01", {date: "2012", precision: "year"}],
    ["tomorrow", "2017-09-04", {date: "2017-09-05", precision: "day"}],
    ["three years ago", "2017-09-07", {date: "2014", precision: "year"}],
    ["September 4, 2017", "2019-01-01", {date: "2017-09-04", precision: "day"}],
    ["4 September", "2017-09-07", {date: "2017-09-04", precision: "day"}]
  ])("%s in an article of %s", (text, published, expected) => {
    expect(resolve(text, published)).toEqual(expected);
  });

  it("chains a relative date to the date just mentioned", () => {
    expect(resolve("A day earlier", "2017-09-07", "on August 23")).toEqual({date: "2017-08-22", precision: "day"});
    expect(resolve("a week later", "2017-09-07", "on August 23")).toEqual({date: "2017-08", precision: "month"});
  });

  it("gives no date where the text gives none, never a guess", () => {
    expect(resolve("A day earlier", "2017-09-07")).toBeUndefined();
    expect(resolve("over the years", "2019-02-21")).toBeUndefined();
  });

  it("does not read the modal may or a count as a date", () => {
    expect(findDateExpressions(tokenize("Pakistan may act against 200 militants"))).toEqual([]);
    expect(findDateExpressions(tokenize("In May, Pakistan acted")).length).toBe(1);
  });

  it("chains within a sentence and leaves the last date as the next anchor", () => {
    const tokens = tokenize("Yang spoke on August 23; a day earlier Hua praised Pakistan.");
    const {dates, anchor} = resolveSequence(findDateExpressions(tokens), {
      published: parsePublicationDate("2017-09-07")
    });
    expect(dates.map((d) => d?.date)).toEqual(["2017-08-23", "2017-08-22"]);
    expect(anchor).toEqual({date: "2017-08-22", precision: "day"});
  });
});

describe("the start or the end of a period", () => {
  it("reads 'at the start of the month' and 'by the end of this year' as the period the article is in", () => {
    const found = findDateExpressions(
      tokenize("It renewed the hold at the start of the month and will act by the end of this year.")
    );
    expect(found.map((d) => [d.type, (d as {unit?: string}).unit])).toEqual([
      ["relative", "month"],
      ["relative", "year"]
    ]);
  });
});

describe("day before month", () => {
  it("reads '2 May' and '2nd May' as dates, and leaves the modal 'may' alone", () => {
    const read = (text: string) => findDateExpressions(tokenize(text)).map((d) => [d.type, d.start, d.end]);
    expect(read("killed him on 2 May.")).toEqual([["absolute", 3, 5]]);
    expect(read("the 2nd May raid")).toEqual([["absolute", 1, 3]]);
    expect(read("the 12 people may say")).toEqual([]);
  });
});

describe("the year a passage is telling", () => {
  const datesOf = (body: string) => statementsOf(body, {published: "2020-08-06"}).map((s) => s.date);

  it("gives a month without a year the past year its paragraph is telling", () => {
    expect(datesOf("India tried again in 2016. Beijing put a technical hold on the bid in March.")).toEqual([
      "2016-03"
    ]);
  });

  it("leaves a month in another paragraph to its most recent occurrence", () => {
    expect(datesOf("India tried again in 2016.\n\nBeijing put a technical hold on the bid in March.")).toEqual([
      "2020-03"
    ]);
  });
});

describe("times to come", () => {
  it("tells the expressions that look ahead of the telling from those that do not", () => {
    const ahead = (text: string) => {
      const tokens = tokenize(text);
      return findDateExpressions(tokens).map((e) => pointsAhead(tokens, e));
    };
    expect(ahead("they would meet before the end of the year")).toEqual([true]);
    expect(ahead("he will travel next week")).toEqual([true]);
    expect(ahead("he travelled last week")).toEqual([false]);
    expect(ahead("at the end of the year they met")).toEqual([false]);
  });

  it("does not date a statement by what it promises for later", () => {
    const dates = (body: string) => statementsOf(body, {published: "2017-06-27"}).map((s) => s.date);
    expect(dates("Chinese spokesman Liu Wen said the envoys would meet again before the end of the year.")).toEqual([
      "2017-06"
    ]);
    expect(dates("Pakistan's interior minister said he would travel to Beijing next week.")).toEqual(["2017-06"]);
  });
});

describe("documents issued on a day", () => {
  it("dates what a document says by the day it was said to be issued", () => {
    const rows = statementsOf(
      "China and Pakistan met in Beijing, according to a joint communique issued on Friday.\n\nBoth sides condemned the killing of Chinese engineers, the communique said.",
      {published: "2023-06-11"}
    );
    // A communique is on the record, not an anonymous source, and "both sides" defend neither's record alone.
    const told = rows.filter((r) => r.quote.startsWith("Both sides"));
    expect(told.map((r) => [r.actor, r.date, r.date_cue, r.channel, r.disclosure, r.stance])).toEqual([
      ["PK", "2023-06-09", "on Friday", "public", "on_record", 0],
      ["CN", "2023-06-09", "on Friday", "public", "on_record", 0]
    ]);
  });
});

describe("daysBeforePublication", () => {
  it("counts calendar days from a day to the publication date, and knows nothing without its day", () => {
    expect(daysBeforePublication("2021-09-16", {year: 2021, month: 9, day: 18})).toBe(2);
    expect(daysBeforePublication("2021-08-30", {year: 2021, month: 9, day: 1})).toBe(2);
    expect(daysBeforePublication("2021-09-16", {year: 2021, month: 9})).toBeUndefined();
  });
});

describe("a chain counted in days after a look back at earlier years", () => {
  const datesOf = (body: string) => statementsOf(body, {published: "2018-12-05"}).map((s) => s.date);

  it("counts 'the same day' in a new paragraph from the last day told, not from a year told in passing", () => {
    expect(
      datesOf(
        "Gunmen stormed the consulate on November 23. In 2017, two engineers were killed in Quetta.\n\n" +
          '"We condemn this attack," the Chinese spokeswoman Lin Yu said the same day.'
      )
    ).toEqual(["2018-11-23"]);
  });

  it("keeps a chain in the paragraph of the year or month just told to that year or month", () => {
    expect(
      datesOf(
        "Gunmen stormed the consulate on November 23.\n\n" +
          'In May 2016 the committee met. "We condemn this attack," the Chinese spokeswoman Lin Yu said the same day.'
      )
    ).toEqual(["2016-05"]);
  });

  it("keeps 'at the time' and 'the day after the attack' off the last day told", () => {
    const tokens = tokenize("said at the time, and the day after the attack, and the same day");
    expect(findDateExpressions(tokens).map((d) => d.type === "chained" && d.countsDays === true)).toEqual([
      false,
      false,
      true
    ]);
  });
});

describe("a past perfect dated by its own clause", () => {
  const datesOf = (body: string) => statementsOf(body, {published: "2018-12-05"}).map((s) => s.date);

  it("dates 'A day earlier, the embassy had written …' to that day", () => {
    expect(
      datesOf(
        "Zhou met the interior secretary on November 27. " +
          "A day earlier, the Chinese embassy had written to the interior ministry asking for more police officers."
      )
    ).toEqual(["2018-11-26"]);
  });

  it("still dates what a report on a day says had happened only to that month", () => {
    expect(
      datesOf("On Friday, a Pakistani official said the Chinese embassy had asked for more police officers.")
    ).toEqual(["2018-11"]);
  });
});

describe("the date of a text named again", () => {
  it("does not give 'the statement' the date of an earlier statement when a new, undated one came between", () => {
    const rows = statementsOf(
      "Chinese embassy spokesman Wang Li said in a statement on Tuesday that China condemned the attack.\n\nPakistani Prime Minister Junaid Rasheed visited the wounded on Wednesday. Rasheed vowed that the perpetrators would be brought to justice, his office said in a statement.\n\nRasheed told the ambassador that Pakistan would protect Chinese workers, according to the statement.",
      {published: "2022-05-03"}
    );
    expect(rows.at(-1)).toMatchObject({speaker: "Junaid Rasheed", date: "2022-04-27"});
  });
});

describe("a date in a relative clause of what was said", () => {
  it("dates the noun the clause tells of, not the statement, unless the clause tells of the act itself", () => {
    const [offensive] = statementsOf(
      "Foreign Office spokeswoman Sara Khan said Pakistan was fighting the militants in the offensive, which began on June 15.",
      {published: "2014-07-12"}
    );
    expect(offensive.date).toBe("2014-07");
    const [proposal] = statementsOf(
      "Japan's bid, which was tabled in February at the sanctions committee, named the group's chief.",
      {published: "2016-12-31"}
    );
    expect(proposal).toMatchObject({actor: "JP", date: "2016-02"});
  });
});
