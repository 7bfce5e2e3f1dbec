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
 * Tunes this process's JavaScript engine for a long extraction run (see {@link engineFlags}): the extractor then
 * reaches its full speed within a few hundred articles instead of a few thousand. The flags hold for the whole
 * process, worker threads included, and only for code optimized after the call, so call it first thing in a program
 * (a command-line tool, a benchmark), never from a library that others import. The extracted tables do not change.
 *
 * @example
 * tuneEngine();
 * for (const file of files) articleRows(readArticle(file));
 */
export function tuneEngine(): void {
  for (const flag of engineFlags) setFlagsFromString(flag);
}
