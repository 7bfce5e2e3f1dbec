/**
 * `npm run review`: accepts, rejects and corrects statements by editing corpus/reviews.yaml in place, keeping the
 * editor's comments; refuses unknown ids and invalid values; lists the reviews with whether each still applies.
 */
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {readCorpus} from "../src/corpus.ts";
import {parseReviews} from "../src/readReviews.ts";
import {buildTables, type StatementRow} from "../src/tables.ts";
import {cloneRepo, type RepoClone} from "./support/repoClone.ts";
import {runCommand} from "./support/runCommand.ts";

let clone: RepoClone;
let header: string;
let statements: StatementRow[];

beforeAll(() => {
  clone = cloneRepo(["bin"]);
  header = clone.read("corpus/reviews.yaml");
  const {articles, texts} = readCorpus(clone.path("corpus/articles"));
  statements = buildTables(articles, {texts}).statements.filter((s) => s.actor === "CN");
});
afterAll(() => clone?.remove());

const review = (args: string[], env: Record<string, string> = {}) =>
  runCommand(clone.root, "npm", ["run", "--silent", "review", "--", ...args], {env});
const file = () => clone.read("corpus/reviews.yaml");
const short = (s: StatementRow) => s.statement_id.slice(s.doc_id.length + 1);

describe("npm run review", () => {
  test("reject ID: adds the review after the commented header, which stays byte for byte", async () => {
    const [first] = statements;
    const run = await review([
      "reject",
      short(first),
      "--reviewer",
      "A. Editor",
      "--date",
      "2025-01-15",
      "--note",
      "a quote, not a statement"
    ]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^rejected ${first.statement_id} \\(`));
    expect(file()).toBe(
      `${header}\n${first.statement_id}:\n  status: rejected\n  reviewer: A. Editor\n  date: 2025-01-15\n  note: a quote, not a statement\n`
    );
  }, 30_000);

  test("set ID FIELD=VALUE…: a correction, validated, merged into an existing one; comments in the file are kept", async () => {
    const [first, second] = statements;
    clone.write(
      "corpus/reviews.yaml",
      file().replace("  status: rejected\n", "  status: rejected # checked twice\n  # a comment inside the entry\n") +
        "\n# reviews below: second pass\n"
    );
    const before = file();
    const stance = second.stance === -2 ? -1 : -2;
    const run = await review(["set", second.statement_id, `stance=${stance}`, "channel=private", "date=2017-09"], {
      BACKCHANNEL_REVIEWER: "B. Editor"
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`  stance: ${second.stance} → ${stance}`);
    expect(file().startsWith(before.slice(0, before.indexOf("\n# reviews below")))).toBe(true);
    expect(file()).toContain("  status: rejected # checked twice\n  # a comment inside the entry\n");
    expect(file()).toContain("# reviews below: second pass");
    const added = parseReviews(file()).reviews.find((r) => r.statement_id === second.statement_id)!;
    expect(added).toMatchObject({status: "corrected", reviewer: "B. Editor"});
    expect(added.set).toEqual({stance, date: "2017-09", ...(second.channel === "private" ? {} : {channel: "private"})});

    const again = await review([
      "set",
      short(second),
      "speaker=Geng Shuang",
      "--reviewer",
      "C. Editor",
      "--note",
      "named"
    ]);
    expect(again.status, again.stderr).toBe(0);
    const merged = parseReviews(file()).reviews.find((r) => r.statement_id === second.statement_id)!;
    expect(merged).toMatchObject({reviewer: "C. Editor", note: "named", set: {...added.set, speaker: "Geng Shuang"}});
    expect(file()).toContain("  status: rejected # checked twice\n  # a comment inside the entry\n");
  }, 30_000);

  test("refuses invalid values, unknown fields, unknown ids and no-op corrections, leaving the file as it was", async () => {
    const [, second, third] = statements;
    const before = file();
    const cases: [string[], number, RegExp][] = [
      [["set", short(third), "stance=5"], 1, /stance=5: .*2/],
      [["set", short(third), "date=2017-02-30"], 1, /date=2017-02-30: is not a real calendar date/],
      [["set", short(third), "colour=red"], 2, /colour is not a field an editor can correct/],
      [["set", short(third), `stance=${third.stance}`], 1, /the values given are the extractor's; accept it instead/],
      [["accept", "s0123456789"], 1, /s0123456789: not in the current extraction/],
      [["reject", `${second.doc_id}-s0000000000`], 1, /not in the current extraction/],
      [["approve", short(third)], 2, /unknown command approve\nusage:/]
    ];
    for (const [args, status, message] of cases) {
      const run = await review([...args, "--reviewer", "A. Editor"]);
      expect(run.status, args.join(" ")).toBe(status);
      expect(run.stderr, args.join(" ")).toMatch(message);
      expect(file()).toBe(before);
    }
    const anonymous = await review(["accept", short(third)], {
      BACKCHANNEL_REVIEWER: "",
      HOME: clone.root,
      GIT_CONFIG_NOSYSTEM: "1"
    });
    expect(anonymous.status).toBe(2);
    expect(anonymous.stderr).toMatch(/give --reviewer NAME/);
  }, 60_000);

  test("accept drops the corrections; list shows each review as applied or orphaned; remove deletes one", async () => {
    const [first, second] = statements;
    const accepted = await review(["accept", short(second), "--reviewer", "A. Editor", "--date", "2025-02-01"]);
    expect(accepted.status, accepted.stderr).toBe(0);
    expect(parseReviews(file()).reviews.find((r) => r.statement_id === second.statement_id)).toMatchObject({
      status: "accepted",
      set: {},
      note: ""
    });
    const orphan = `${first.doc_id}-s0000000000`;
    clone.write(
      "corpus/reviews.yaml",
      `${file()}\n${orphan}: {status: rejected, reviewer: Old Editor, date: 2024-01-01}\n`
    );
    const list = await review(["list"]);
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout).toMatch(new RegExp(`^${first.statement_id} +rejected +applied +A\\. Editor`, "m"));
    expect(list.stdout).toMatch(new RegExp(`^${orphan} +rejected +ORPHANED +Old Editor`, "m"));
    expect(list.stdout).toContain("3 reviews: 2 applied, 1 orphaned\n");
    expect(list.stdout).toMatch(
      new RegExp(`corpus/reviews\\.yaml:\\d+: ${orphan}: orphaned review \\(rejected by Old Editor`)
    );
    const removed = await review(["remove", orphan]);
    expect(removed.status, removed.stderr).toBe(0);
    expect(file()).not.toContain(orphan);
    expect(file()).toContain("# a comment inside the entry");
    expect(parseReviews(file()).reviews).toHaveLength(2);
  }, 60_000);
});
