/**
 * A chart figure as one standalone SVG file: title, subtitle, legends, the chart, and the source and credit lines as
 * SVG text on the theme's background, with `<title>` and `<desc>` for screen readers. Text is wrapped with a measuring
 * function the caller gives (the static files measure with the font they are rasterized with), so the composition
 * needs no browser.
 */
import {chartText, type ChartText} from "./chartFrame.js";
import type {ChartTheme} from "./theme.js";

/** Width in pixels of a line of text at a font size and weight. */
export type MeasureText = (text: string, font: {fontSize: number; fontWeight: number}) => number;

/** Options of {@link figureToSvg}. */
export interface FigureToSvgOptions {
  theme: ChartTheme;
  measureText: MeasureText;
  /** The font family the file names (default: "Source Sans 3", then the system's sans-serif). */
  fontFamily?: string;
  /** Space around the content, in pixels (default 16). */
  padding?: number;
}

/** A composed SVG file and what it says. */
export interface StaticSvg {
  svg: string;
  width: number;
  height: number;
  text: ChartText;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"})[c]!);
}

/**
 * Breaks text into lines no wider than `maxWidth` (by `measure`), at spaces; a word longer than a line stays whole.
 *
 * @example
 * wrapText("a long caption", 80, (t) => t.length * 6); // ["a long", "caption"]
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Serializes an element as XML, with the SVG namespace declared on it. */
function serialize(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.setAttribute("xmlns", SVG_NS);
  const Serializer = element.ownerDocument.defaultView?.XMLSerializer;
  const xml = Serializer ? new Serializer().serializeToString(copy) : copy.outerHTML;
  return xml.replace(/&nbsp;/g, "&#160;");
}

/**
 * Composes a chart figure (as the chart functions return it) into a standalone SVG file `width` pixels wide: the chart
 * svg must be `width − 2 × padding` wide. Tips, styles and links are left out; `currentColor` is the theme's text
 * colour.
 *
 * @example
 * figureToSvg(stanceTimeline(rows, {width: 608, linkBase: null, document}), {theme, measureText});
 */
export function figureToSvg(
  figure: Element,
  {theme, measureText, fontFamily = "'Source Sans 3', system-ui, sans-serif", padding = 16}: FigureToSvgOptions
): StaticSvg {
  if (typeof measureText !== "function") throw new Error(`invalid measureText: ${measureText}`);
  if (!(Number.isFinite(padding) && padding >= 0)) throw new Error(`invalid padding: ${padding}`);
  const chart = figure.querySelector<SVGSVGElement>(":scope > svg");
  if (!chart) throw new Error("invalid figure: no chart svg");
  const text = chartText(figure);
  const chartWidth = Number(chart.getAttribute("width"));
  const chartHeight = Number(chart.getAttribute("height"));
  const width = Math.round(chartWidth + 2 * padding);
  const inner = width - 2 * padding;
  const parts: string[] = [];
  let y = padding;

  const block = (content: string, {fontSize, fontWeight = 400, lineHeight, fill}: TextStyle) => {
    if (!content) return;
    const lines = wrapText(content, inner, (t) => measureText(t, {fontSize, fontWeight}));
    const tspans = lines
      .map((line, i) => `<tspan x="${padding}" y="${round(y + fontSize + i * lineHeight)}">${escapeXml(line)}</tspan>`)
      .join("");
    parts.push(`<text font-size="${fontSize}" font-weight="${fontWeight}" fill="${fill}">${tspans}</text>`);
    y += lines.length * lineHeight + (lineHeight - fontSize) / 2;
  };

  block(text.title, {fontSize: 18, fontWeight: 700, lineHeight: 23, fill: theme.foreground});
  y += 2;
  block(text.subtitle, {fontSize: 13, lineHeight: 18, fill: theme.muted});
  y += 6;

  // Legends: each swatch (its svg drawn as is) and label, left to right, wrapping to a new row.
  for (const legend of figure.querySelectorAll(":scope > div")) {
    const items = [...legend.querySelectorAll("span")].filter((span) => span.querySelector(":scope > svg"));
    if (!items.length) continue;
    const rowHeight = 18;
    let x = padding;
    for (const item of items) {
      const swatch = item.querySelector(":scope > svg")!;
      const label = item.textContent?.trim() ?? "";
      const size = Number(swatch.getAttribute("width")) || 15;
      const itemWidth = size + 5 + measureText(label, {fontSize: 12, fontWeight: 400});
      if (x > padding && x + itemWidth > width - padding) {
        x = padding;
        y += rowHeight;
      }
      const nested = swatch.cloneNode(true) as Element;
      nested.setAttribute("x", String(round(x)));
      nested.setAttribute("y", String(round(y + (rowHeight - size) / 2)));
      nested.removeAttribute("style");
      nested.removeAttribute("class");
      parts.push(serialize(nested).replace(` xmlns="${SVG_NS}"`, ""));
      parts.push(
        `<text x="${round(x + size + 5)}" y="${round(y + rowHeight / 2 + 4)}" font-size="12" fill="${theme.foreground}">${escapeXml(label)}</text>`
      );
      x += itemWidth + 16;
    }
    y += rowHeight + 6;
  }

  // The chart, without its stylesheet, its (empty) tips and the page-only style attribute.
  const copy = chart.cloneNode(true) as SVGSVGElement;
  for (const node of copy.querySelectorAll("style, g[aria-label='tip']")) node.remove();
  for (const [name, value] of Object.entries({x: padding, y: round(y)})) copy.setAttribute(name, String(value));
  copy.removeAttribute("style");
  copy.removeAttribute("class");
  copy.setAttribute("font-family", fontFamily);
  parts.push(serialize(copy).replace(` xmlns="${SVG_NS}"`, ""));
  y += chartHeight + 8;

  block(text.source, {fontSize: 12, lineHeight: 16, fill: theme.muted});
  block(text.credit, {fontSize: 12, lineHeight: 16, fill: theme.muted});
  const height = Math.ceil(y + padding - 4);

  const description = [text.alt, text.source, text.credit].filter(Boolean).join(" ");
  const svg =
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" ` +
    `aria-labelledby="bc-title bc-desc" font-family="${escapeXml(fontFamily)}" color="${theme.foreground}">` +
    `<title id="bc-title">${escapeXml(text.title)}</title><desc id="bc-desc">${escapeXml(description)}</desc>` +
    `<rect width="100%" height="100%" fill="${theme.background}"/>` +
    parts.join("") +
    `</svg>\n`;
  return {svg, width, height, text};
}

interface TextStyle {
  fontSize: number;
  fontWeight?: number;
  lineHeight: number;
  fill: string;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
