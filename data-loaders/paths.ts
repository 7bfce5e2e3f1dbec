import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Where the data lives, resolved from this file rather than the working directory: the raw corpus and its reviews,
 * the Framework source root, Framework's cache of loader outputs, and this project's own intermediate cache inside it.
 *
 * @example
 * readCorpus(paths.corpus);
 */
export const paths = {
  root,
  corpus: join(root, "corpus", "articles"),
  /** Editors' reviews of the extracted statements. */
  reviews: join(root, "corpus", "reviews.yaml"),
  docs: join(root, "docs"),
  /** Framework's cache: loader outputs live here under their served path (`data/statements.csv`). */
  frameworkCache: join(root, "docs", ".observablehq", "cache"),
  /** Intermediate results (the extracted tables) and the loaders' freshness stamps. */
  cache: join(root, "docs", ".observablehq", "cache", "backchannel")
};
