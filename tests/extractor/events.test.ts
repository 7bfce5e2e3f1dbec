import {describe, expect, it} from "vitest";
import {extractArticle} from "../../src/extractArticle.ts";
import {article} from "./helpers.ts";

const eventsOf = (body: string, published = "2023-01-17") =>
  extractArticle(article(body, {published})).events.map(({kind, date, span}) => ({kind, date, span}));

describe("events told by what someone did", () => {
  it("reads an attack from its clause, subject included", () => {
    expect(eventsOf("A suicide bomber drove an explosives-laden car into a convoy near Besham on Tuesday.")).toEqual([
      {
        kind: "attack",
        date: "2023-01-17",
        span: "A suicide bomber drove an explosives-laden car into a convoy near Besham on Tuesday"
      }
    ]);
    expect(eventsOf("On Sunday, gunmen opened fire on a bus carrying pilgrims.")[0]).toMatchObject({
      kind: "attack",
      date: "2023-01-15"
    });
  });

  it("reads UN actions and visits told by verbs", () => {
    expect(eventsOf("The commander had been added to the list on Monday.")[0]).toMatchObject({
      kind: "un_action",
      date: "2023-01-16"
    });
    expect(eventsOf("Beijing withdrew its hold last week.")[0]).toMatchObject({kind: "un_action", date: "2023-01"});
    expect(eventsOf("The army chief visited the embassy on Wednesday to offer condolences.")[0]).toMatchObject({
      kind: "meeting",
      date: "2023-01-11"
    });
  });

  it("gives one event per date listed one after another", () => {
    expect(eventsOf("China had blocked similar bids in 2009, 2016 and 2017.").map((e) => e.date)).toEqual([
      "2009",
      "2016",
      "2017"
    ]);
  });

  it("does not make an event of a participle describing a noun", () => {
    const events = eventsOf("The summit, hosted by China this year, began on September 3.");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({kind: "summit", date: "2022-09-03"});
  });
});

describe("an event beside an attack", () => {
  it("does not take the attack's day", () => {
    const events = eventsOf("The meeting discussed the September 18 attack on an army base.", "2016-10-06");
    expect(events.find((e) => e.kind === "meeting")?.date).toBe("2016-10");
    expect(events.find((e) => e.kind === "attack")?.date).toBe("2016-09-18");
  });
});
