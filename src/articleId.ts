import {slugWords} from "./slug.ts";

/** Short words left out of the title part of an id. */
const stopWords = new Set(
  "a an and are as at be by for from has have in into is it its of on or over s says said than that the their this to was were will with".split(
    " "
  )
);

/** Words of the title kept in an id. */
const titleWords = 7;

/**
 * The id of a new article, as the corpus writes them: the publisher's name run together, the year and month of
 * publication, and the title's first words without the short ones, all lowercase ASCII joined by hyphens. The same
 * inputs always give the same id. A leading "The" of the publisher is left out, and accents are dropped.
 *
 * @example
 * articleId({publisher: "The Daily Example", published: "2016-12-31", title: "Minister rejects move on Masood Azhar"});
 * // "dailyexample-2016-12-minister-rejects-move-masood-azhar"
 */
export function articleId({
  publisher,
  published,
  title
}: {
  publisher: string;
  published: string;
  title: string;
}): string {
  const month = /^\d{4}-\d{2}/.exec(published)?.[0] ?? slugWords(published).join("-");
  const publisherPart = slugWords(publisher.replace(/^\s*the\s+/i, "")).join("");
  const titlePart = slugWords(title)
    .filter((word) => !stopWords.has(word))
    .slice(0, titleWords)
    .join("-");
  return [publisherPart, month, titlePart || "article"].filter(Boolean).join("-");
}
