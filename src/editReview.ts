import {isMap, isScalar, parseDocument, type Document, type YAMLMap} from "yaml";
import {InputError} from "./InputError.ts";
import {parseReviews, type Review} from "./readReviews.ts";

/** A review as written in the reviews file. */
export type ReviewEntry = Pick<Review, "status" | "reviewer" | "date"> & {set?: Review["set"]; note?: string};

const entryKeys = ["status", "set", "reviewer", "date", "note"] as const;

/**
 * Writes one review into the text of a reviews file, or deletes it (`entry` null), and returns the new text. Edits
 * go through the YAML document, so comments, blank lines, quoting and the order of everything else are kept: an
 * existing review is updated in place, a new one is added at the end after a blank line. The result is parsed again
 * ({@link parseReviews}), so an invalid value is an {@link InputError} and never reaches the file.
 *
 * Options: `file` (default `"corpus/reviews.yaml"`) names the file in errors.
 *
 * @example
 * const text = editReview(readFileSync(path, "utf8"), "ndtv-2019-02-x-s0123456789", {
 *   status: "corrected", set: {stance: -1}, reviewer: "A. Editor", date: "2025-01-15", note: "pressure, not support"
 * });
 */
export function editReview(
  text: string,
  statementId: string,
  entry: ReviewEntry | null,
  {file = "corpus/reviews.yaml"}: {file?: string} = {}
): string {
  parseReviews(text, {file}); // refuse to edit a file that is already invalid: the error names its line
  const document = parseDocument(text);
  if (document.contents !== null && !isMap(document.contents)) {
    throw new InputError("must be a mapping from statement ids to reviews", {file, line: 1});
  }
  if (entry === null) {
    document.delete(statementId);
  } else {
    const existing = document.get(statementId, true);
    if (isMap(existing)) updateEntry(document, existing, entry);
    else addEntry(document, statementId, entry);
  }
  const edited = document.toString({lineWidth: 0});
  parseReviews(edited, {file});
  return edited;
}

function plain(entry: ReviewEntry): Record<string, unknown> {
  const values: Record<string, unknown> = {
    status: entry.status,
    set: entry.set && Object.keys(entry.set).length ? entry.set : undefined,
    reviewer: entry.reviewer,
    date: entry.date,
    note: entry.note || undefined
  };
  return Object.fromEntries(entryKeys.filter((key) => values[key] !== undefined).map((key) => [key, values[key]]));
}

function addEntry(document: Document, statementId: string, entry: ReviewEntry): void {
  const value = document.createNode(plain(entry));
  if (!isMap(document.contents) || !document.contents.items.length) {
    document.set(statementId, value);
    return;
  }
  const key = document.createNode(statementId);
  key.spaceBefore = true;
  document.contents.add(document.createPair(key, value));
}

/** Sets and deletes keys of the existing mapping, so that comments on the keys that stay are kept. */
function updateEntry(document: Document, map: YAMLMap, entry: ReviewEntry): void {
  const values = plain(entry);
  for (const key of entryKeys) {
    const value = values[key];
    const node: unknown = map.get(key, true);
    if (value === undefined) {
      map.delete(key);
    } else if (key === "set" && isMap(node)) {
      const set = node;
      const fields = value as Record<string, unknown>;
      for (const pair of [...set.items]) {
        const name = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        if (!(name in fields)) set.delete(name);
      }
      for (const [name, fieldValue] of Object.entries(fields)) set.set(name, fieldValue);
    } else if (!map.has(key)) {
      map.add(document.createPair(key, value));
    } else {
      map.set(key, value);
    }
  }
  sortKeys(map);
}

/** New keys go to the end; put them back in the file format's order (status, set, reviewer, date, note). */
function sortKeys(map: YAMLMap): void {
  const rank = (pair: (typeof map.items)[number]) => {
    const name = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const k = entryKeys.indexOf(name as (typeof entryKeys)[number]);
    return k === -1 ? entryKeys.length : k;
  };
  map.items.sort((a, b) => rank(a) - rank(b));
}
