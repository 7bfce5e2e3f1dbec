import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {defaultCodebookPath, loadCodebook} from "../../src/codebook.ts";
import {compilePattern, inflect} from "../../src/patterns.ts";
import {editedCodebookFile, statementsOf} from "./helpers.ts";

/** The stance of the first statement of a body. */
const stanceOf = (body: string) => statementsOf(body)[0]?.stance;

describe("pattern syntax", () => {
  it("inflects a word~ into its regular forms", () => {
    expect(inflect("urge")).toEqual(["urge", "urges", "urged", "urging"]);
    expect(inflect("prod")).toEqual(["prod", "prods", "prodded", "prodding"]);
    expect(inflect("deny")).toEqual(["deny", "denies", "denied", "denying"]);
  });

  it("compiles alternatives, gaps and entity slots", () => {
    expect(compilePattern("urge~ ...3 to act|move").slots.map((slot) => slot.type)).toEqual([
      "word",
      "gap",
      "word",
      "word"
    ]);
    expect(compilePattern("stood|stand~ with @TARGET").slots.at(-1)).toEqual({type: "entity", ref: "TARGET"});
  });

  it("refuses an alternative of several words, which would silently become several slots", () => {
    expect(() => compilePattern("all-weather|iron friend~")).toThrow(/invalid pattern: .*all-weather is several words/);
    expect(() => compilePattern("concern~ about @GROUP|militants")).toThrow(/an entity cannot be an alternative/);
    expect(() => compilePattern("made it clear|made clear")).toThrow(/clear in two slots in a row/);
    expect(() => compilePattern("no evidence|no proof")).toThrow(/no in two slots in a row/);
    expect(compilePattern("no evidence|proof").slots).toHaveLength(2);
    expect(() => compilePattern("... act")).toThrow(/starts with a gap/);
  });
});

describe("codebook validation", () => {
  it("names the file, the line and the field of a pattern that does not compile", () => {
    const text = readFileSync(defaultCodebookPath, "utf8");
    const line = text.split("\n").findIndex((l) => l.includes('{pattern: "technical hold", value: 2, act: true}')) + 1;
    expect(line).toBeGreaterThan(0);
    const path = editedCodebookFile((original) =>
      original.replace(
        '{pattern: "technical hold", value: 2, act: true}',
        '{pattern: "technical|all-weather hold", value: 2, act: true}'
      )
    );
    expect(() => loadCodebook({path, cached: false})).toThrow(
      new RegExp(`^${path}:${line}: stance\\.\\d+\\.pattern: invalid pattern: .*several words`)
    );
  });
});

describe("codebook patterns that read as meant", () => {
  it("matches each alternative of a cue, not only after the word before it", () => {
    expect(stanceOf("China withdrew its hold on the listing, the ministry said.")).toBe(-1);
    expect(stanceOf("India urged Pakistan to take action against the group.")).toBe(-1);
    expect(stanceOf("The US official said the militants enjoyed sanctuaries in Pakistan.")).toBe(-2);
    expect(stanceOf("A Chinese envoy said Beijing's patience was running thin.")).toBe(-2);
  });
});

describe("pressure told as a condition or a lesson", () => {
  it("reads a condition and a lesson to be learned as pressure", () => {
    expect(stanceOf("Chinese officials told Pakistan that the projects could slow unless security improved.")).toBe(-1);
    expect(stanceOf("China's foreign minister said the lessons of the attack must be learned.")).toBe(-1);
  });

  it("reads 'designated a terrorist' as an act, 'a listed terrorist organisation' as a description", () => {
    expect(stanceOf("He was designated a terrorist by the US Treasury Department in 2010.")).toBe(-1);
    const [s] = statementsOf(
      "“This decision is surprising and leaves the leader of a listed terrorist organisation free,” said India's spokesman Vikas Rao."
    );
    expect(s.stance_cue).toBe("surprising");
  });
});

describe("cues of pressure and shielding in other words", () => {
  it("reads an inflected crackdown, the presence of militants and a proposal moved as pressure", () => {
    expect(
      stanceOf(
        "China said it hoped Pakistan would further strengthen cooperation in jointly cracking down on the group."
      )
    ).toBe(-1);
    expect(stanceOf("Chinese officials had raised the presence of Uighur militants in Pakistan's tribal areas.")).toBe(
      -1
    );
    expect(stanceOf("India moved the proposal in the 1267 committee in February.")).toBe(-1);
  });

  it("reads holds used to block as shielding, and as an act with its subject", () => {
    const [s] = statementsOf("China has repeatedly used holds to block listings of Pakistan-based fighters.");
    expect(s).toMatchObject({actor: "CN", stance: 2, kind: "act"});
  });
});

describe("condemnation and blame", () => {
  it("reads a condemnation of an attack, or blame laid on nobody in particular, as neutral", () => {
    expect(stanceOf("China's foreign ministry condemned the attack on its consulate in Karachi.")).toBe(0);
    expect(stanceOf("Chinese officials blamed violent terrorists for the attack on the market.")).toBe(0);
  });

  it("reads blame laid on the target or on a group based there as strong pressure", () => {
    expect(stanceOf("India's foreign ministry blamed Jaish-e-Mohammad for the attack.")).toBe(-2);
    expect(stanceOf("A Chinese official blamed Pakistan for the attack.")).toBe(-2);
  });
});

describe("procedural defences", () => {
  it("reads the shielder's account of why it waits as support", () => {
    expect(stanceOf("China's spokesman said China needed time to make a thorough study of the listing.")).toBe(1);
    expect(stanceOf("China's spokesman said there were still different views on the listing application.")).toBe(1);
    expect(stanceOf("China's mission said its decision was in line with the rules of the committee.")).toBe(1);
    expect(stanceOf("Chinese negotiators argued that a declaration was not the place to single out any country.")).toBe(
      1
    );
  });

  it("does not read singling out the target as support", () => {
    expect(stanceOf("India's foreign ministry said the declaration had rightly singled out Pakistan.")).toBeLessThan(1);
  });
});
