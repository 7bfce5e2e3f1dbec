import {mkdirSync, readdirSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {randomInt, randomLcg} from "d3-random";
import {parseArticle} from "../src/article.ts";

/**
 * Writes a corpus of `articles` synthetic articles into `dir`, each made of 3 to 12 paragraphs drawn (with a seeded
 * generator, so the same seed gives the same corpus) from the paragraphs of the real corpus, with front matter in the
 * corpus format: an id, a publisher and a publication date between 2011 and 2024 drawn the same way. The texts are
 * recombinations of real news prose, so the extractor meets real sentences at a realistic density.
 *
 * Options: `articles` (default 10,000), `seed` (default 1), `sourceDir` (default the project's `corpus/articles`).
 *
 * @example
 * makeBenchCorpus("/tmp/bench-10k", {articles: 10_000});
 */
export function makeBenchCorpus(
  dir: string,
  {articles = 10_000, seed = 1, sourceDir = new URL("../corpus/articles/", import.meta.url).pathname} = {}
): {files: string[]; bytes: number} {
  const sources = readdirSync(sourceDir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => parseArticle(readFileSync(join(sourceDir, name), "utf8"), {checkId: false}));
  const paragraphs = sources.flatMap((a) =>
    a.body
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p.length > 40)
  );
  const publishers = [...new Set(sources.map((a) => a.publisher))].sort();
  const random = randomLcg(seed);
  const pickParagraph = randomInt.source(random)(0, paragraphs.length);
  const pickCount = randomInt.source(random)(3, 13);
  const pickPublisher = randomInt.source(random)(0, publishers.length);
  const pickYear = randomInt.source(random)(2011, 2025);
  const pickMonth = randomInt.source(random)(1, 13);
  const pickDay = randomInt.source(random)(1, 29);
  mkdirSync(dir, {recursive: true});
  const files: string[] = [];
  let bytes = 0;
  for (let k = 0; k < articles; ++k) {
    const [year, month, day] = [pickYear(), pickMonth(), pickDay()];
    const published = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const id = `bench-${published.slice(0, 7)}-article-${String(k).padStart(6, "0")}`;
    const body = Array.from({length: pickCount()}, () => paragraphs[pickParagraph()]).join("\n\n");
    const text = [
      "---",
      `id: ${id}`,
      `title: "Benchmark article ${k}"`,
      `publisher: ${publishers[pickPublisher()]}`,
      `url: https://example.org/bench/${id}`,
      `published: ${published}`,
      "kind: news",
      "language: en",
      "---",
      "",
      body,
      ""
    ].join("\n");
    const file = join(dir, `${id}.md`);
    writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return {files, bytes};
}
