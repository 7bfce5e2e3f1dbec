/**
 * Editors' reviews (corpus/reviews.yaml): the file format and its errors, how reviews change the statements table and
 * everything derived from it, orphaned reviews, the reviews loader, freshness, and the ids reviews rely on.
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {analysisTable, summaryOf} from "../data-loaders/analysisTables.ts";
import {findLoaders, loaderInputs} from "../scripts/loaderInputs.ts";
import {freshenLoaders} from "../scripts/freshenLoaders.ts";
import {readArticle} from "../src/article.ts";
import {applyReviews} from "../src/applyReviews.ts";
import {readCorpus} from "../src/corpus.ts";
import {InputError} from "../src/InputError.ts";
import {parseReviews, readReviews, type Review} from "../src/readReviews.ts";
import {type ReviewReport} from "../src/reviewReport.ts";
import {articleRows, buildTables, type Tables} from "../src/tables.ts";
import {cloneRepo, ROOT, type RepoClone} from "./support/repoClone.ts";

const header = readFileSync(join(ROOT, "corpus", "reviews.yaml"), "utf8");
const {articles, texts} = readCorpus(join(ROOT, "corpus", "articles"));
const machine = buildTables(articles, {texts});

/** A review as the file would give it. */
function review(statement_id: string, status: Review["status"], set: Review["set"] = {}): Review {
  return {statement_id, status, set, reviewer: "A. Editor", date: "2025-01-15", note: "", line: 1};
}

/** The focus actor's statements about the target in a year that has both channels. */
function focusYear(tables: Tables) {
  const gap = analysisTable("gap", tables) as {year: number; gap: number | null}[];
  const year = gap.find((row) => row.gap !== null)!.year;
  const rows = tables.statements.filter(
    (s) => s.actor === "CN" && s.target === "PK" && s.date_start.startsWith(String(year))
  );
  return {
    year,
    public: rows.filter((s) => s.channel === "public"),
    private: rows.filter((s) => s.channel === "private")
  };
}

