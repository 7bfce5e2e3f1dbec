import {readFileSync} from "node:fs";

/** Advance widths of a TrueType/OpenType font, read from its tables, to measure text without a browser. */
export interface FontMetrics {
  /** Width of `text` at `fontSize` pixels (sum of advance widths; kerning is left out). */
  measure(text: string, fontSize: number): number;
}

/**
 * Reads a font file's `head` (units per em), `hhea` and `hmtx` (advance widths) and `cmap` (characters to glyphs,
 * format 4 or 12) tables. Characters the font lacks count as its first glyph (.notdef), as a renderer would draw them.
 *
 * @example
 * loadFontMetrics("node_modules/source-sans/TTF/SourceSans3-Regular.ttf").measure("Source", 12);
 */
export function loadFontMetrics(path: string): FontMetrics {
  const data = readFileSync(path);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const tables = new Map<string, number>();
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; ++i) {
    const record = 12 + 16 * i;
    tables.set(data.toString("latin1", record, record + 4), view.getUint32(record + 8));
  }
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`invalid font: ${path} has no ${tag} table`);
    return offset;
  };
  const unitsPerEm = view.getUint16(table("head") + 18);
  const numberOfHMetrics = view.getUint16(table("hhea") + 34);
  const hmtx = table("hmtx");
  const advance = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));
  const glyphOf = cmapLookup(view, table("cmap"), path);
  const widths = new Map<number, number>();
  return {
    measure(text, fontSize) {
      let units = 0;
      for (const char of text) {
        const code = char.codePointAt(0)!;
        let width = widths.get(code);
        if (width === undefined) widths.set(code, (width = advance(glyphOf(code))));
        units += width;
      }
      return (units / unitsPerEm) * fontSize;
    }
  };
}

/** The character → glyph lookup of a font's Unicode cmap subtable (format 12 preferred, else format 4). */
function cmapLookup(view: DataView, cmap: number, path: string): (code: number) => number {
  const subtables: {format: number; offset: number}[] = [];
  const count = view.getUint16(cmap + 2);
  for (let i = 0; i < count; ++i) {
    const record = cmap + 4 + 8 * i;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const offset = cmap + view.getUint32(record + 4);
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))) {
      subtables.push({format: view.getUint16(offset), offset});
    }
  }
  const format12 = subtables.find((s) => s.format === 12);
  if (format12) {
    const groups = view.getUint32(format12.offset + 12);
    return (code) => {
      for (let i = 0; i < groups; ++i) {
        const group = format12.offset + 16 + 12 * i;
        const start = view.getUint32(group);
        if (code >= start && code <= view.getUint32(group + 4)) return view.getUint32(group + 8) + code - start;
      }
      return 0;
    };
  }
  const format4 = subtables.find((s) => s.format === 4);
  if (!format4) throw new Error(`invalid font: ${path} has no Unicode cmap of format 4 or 12`);
  const base = format4.offset;
  const segCount = view.getUint16(base + 6) / 2;
  const endCodes = base + 14;
  const startCodes = endCodes + 2 * segCount + 2;
  const idDeltas = startCodes + 2 * segCount;
  const idRangeOffsets = idDeltas + 2 * segCount;
  return (code) => {
    if (code > 0xffff) return 0;
    for (let i = 0; i < segCount; ++i) {
      if (code > view.getUint16(endCodes + 2 * i)) continue;
      const start = view.getUint16(startCodes + 2 * i);
      if (code < start) return 0;
      const delta = view.getUint16(idDeltas + 2 * i);
      const rangeOffset = view.getUint16(idRangeOffsets + 2 * i);
      if (rangeOffset === 0) return (code + delta) & 0xffff;
      const glyph = view.getUint16(idRangeOffsets + 2 * i + rangeOffset + 2 * (code - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}
