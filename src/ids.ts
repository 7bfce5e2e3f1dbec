import * as crypto from "node:crypto";

// One-shot hashing (Node ≥ 20.12) avoids a Hash object per row; older Node falls back to createHash.
const sha1 = (text: string): string =>
  typeof (crypto as {hash?: unknown}).hash === "function"
    ? (crypto as unknown as {hash: (algorithm: string, data: string) => string}).hash("sha1", text)
    : crypto.createHash("sha1").update(text).digest("hex");

/**
 * Gives rows ids that survive re-extraction: a hash of what the row says (its words and key fields, never its
 * offsets), numbered in order where two rows say the same. An article edited elsewhere keeps its ids.
 *
 * @example
 * assignIds(rows, {prefix: `${docId}-s`, key: (row) => [row.quote, row.actor, row.date]});
 */
export function stableIds<T>(rows: T[], {prefix, key}: {prefix: string; key: (row: T) => string[]}): string[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const text = key(row)
      .map((part) => (/\s\s|[\t\n\r]|^\s|\s$/.test(part) ? part.replace(/\s+/g, " ").trim() : part))
      .join("\u0000");
    const n = (seen.get(text) ?? 0) + 1;
    seen.set(text, n);
    return prefix + sha1(`${text}\u0000${n}`).slice(0, 10);
  });
}