describe("the reviews file", () => {
  const entry = `
ndtv-2019-02-unsc-condemns-pulwama-names-jem-s0123456789:
  status: corrected
  set:
    stance: -1
    date: 2019-02-15
  reviewer: A. Editor
  date: 2025-01-15
  note: "the sources: pressure, not support"

x-2019-02-y-s9876543210: {status: rejected, reviewer: B. Editor, date: 2025-01-16}
`;

  test("the committed file parses, and so do corrections and rejections, each with its line", () => {
    expect(parseReviews(header).reviews).toEqual(expect.any(Array));
    const {reviews} = parseReviews(header + entry);
    expect(reviews).toEqual([
      {
        statement_id: "ndtv-2019-02-unsc-condemns-pulwama-names-jem-s0123456789",
        status: "corrected",
        set: {stance: -1, date: "2019-02-15"},
        reviewer: "A. Editor",
        date: "2025-01-15",
        note: "the sources: pressure, not support",
        line: header.split("\n").length + 1
      },
      expect.objectContaining({statement_id: "x-2019-02-y-s9876543210", status: "rejected", set: {}, note: ""})
    ]);
  });

  test.each([
    ["stance: -1", "stance: 3", 5, "s0123456789.set.stance", /too big|<=2/i],
    ["stance: -1", "colour: red", 5, "s0123456789.set.colour", /not a field an editor can correct \(speaker, /],
    ["stance: -1", "channel: secret", 5, "s0123456789.set.channel", /./],
    ["date: 2019-02-15", "date: 2019-02-30", 6, "s0123456789.set.date", /not a real calendar date/],
    ["date: 2019-02-15", "date_precision: month", 6, "s0123456789.set.date_precision", /only be set with date/],
    ["status: corrected", "status: rejected", 5, "s0123456789.set", /only a correction sets fields/],
    ["status: corrected", "status: done", 3, "s0123456789.status", /accepted, corrected or rejected/],
    ["  reviewer: A. Editor\n", "", 3, "s0123456789.reviewer", /is missing/],
    ["  date: 2025-01-15", "  date: 15 January", 8, "s0123456789.date", /YYYY-MM-DD/],
    ["x-2019-02-y-s9876543210", "x-2019-02-y-s98765", 11, "x-2019-02-y-s98765", /not a statement id/]
  ])("%s → %s: an error naming the file, line %i and the field", (from, to, line, field, message) => {
    const at = entry.lastIndexOf(from);
    const text = header + entry.slice(0, at) + to + entry.slice(at + from.length);
    let error: unknown;
    try {
      parseReviews(text, {file: "corpus/reviews.yaml"});
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    const {file, line: errorLine, field: errorField, message: text_} = error as InputError;
    expect(file).toBe("corpus/reviews.yaml");
    expect(errorLine! - header.split("\n").length + 1).toBe(line);
    expect(errorField!.endsWith(field)).toBe(true);
    expect(text_).toMatch(message);
  });

  test("a missing file has no reviews", () => {
    expect(readReviews(join(tmpdir(), "no-such-dir", "reviews.yaml")).reviews).toEqual([]);
  });
});

describe("applying reviews", () => {
  const [first, second, third] = machine.statements.filter((s) => s.actor === "CN");

  test("coded columns take the reviewed values, machine_* keep the extractor's, review columns say who and when", () => {
    const stance = first.stance === -2 ? 2 : -2;
    const {statements, applied, orphans} = applyReviews(machine.statements, [
      {...review(first.statement_id, "corrected", {stance, date: "2017-09", actor: "US"}), note: "the context"},
      review(second.statement_id, "rejected"),
      review(third.statement_id, "accepted")
    ]);
    const byId = new Map(statements.map((s) => [s.statement_id, s]));
    expect(byId.get(first.statement_id)).toEqual({
      ...first,
      stance,
      actor: "US",
      date: "2017-09",
      date_precision: "month",
      date_start: "2017-09-01",
      date_end: "2017-09-30",
      review_status: "corrected",
      reviewer: "A. Editor",
      review_date: "2025-01-15",
      review_note: "the context"
    });
    expect(byId.get(second.statement_id)).toMatchObject({review_status: "rejected", stance: second.machine_stance});
    expect(byId.get(third.statement_id)).toMatchObject({review_status: "accepted", reviewer: "A. Editor"});
    expect(statements.filter((s) => s.review_status === "machine")).toHaveLength(machine.statements.length - 3);
    expect(statements.map((s) => s.statement_id)).toEqual(machine.statements.map((s) => s.statement_id));
    expect(applied).toHaveLength(3);
    expect(orphans).toEqual([]);
  });

  test("is idempotent: reviewing reviewed rows again, or with no reviews, gives the same or the extractor's rows", () => {
    const reviews = [review(first.statement_id, "corrected", {stance: 0})];
    const once = applyReviews(machine.statements, reviews).statements;
    expect(applyReviews(once, reviews).statements).toEqual(once);
    expect(applyReviews(once, []).statements).toEqual(machine.statements);
  });

  test("a review whose statement no longer exists is returned as an orphan, not dropped", () => {
    const orphan = review("ndtv-2019-02-unsc-condemns-pulwama-names-jem-s0000000000", "rejected");
    const {statements, applied, orphans} = applyReviews(machine.statements, [
      orphan,
      review(first.statement_id, "accepted")
    ]);
    expect(orphans).toEqual([orphan]);
    expect(applied.map((r) => r.statement_id)).toEqual([first.statement_id]);
    expect(statements).toHaveLength(machine.statements.length);
  });
});

describe("derived tables use reviewed values and leave rejected statements out", () => {
  const before = focusYear(machine);

  test("rejecting a private statement changes the gap table and the summary; the row stays, marked rejected", () => {
    const rejected = before.private[0];
    const tables = buildTables(articles, {texts, reviews: [review(rejected.statement_id, "rejected")]});
    expect(tables.statements.find((s) => s.statement_id === rejected.statement_id)?.review_status).toBe("rejected");
    const gapRow = (t: Tables) =>
      (analysisTable("gap", t) as {year: number; private_statements: number; private_ids: string}[]).find(
        (row) => row.year === before.year
      )!;
    expect(gapRow(tables).private_statements).toBe(gapRow(machine).private_statements - 1);
    expect(gapRow(tables).private_ids.split(";")).not.toContain(rejected.statement_id);
    expect(summaryOf(tables).statements.private).toBe(summaryOf(machine).statements.private - 1);
    expect(summaryOf(tables).corpus.statements).toBe(machine.statements.length - 1);
    const actor = (t: Tables) => t.actors.find((a) => a.actor === "CN")!;
    expect(actor(tables).private).toBe(actor(machine).private - 1);
    const doc = (t: Tables) => t.documents.find((d) => d.doc_id === rejected.doc_id)!;
    expect(doc(tables).statements).toBe(doc(machine).statements - 1);
  });

  test("correcting a public statement's stance moves that year's public mean and the summary's", () => {
    const corrected = before.public[0];
    const stance = corrected.stance === 2 ? -2 : 2;
    const tables = buildTables(articles, {texts, reviews: [review(corrected.statement_id, "corrected", {stance})]});
    const publicMean = (t: Tables) =>
      (analysisTable("gap", t) as {year: number; public_mean: number}[]).find((row) => row.year === before.year)!
        .public_mean;
    const expected =
      (before.public.reduce((sum, s) => sum + s.stance, 0) + stance - corrected.stance) / before.public.length;
    expect(publicMean(tables)).toBeCloseTo(expected, 2);
    expect(publicMean(tables)).not.toBeCloseTo(publicMean(machine), 2);
    expect(summaryOf(tables).statements.public_mean_stance).not.toBe(summaryOf(machine).statements.public_mean_stance);
  });

  test("correcting the actor moves the statement to the other actor's row of the actors table", () => {
    const moved = before.public[0];
    const tables = buildTables(articles, {texts, reviews: [review(moved.statement_id, "corrected", {actor: "RU"})]});
    expect(tables.actors.find((a) => a.actor === "RU")).toMatchObject({statements: 1, public: 1, name: "Russia"});
    expect(tables.actors.find((a) => a.actor === "CN")!.statements).toBe(
      machine.actors.find((a) => a.actor === "CN")!.statements - 1
    );
  });
});

describe("statement ids, which reviews name", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "backchannel-ids-"));
  });
  afterAll(() => rmSync(dir, {recursive: true, force: true}));

  test.each(["ndtv-2019-02-unsc-condemns-pulwama-names-jem", "rferl-2017-09-china-pakistan-militant-sanctuaries"])(
    "%s: re-extracted unchanged, or edited in another paragraph, its untouched statements keep their ids",
    (id) => {
      const source = join(ROOT, "corpus", "articles", `${id}.md`);
      const original = readArticle(source);
      const rows = articleRows(original).statements;
      expect(articleRows(readArticle(source)).statements.map((s) => s.statement_id)).toEqual(
        rows.map((s) => s.statement_id)
      );
      // Edit the paragraph of the first statement (a word inside its span), and add a paragraph before everything.
      const edited = rows[0];
      const paragraphEnd = original.body.indexOf("\n\n", edited.end);
      const body =
        "\nEditor's note: this article was updated to correct a spelling.\n" +
        original.body.slice(0, edited.start) +
        original.body.slice(edited.start, edited.end).replace(/\b(\w{4,})\b/, "$1 really") +
        original.body.slice(edited.end);
      const text = readFileSync(source, "utf8");
      const path = join(dir, `${id}.md`);
      writeFileSync(path, text.slice(0, text.length - original.body.length) + body);
      const after = articleRows(readArticle(path)).statements;
      const afterIds = new Set(after.map((s) => s.statement_id));
      const untouched = rows.filter((s) => s.start > paragraphEnd || s.end < edited.start - 1);
      expect(untouched.length).toBeGreaterThan(1);
      for (const s of untouched) expect(afterIds.has(s.statement_id), s.quote).toBe(true);
      expect(afterIds.has(edited.statement_id), "the edited statement's words changed").toBe(false);
      const shifted = after.find((s) => s.statement_id === untouched.at(-1)!.statement_id)!;
      expect(shifted.start).toBeGreaterThan(untouched.at(-1)!.start); // offsets moved, ids did not
    }
  );
});

