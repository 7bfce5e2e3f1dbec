import {extractArticle} from "../../src/extractArticle.ts";

/** An article for tests, from a body and a publication date. */
export function article(
  body: string,
  {published = "2017-09-07", id = "test-2017-09-article", publisher = "Test Wire"} = {}
) {
  return {id, body, published, publisher};
}

/** The statements of a body, with the fields most tests look at. */
export function statementsOf(body: string, options?: Parameters<typeof article>[1]) {
  return extractArticle(article(body, options)).statements;
}
