import {describe, expect, it} from "vitest";
import {readArticle} from "../../src/article.ts";
import {extractArticle} from "../../src/extractArticle.ts";

// Invented articles (tests/fixtures/articles) in the styles the extractor has to read beyond the corpus: speakers the
// codebook has never heard of, anonymous sourcing, nested accounts, attacks on Chinese workers.
const rows = (id: string) =>
  extractArticle(readArticle(new URL(`../fixtures/articles/${id}.md`, import.meta.url).pathname)).statements.map(
    ({speaker, actor, channel, disclosure, stance, quote}) => ({speaker, actor, channel, disclosure, stance, quote})
  );

describe("articles the extractor was not tuned on", () => {
  it("attributes unknown speakers from their titles, nationalities and outlets", () => {
    const statements = rows("synthetic-2021-07-unknown-speakers");
    const by = (speaker: string) => statements.find((s) => s.speaker === speaker);
    expect(by("Li Mingde")).toMatchObject({actor: "CN", stance: 2});
    expect(by("Zhou Fang")).toMatchObject({actor: "CN"});
    expect(by("Tariq Mehmood")).toMatchObject({actor: "PK"});
    expect(statements.find((s) => s.speaker === "Chinese officials")).toMatchObject({
      actor: "CN",
      channel: "private",
      disclosure: "anonymous"
    });
    expect(statements.find((s) => s.speaker === "Chinese authorities")).toMatchObject({
      actor: "CN",
      channel: "private",
      disclosure: "leak"
    });
    expect(statements.find((s) => s.speaker === "the interior secretary")).toMatchObject({actor: "PK"});
    expect(statements.some((s) => s.quote.startsWith("Is China losing patience"))).toBe(false);
  });

  it("reads an attack story: demands, anonymous accounts of a call, and a state's own statement", () => {
    const statements = rows("synthetic-2021-07-workers-attack");
    expect(statements.find((s) => s.speaker === "Zhao Lijian")).toMatchObject({
      actor: "CN",
      channel: "public",
      stance: -1
    });
    expect(statements.find((s) => s.speaker === "Wang Yi")).toMatchObject({
      actor: "CN",
      channel: "private",
      disclosure: "anonymous"
    });
    expect(statements.find((s) => s.speaker === "Shah Mehmood Qureshi")).toMatchObject({
      actor: "PK",
      channel: "public"
    });
    expect(statements.find((s) => s.speaker.includes("security official"))).toMatchObject({
      actor: "PK",
      channel: "private"
    });
    expect(statements.find((s) => s.speaker === "Islamabad")).toMatchObject({channel: "public"});
  });

  it("reads a listing story: acts at the UN, a hold lifted, objections withdrawn, places that are not people", () => {
    const statements = rows("synthetic-2019-05-listing");
    expect(statements.find((s) => s.actor === "UN")).toMatchObject({stance: -1, channel: "public"});
    expect(statements.find((s) => s.speaker === "China")).toMatchObject({stance: -1, channel: "public"});
    expect(statements.find((s) => s.speaker === "Geng Shuang")).toMatchObject({actor: "CN", stance: -1});
    // The target's own "no objection" to a listing is cooperation it offers, not pressure on it (coding guide: +1).
    expect(statements.find((s) => s.speaker === "Pakistan's Foreign Office")).toMatchObject({actor: "PK", stance: 1});
    expect(statements.some((s) => s.speaker === "New York")).toBe(false);
    expect(statements.find((s) => s.speaker === "Chinese officials")).toMatchObject({
      actor: "CN",
      channel: "private",
      disclosure: "anonymous",
      stance: -1
    });
  });
});
