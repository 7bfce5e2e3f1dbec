import {spawnSync} from "node:child_process";
import {mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {csvParse} from "d3-dsv";
import {describe, expect, it} from "vitest";
import {parseArticle} from "../../src/article.ts";

const root = new URL("../../", import.meta.url).pathname;
const seed = ["eir-2011-08-china-pakistan-relations-soured", "rferl-2017-09-china-pakistan-militant-sanctuaries"].map(
  (id) => join(root, "corpus/articles", `${id}.md`)
);

function extract(...args: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", join(root, "bin/extract.ts"), ...args], {
    cwd: root,
    encoding: "utf8"
  });
  return {status: run.status, stdout: run.stdout, stderr: run.stderr};
}

// Each test starts the command in a process of its own: about 2 s here, more on a busy machine.
describe("npm run extract", {timeout: 30_000}, () => {
  it("prints a CSV table of statements whose quote is exactly the body slice, with cues filled", () => {
    const {status, stdout, stderr} = extract(...seed);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const rows = csvParse(stdout);
    expect(rows.columns.slice(0, 18)).toEqual([
      "statement_id",
      "doc_id",
      "start",
      "end",
      "quote",
      "speaker",
      "speaker_role",
      "actor",
      "target",
      "date",
      "date_precision",
      "date_start",
      "date_end",
      "channel",
      "disclosure",
      "stance",
      "channel_cue",
      "date_cue"
    ]);
    for (const column of ["stance_cue", "confidence"]) expect(rows.columns).toContain(column);
    const bodies = new Map(
      seed.map((path) => {
        const article = parseArticle(readFileSync(path, "utf8"), {path});
        return [article.id, article.body];
      })
    );
    expect(rows.length).toBeGreaterThan(15);
    for (const row of rows) expect(bodies.get(row.doc_id!)!.slice(Number(row.start), Number(row.end))).toBe(row.quote);
    expect(rows.filter((r) => r.channel_cue).length).toBeGreaterThan(rows.length / 3);
    expect(rows.filter((r) => r.stance_cue).length).toBeGreaterThan(rows.length / 2);
    expect(rows.filter((r) => r.date_cue).length).toBeGreaterThan(rows.length / 2);
    expect(new Set(rows.map((r) => r.channel))).toEqual(new Set(["public", "private"]));
  });

  it("prints events and JSON on request", () => {
    const events = csvParse(extract("--table", "events", seed[1]).stdout);
    expect(events.columns.slice(0, 11)).toEqual([
      "event_id",
      "doc_id",
      "start",
      "end",
      "span",
      "date",
      "date_precision",
      "date_start",
      "date_end",
      "kind",
      "label"
    ]);
    expect(events.length).toBeGreaterThan(3);
    const json = JSON.parse(extract("--format", "json", seed[0]).stdout);
    expect(json[0]).toMatchObject({actor: "CN", channel: "public"});
  });

  it("names an unreadable file, prints nothing else and exits non-zero", () => {
    const {status, stdout, stderr} = extract(seed[0], "no/such/article.md");
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("no/such/article.md: no such file");
  });

  it("names the file, line and field of a bad article", () => {
    const dir = mkdtempSync(join(tmpdir(), "backchannel-"));
    const path = join(dir, "bad.md");
    writeFileSync(
      path,
      '---\nid: bad\ntitle: "Bad"\npublisher: P\nurl: https://example.org\npublished: 2017-13-01\nkind: news\nlanguage: en\n---\nText.'
    );
    const {status, stdout, stderr} = extract(path);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain(`${path}:6: published:`);
  });

  it("rejects unknown options with usage", () => {
    expect(extract("--table", "people", seed[0])).toMatchObject({status: 2});
    expect(extract()).toMatchObject({status: 2});
  });
});
