import type {Codebook} from "./codebook.ts";

/**
 * True for a paragraph that is page furniture rather than the article's prose: a photo caption ("... PHOTO: AFP",
 * "FILE: ...", "... (File)"), a donation appeal or a comments prompt. The markers are codebook data.
 *
 * @example
 * isFurniture("Pakistani President ... (File)", codebook); // true
 */
export function isFurniture(paragraph: string, codebook: Codebook): boolean {
  // Captions and appeals are short; a long paragraph that happens to say "subscribe" or "(file)" is prose.
  if (paragraph.length > 400) return false;
  if (codebook.furniture.captions.test(paragraph) || codebook.furniture.boilerplate.test(paragraph)) return true;
  // A short line with no verb-ending punctuation, alone in its paragraph, is a caption or a standfirst.
  return paragraph.length < 120 && !/[.!?”"]$/.test(paragraph.trim()) && !/[,;:]/.test(paragraph);
}
