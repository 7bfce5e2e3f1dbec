/**
 * Lays out rows as a plain-text table for a terminal: a header, then one line per row, columns padded to their widest
 * cell and separated by two spaces. A cell longer than its column's `maxWidth` is cut with an ellipsis; line breaks
 * in cells become spaces.
 *
 * Options: `maxWidths` maps a column's index to its widest allowed cell (default: no limit); `indent` (default "")
 * starts every line.
 *
 * @example
 * formatTextTable(["id", "quote"], [["s1", "China said so."]], {maxWidths: {1: 40}});
 * // "id  quote\ns1  China said so.\n"
 */
export function formatTextTable(
  header: string[],
  rows: string[][],
  {maxWidths = {}, indent = ""}: {maxWidths?: Record<number, number>; indent?: string} = {}
): string {
  const cells = [header, ...rows].map((row) =>
    row.map((cell, k) => {
      const text = cell.replace(/\s+/g, " ").trim();
      const max = maxWidths[k];
      return max !== undefined && [...text].length > max ? `${[...text].slice(0, max - 1).join("")}…` : text;
    })
  );
  const widths = header.map((_, k) => Math.max(...cells.map((row) => [...(row[k] ?? "")].length)));
  return cells
    .map(
      (row) =>
        indent +
        row
          .map((cell, k) => (k === row.length - 1 ? cell : cell.padEnd(widths[k] + cell.length - [...cell].length)))
          .join("  ")
    )
    .join("\n")
    .concat("\n");
}