describe("the reviews loader and the published tables", () => {
  let clone: RepoClone;
  const loaders = ["docs/data/statements.csv.ts", "docs/data/reviews.json.ts", "docs/data/gap.csv.ts"];
  beforeAll(() => {
    clone = cloneRepo(loaders);
  });
  afterAll(() => clone?.remove());

  test("a reviewed statement is published reviewed; an orphan is logged with its line and listed in reviews.json", async () => {
    const target = focusYear(machine).private[0];
    clone.write(
      "corpus/reviews.yaml",
      `${header}
${target.statement_id}:
  status: rejected
  reviewer: A. Editor
  date: 2025-01-15

${target.doc_id}-s0000000000:
  status: accepted
  reviewer: B. Editor
  date: 2025-01-16
`
    );
    const [statements, reviews, gap] = await Promise.all(loaders.map((loader) => clone.runLoader(loader)));
    expect(statements.status, statements.stderr).toBe(0);
    const row = statements.stdout
      .toString("utf8")
      .split("\n")
      .find((line) => line.startsWith(`${target.statement_id},`));
    expect(row).toContain(",rejected,A. Editor,2025-01-15,");
    expect(gap.stdout.toString("utf8")).not.toContain(target.statement_id);
    expect(reviews.status, reviews.stderr).toBe(0);
    const report = JSON.parse(reviews.stdout.toString("utf8")) as ReviewReport;
    const orphanLine = header.split("\n").length + 6;
    expect(report).toMatchObject({
      file: "corpus/reviews.yaml",
      reviews: 2,
      applied: 1,
      orphaned: 1,
      by_status: {accepted: 0, corrected: 0, rejected: 1},
      orphans: [
        {
          statement_id: `${target.doc_id}-s0000000000`,
          doc_id: target.doc_id,
          article_in_corpus: true,
          status: "accepted",
          reviewer: "B. Editor",
          line: orphanLine
        }
      ]
    });
    expect(reviews.stderr).toContain(
      `corpus/reviews.yaml:${orphanLine}: ${target.doc_id}-s0000000000: orphaned review`
    );
    expect(statements.stderr).not.toContain("orphaned");
  }, 60_000);

  test("a bad reviews file fails the loaders with the file, line and field", async () => {
    clone.write("corpus/reviews.yaml", `${header}\nx-2019-02-y-s0123456789:\n  status: maybe\n`);
    const run = await clone.runLoader("docs/data/statements.csv.ts");
    expect(run.status).toBe(1);
    expect(run.stdout.length).toBe(0);
    expect(run.stderr).toMatch(/corpus\/reviews\.yaml:\d+: x-2019-02-y-s0123456789\.status: must be accepted/);
  }, 30_000);

  test("the reviews file is an input of the loaders that apply it, and editing it marks them to re-run", async () => {
    const inputs = await loaderInputs(clone.root, findLoaders(clone.root));
    for (const loader of loaders) expect(inputs.get(loader), loader).toContain("corpus/reviews.yaml");
    await freshenLoaders({root: clone.root, log: () => {}});
    clone.write("corpus/reviews.yaml", header);
    const {changed} = await freshenLoaders({root: clone.root, log: () => {}});
    expect(changed.sort()).toEqual([...loaders].sort());
  }, 30_000);
});
