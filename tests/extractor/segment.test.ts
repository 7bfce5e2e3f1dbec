import {describe, expect, it} from "vitest";
import {segment} from "../../src/segment.ts";

const texts = (body: string) => segment(body).sentences.map((s) => body.slice(s.start, s.end));

describe("segment", () => {
  it("reads each item of a list as a paragraph of its own, so that bullets without full stops do not run together", () => {
    const body =
      "**Highlights**\n\n- BRICS names Lashkar\n- India calls it a step\n1. Pakistan rejects it\n\nA line - not an item.";
    expect(texts(body)).toEqual([
      "**Highlights**",
      "- BRICS names Lashkar",
      "- India calls it a step",
      "1. Pakistan rejects it",
      "A line - not an item."
    ]);
  });

  it("splits paragraphs on blank lines and sentences on full stops, not on abbreviations or initials", () => {
    const body = "\nU.S. President Donald Trump spoke. Gen. Kayani met S. Jaishankar on Monday.\n\nA new paragraph!";
    expect(texts(body)).toEqual([
      "U.S. President Donald Trump spoke.",
      "Gen. Kayani met S. Jaishankar on Monday.",
      "A new paragraph!"
    ]);
    expect(segment(body).sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it("keeps a quotation of several sentences in one sentence, so a quote is never cut", () => {
    const body = "“We must act. They are our assets? No.” he said. Then he left.";
    expect(texts(body)).toEqual(["“We must act. They are our assets? No.” he said.", "Then he left."]);
  });

  it("ends a sentence whose quotation closes on its full stop, but not one whose quoted question is then attributed", () => {
    expect(texts('He said India was "using the committee." Pakistan, he added, "is a victim."')).toEqual([
      'He said India was "using the committee."',
      'Pakistan, he added, "is a victim."'
    ]);
    expect(texts("It called the report “speculative.” The ministry said more.")).toEqual([
      "It called the report “speculative.”",
      "The ministry said more."
    ]);
    expect(texts('"Why would we allow it?" Foreign Office spokeswoman Sara Khan told reporters.')).toHaveLength(1);
  });

  it("reads straight and curly quotation marks, and an unmatched one quotes to the end of its paragraph", () => {
    const {sentences, quotations} = segment('He said "yes." Then: “no more.\n\nNext paragraph.');
    expect(quotations).toMatchObject([{closed: true}, {closed: false}]);
    const last = sentences[sentences.length - 1];
    expect(last.quoted.every((q) => !q)).toBe(true);
  });

  it("marks paragraphs that are page furniture", () => {
    const {sentences} = segment("A caption (File)\n\nThe story.", {isFurniture: (p) => p.includes("(File)")});
    expect(sentences.map((s) => s.furniture)).toEqual([true, false]);
  });

  it("copes with an empty body", () => {
    expect(segment("").sentences).toEqual([]);
    expect(segment("\n\n  \n").sentences).toEqual([]);
  });
});
