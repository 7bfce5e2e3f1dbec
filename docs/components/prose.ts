/**
 * Phrases for the explainer's prose that depend on the data's direction, so that the text says what the numbers say
 * whichever way they come out. Every number is formatted from its argument.
 */
import {formatStance, stanceWord} from "./stance.js";

/**
 * Compares the public and the private mean stance, e.g. "more supportive in public (+0.5) than in private (−0.1)".
 *
 * @example
 * compareChannels(0.46, -0.08); // "more supportive in public (+0.5) than in private (−0.1)"
 */
export function compareChannels(publicMean: number | null, privateMean: number | null): string {
  if (publicMean == null || privateMean == null || !Number.isFinite(publicMean) || !Number.isFinite(privateMean)) {
    return publicMean != null && Number.isFinite(publicMean)
      ? `on average ${stanceWord(publicMean)} in public (${formatStance(publicMean)}), with no private statements to compare`
      : "without enough statements in both channels to compare";
  }
  const p = `in public (${formatStance(publicMean)})`;
  const q = `in private (${formatStance(privateMean)})`;
  if (Math.abs(publicMean - privateMean) < 0.05) return `about as ${stanceWord(publicMean)} ${p} as ${q}`;
  return publicMean > privateMean ? `more supportive ${p} than ${q}` : `more supportive ${q} than ${p}`;
}

/** "one", "two", … "ten", then digits: for counts at the start of a sentence or in running text. */
export function countWord(n: number): string {
  const words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
  return Number.isInteger(n) && n >= 0 && n < words.length ? words[n] : String(n);
}

/** "1 statement", "3 statements". */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

/** A share as a whole percentage: "83%"; "–" when not finite. */
export function percent(x: number | null | undefined): string {
  return x == null || !Number.isFinite(x) ? "–" : `${Math.round(x * 100)}%`;
}
