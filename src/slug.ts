/**
 * The words of a text as a URL and file name can hold them: lowercase ASCII letters and digits, accents dropped,
 * apostrophes joining ("China's" → "chinas"), everything else separating.
 *
 * @example
 * slugWords("China’s stance, before and after"); // ["chinas", "stance", "before", "and", "after"]
 */
export function slugWords(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’ʼ]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
