/**
 * `npm run add`: a new article written in the corpus format with a stable id, checked before it appears, refused when
 * the corpus already has it, and its statements printed; then in the tables the loaders publish.
 */
import {cpSync, mkdtempSync, readdirSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {addArticle, type NewArticle} from "../src/addArticle.ts";
import {formatArticle, parseArticle} from "../src/article.ts";
import {articleId} from "../src/articleId.ts";
import {InputError} from "../src/InputError.ts";
import {cloneRepo, ROOT, type RepoClone} from "./support/repoClone.ts";
import {runCommand} from "./support/runCommand.ts";

const body = `ISLAMABAD: China's ambassador Yao Jing said on Tuesday that Beijing would continue to support Pakistan's efforts against terrorism.

"Pakistan has made great sacrifices in the fight against terrorism," Yao told reporters in Islamabad.

But privately, Chinese officials told Pakistani diplomats that Islamabad must act against Jaish-e-Mohammad, according to sources.
`;
const article: NewArticle = {
  title: "China backs Pakistan's counter-terror efforts",
  publisher: "The Daily Example",
  url: "https://www.example.com/news/123",
  published: "2018-03-06",
  body
};
const expectedId = "dailyexample-2018-03-china-backs-pakistans-counter-terror-efforts";

describe("articleId", () => {
  test("publisher run together, year and month, the title's first words without the short ones", () => {
    expect(articleId(article)).toBe(expectedId);
    expect(
      articleId({
        publisher: "The Indian Express",
        published: "2016-12-31",
        title: "China blocks India's move on Masood Azhar"
      })
    ).toBe("indianexpress-2016-12-china-blocks-indias-move-masood-azhar");
    expect(articleId({publisher: "Dawn", published: "2016-10", title: "Ça, c’est la «politique» de Pékin"})).toBe(
      "dawn-2016-10-ca-cest-la-politique-de-pekin"
    );
    expect(articleId({...article, url: "https://example.com/other"} as typeof article)).toBe(articleId(article));
  });
});

describe("formatArticle", () => {
  test("writes what parseArticle reads back, quoting only where YAML needs it", () => {
    const meta = {
      id: "x-2018-03-y",
      title: 'A "quoted" title: with a colon',
      publisher: "Yes",
      url: "https://example.com/a?b=1#top",
      published: "2018-03",
      published_note: "month: from the URL",
      kind: "news analysis" as const,
      language: "en"
    };
    const text = formatArticle(meta, "Body.\n");
    expect(text).toContain("\npublisher: Yes\n");
    const parsed = parseArticle(text, {checkId: false});
    expect({...parsed, body: undefined, path: undefined, bodyLine: undefined}).toMatchObject(meta);
    expect(parsed.body).toBe("\nBody.\n");
  });
});

describe("addArticle", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "backchannel-add-"));
    cpSync(join(ROOT, "corpus", "articles"), dir, {recursive: true});
  });
  afterAll(() => rmSync(dir, {recursive: true, force: true}));
  const listing = () => readdirSync(dir).sort();

  test("writes <id>.md in the corpus format, and returns what the extractor found", () => {
    const before = listing();
    const added = addArticle(dir, {...article, body: `\uFEFF\r\n\r\n${body.replace(/\n/g, "\r\n")}\r\n\r\n`});
    expect(added.id).toBe(expectedId);
    expect(listing()).toEqual([...before, `${expectedId}.md`].sort());
    const text = readFileSync(join(dir, `${expectedId}.md`), "utf8");
    expect(text).toBe(
      `---\nid: ${expectedId}\ntitle: "${article.title}"\npublisher: The Daily Example\nurl: ${article.url}\npublished: 2018-03-06\nkind: news\nlanguage: en\n---\n\n${body}`
    );
    expect(added.statements.length).toBeGreaterThan(0);
    expect(added.statements.every((s) => s.doc_id === expectedId)).toBe(true);
  });

  test.each([
    ["the same id", {url: "https://example.com/other", body: "Different words altogether."}, /same id\b/],
    ["the same URL, written differently", {title: "Another title", url: "http://example.com/news/123/#x"}, /same URL/],
    [
      "the same text, spaced differently",
      {
        title: "Another title",
        url: "https://example.com/else",
        body: body.replace(/ /g, "  ").replace(/\n\n/g, "\n \n")
      },
      /same text/
    ]
  ])("refuses %s, naming the file that has it, and writes nothing", (_, change, reason) => {
    const before = listing();
    expect(() => addArticle(dir, {...article, ...change})).toThrow(reason);
    expect(() => addArticle(dir, {...article, ...change})).toThrow(`${expectedId}.md`);
    expect(listing()).toEqual(before);
  });

  test.each([
    [{published: "2018-02-30"}, "published", /not a real calendar date/],
    [{published: "March 2018"}, "published", /YYYY-MM-DD or YYYY-MM/],
    [{url: "example.com/x"}, "url", /absolute URL/],
    [{kind: "blog"}, "kind", /must be one of news/],
    [{language: "English"}, "language", /ISO 639/],
    [{title: "  "}, "title", /must not be empty/]
  ])("a bad field (%o) is an error naming the field, and nothing is written", (change, field, message) => {
    const before = listing();
    let error: unknown;
    try {
      addArticle(dir, {...article, url: "https://example.com/fresh", body: "A fresh text.", ...change});
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).field).toBe(field);
    expect((error as InputError).message).toMatch(message);
    expect(listing()).toEqual(before);
  });

  test("an empty body is refused", () => {
    expect(() =>
      addArticle(dir, {...article, url: "https://example.com/empty", body: " \n\n", source: "x.txt"})
    ).toThrow("x.txt: the article's body is empty");
  });
});

