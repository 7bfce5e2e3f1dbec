import {mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {Codebook} from "../../src/codebook.ts";
import {defaultCodebookPath} from "../../src/codebook.ts";
import {extractArticle} from "../../src/extractArticle.ts";

/** An article for tests, from a body and a publication date. */
export function article(
  body: string,
  {published = "2017-09-07", id = "test-2017-09-article", publisher = "Test Wire"} = {}
) {
  return {id, body, published, publisher};
}

/** The statements of a body, with the fields most tests look at; `codebook` defaults to the shipped one. */
export function statementsOf(body: string, options?: Parameters<typeof article>[1], codebook?: Codebook) {
  return extractArticle(article(body, options), codebook && {codebook}).statements;
}

/** Writes the shipped codebook, changed by `edit`, to a file of its own, and returns the file's path. */
export function editedCodebookFile(edit: (text: string) => string): string {
  const path = join(mkdtempSync(join(tmpdir(), "backchannel-codebook-")), "codebook.yaml");
  writeFileSync(path, edit(readFileSync(defaultCodebookPath, "utf8")));
  return path;
}
