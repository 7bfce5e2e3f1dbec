import {setFlagsFromString} from "node:v8";

/**
 * The V8 flags that {@link tuneEngine} sets. `--no-turbo-inline-array-builtins`: optimized code then calls `map`,
 * `filter`, `some` and their kin instead of inlining them. Inlined, they return holey arrays where the interpreter
 * returns packed ones, so that every function reading those arrays, once optimized, meets an array of another shape,
 * is thrown back to the interpreter and optimized again; the extractor's large functions (speaker resolution, channel
 * coding) went through that up to eight times each, and a worker spent its first few thousand articles recompiling.
 */
export const engineFlags = ["--no-turbo-inline-array-builtins"] as const;

/**
 * Tunes this process's JavaScript engine for an extraction run (see {@link engineFlags}). Over 250 articles read 12
 * times, the extractor reached its full speed after about 750 articles instead of 2,000, its compile jobs took 3.0 s
 * instead of 7.5 s, and the run took 1.42× less time; once at full speed it runs about 5% slower. So the gain is in
 * warming up: a short run gains most, and over 10,000 articles end to end the gain was within the test machine's
 * noise (see the README). The flags hold for the whole process, worker threads included, and only for code optimized
 * after the call, so call it first thing in a program (a command-line tool, a benchmark), never from a library that
 * others import. The extracted tables do not change.
 *
 * @example
 * tuneEngine();
 * for (const file of files) articleRows(readArticle(file));
 */
export function tuneEngine(): void {
  for (const flag of engineFlags) setFlagsFromString(flag);
}