describe("npm run add", () => {
  let clone: RepoClone;
  const loaders = ["docs/data/documents.csv.ts", "docs/data/statements.csv.ts"];
  beforeAll(() => {
    clone = cloneRepo(["bin", ...loaders]);
  });
  afterAll(() => clone?.remove());
  const add = (args: string[], input?: string) =>
    runCommand(clone.root, "npm", ["run", "--silent", "add", "--", ...args], {input});
  const options = ["--title", article.title, "--publisher", article.publisher, "--url", article.url];

  test("adds an article from stdin, prints its statements and events, and the loaders publish it", async () => {
    const run = await add([...options, "--published", article.published, "--note", "as printed"], body);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`added corpus/articles/${expectedId}.md`);
    expect(run.stdout).toMatch(/^\d+ statements?\n {2}id +speaker +actor→target +date +channel +stance +quote\n/m);
    expect(run.stdout).toMatch(/^ {2}s[0-9a-f]{10} +Yao Jing +CN→PK +2018-03-06 +public +[+-]?\d/m);
    expect(run.stdout).toMatch(/^\d+ events?$/m);
    expect(clone.read(`corpus/articles/${expectedId}.md`)).toContain('published_note: "as printed"\n');
    const [documents, statements] = await Promise.all(loaders.map((loader) => clone.runLoader(loader)));
    expect(documents.stdout.toString("utf8")).toContain(`\n${expectedId},${article.title},The Daily Example,`);
    const ids = run.stdout.match(/^ {2}(s[0-9a-f]{10})\b/gm)!.map((id) => `${expectedId}-${id.trim()}`);
    for (const id of ids) expect(statements.stdout.toString("utf8")).toContain(`\n${id},${expectedId},`);
  }, 60_000);

  test("the same article again is refused with a clear message and exit code 1", async () => {
    const run = await add([...options, "--published", article.published, "-"], body);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `add: corpus/articles/${expectedId}.md: id: the corpus already has this article: corpus/articles/${expectedId}.md has the same id, URL and text\n`
    );
  }, 30_000);

  test("reads the body from a file; a bad field or a missing option is an error", async () => {
    clone.write("body.txt", "Pakistan’s foreign minister said on Monday that the talks went well.\n");
    const bad = await add([...options, "--url", "https://example.com/2", "--published", "2018-13", "body.txt"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^add: corpus\/articles\/dailyexample-2018-13-.*\.md:\d+: published: /);
    const missing = await add(["--title", "T", "body.txt"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("add: missing --publisher, --url, --published\nusage: npm run add");
    const good = await add([
      ...options,
      "--title",
      "Talks went well",
      "--url",
      "https://example.com/2",
      "--published",
      "2018-03",
      "body.txt"
    ]);
    expect(good.status, good.stderr).toBe(0);
    expect(good.stdout).toContain("added corpus/articles/dailyexample-2018-03-talks-went-well.md");
  }, 30_000);
});
