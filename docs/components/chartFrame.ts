/**
 * What every chart shares around its Plot figure: the theme's colours, extra legends, the two-line caption (source and
 * credit), a stylesheet (typography for embeds, keyboard focus, print), marks that take keyboard focus and show their
 * tip when they have it, and a reader for the texts a figure carries, so that every embed form says the same.
 */
import {creditLine, documentsBehind, sourceLine} from "./describe.js";
import type {DocumentRow} from "./rows.js";
import type {ChartTheme, ThemeOption} from "./theme.js";

/** The options every chart takes. */
export interface ChartOptions {
  /** Width of the chart in pixels (default 640). */
  width?: number;
  /** Title, subtitle and caption; computed from the data when undefined, left out when null. */
  title?: string | null;
  subtitle?: string | null;
  caption?: string | null;
  /** Where links open, e.g. "_blank" for a new tab (default: the same window). */
  linkTarget?: string;
  /** Colours: "light" (default), "dark", or "auto" to follow the system's colour scheme. */
  theme?: ThemeOption | ChartTheme;
  /** The document to create elements in (default: the page's), e.g. a jsdom document for server-side rendering. */
  document?: Document;
}

/** The texts of a chart, all computed from its data: what the embeds, the static files and the manifest repeat. */
export interface ChartText {
  title: string;
  subtitle: string;
  /** The accessible description of the marks (Plot's `ariaDescription`): the alt text of an image of the chart. */
  alt: string;
  /** "Source: 3 articles: …". */
  source: string;
  /** "Chart: backchannel · …". */
  credit: string;
}

/** One entry of a swatch legend. */
export interface LegendItem {
  label: string;
  fill: string;
  stroke?: string;
  strokeWidth?: number;
  shape?: "circle" | "square";
}

/** Class of the Plot marks whose elements take keyboard focus and show a tip when they have it. */
export const FOCUSABLE_MARKS = "bc-marks";

/**
 * The charts' stylesheet, scoped to `.bc-chart`: plain typography at zero specificity (a page's own rules win, as the
 * site's do), the legends, a visible keyboard focus on marks, and print rules (no tips, black text, colours kept).
 */
export const CHART_CSS = `
:where(.bc-chart) { margin: 0; max-width: none; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; }
:where(.bc-chart) > h2 { font-size: 18px; font-weight: 700; line-height: 1.25; margin: 0 0 0.25rem; }
:where(.bc-chart) > h3 {
  font-size: 14px; font-weight: 400; line-height: 1.4; margin: 0 0 0.5rem; color: var(--bc-muted);
}
:where(.bc-chart) > figcaption { font-size: 12px; line-height: 1.4; margin-top: 0.5rem; color: var(--bc-muted); }
.bc-chart .bc-source, .bc-chart .bc-credit { display: block; }
.bc-chart [class*="-swatches"] { font-size: 12px; }
.bc-chart .bc-legend {
  display: flex; flex-wrap: wrap; align-items: center; gap: 0.15rem 1rem; margin: 0.25rem 0; font-size: 12px;
}
.bc-chart .bc-swatch { display: inline-flex; align-items: center; gap: 0.35em; }
.bc-chart .bc-swatch svg { flex: none; }
.bc-chart svg .${FOCUSABLE_MARKS} > :focus { outline: none; }
.bc-chart svg .${FOCUSABLE_MARKS} > :focus-visible { outline: 2px solid currentColor; outline-offset: 2px; }
.bc-chart svg .${FOCUSABLE_MARKS} > :focus-visible > *, .bc-chart svg .${FOCUSABLE_MARKS} > :focus-visible:not(a) {
  stroke: currentColor; stroke-width: 2.5px;
}
@media print {
  .bc-chart {
    color: #000 !important; background: #fff !important; print-color-adjust: exact; -webkit-print-color-adjust: exact;
  }
  .bc-chart > h3, .bc-chart > figcaption { color: #000 !important; }
  .bc-chart svg g[aria-label="tip"] { display: none !important; }
}
`;

/**
 * A swatch legend in the shape of Plot's (`<div><span><svg/>label</span>…</div>`), for what a colour scale cannot say
 * (e.g. how reviewed marks are outlined).
 *
 * @example
 * swatchLegend([{label: "Reviewed", fill: "#999", stroke: "#000", shape: "circle"}], {document});
 */
export function swatchLegend(
  items: LegendItem[],
  {document = globalThis.document, label = ""}: {document?: Document; label?: string} = {}
): HTMLElement {
  if (!document?.createElementNS) throw new Error(`invalid document: ${document}`);
  const legend = document.createElement("div");
  legend.className = "bc-legend";
  if (label) legend.setAttribute("aria-label", label);
  for (const item of items) {
    const swatch = document.createElement("span");
    swatch.className = "bc-swatch";
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    for (const [name, value] of Object.entries({width: 14, height: 14, viewBox: "0 0 14 14", "aria-hidden": "true"})) {
      svg.setAttribute(name, String(value));
    }
    const shape = document.createElementNS("http://www.w3.org/2000/svg", item.shape === "square" ? "rect" : "circle");
    const attributes: Record<string, string | number> =
      item.shape === "square" ? {x: 1, y: 1, width: 12, height: 12, rx: 2} : {cx: 7, cy: 7, r: 5};
    Object.assign(attributes, {fill: item.fill, stroke: item.stroke ?? "none", "stroke-width": item.strokeWidth ?? 1});
    for (const [name, value] of Object.entries(attributes)) shape.setAttribute(name, String(value));
    svg.append(shape);
    swatch.append(svg, item.label);
    legend.append(swatch);
  }
  return legend;
}

/**
 * A chart's caption: the source line and the credit line, each on its own line (spans `.bc-source`, `.bc-credit`).
 * Plot appends it to the `<figcaption>`.
 */
export function chartCaption(document: Document, {source, credit}: {source: string; credit: string}): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const line = (className: string, text: string) => {
    const span = document.createElement("span");
    span.className = className;
    span.textContent = text;
    return span;
  };
  fragment.append(line("bc-source", source), line("bc-credit", credit));
  return fragment;
}

/**
 * The caption of a chart drawn from some rows (see {@link chartCaption}): the source line names the articles behind
 * the rows, the credit line counts the rows.
 *
 * Options: `kind` of rows, "statements" (default) or "events", for the credit line.
 *
 * @example
 * rowsCaption(document, statements, documentRows(documents));
 */
export function rowsCaption(
  document: Document,
  rows: {doc_id: string; codebook_version?: string; review_status?: string}[],
  documents: DocumentRow[],
  {kind = "statements"}: {kind?: "statements" | "events"} = {}
): DocumentFragment {
  return chartCaption(document, {
    source: sourceLine(documentsBehind(rows, documents)),
    credit: creditLine(rows, {kind})
  });
}

/**
 * The title, subtitle and caption options of `Plot.plot` and the chart's accessible name: each text as the chart's
 * options give it, the computed one when the option is undefined, none when it is null.
 *
 * @example
 * Plot.plot({...figureTexts({title, subtitle, caption}, {title: computedTitle, …}), marks});
 */
export function figureTexts<Caption>(
  given: {title?: string | null; subtitle?: string | null; caption?: string | null},
  computed: {title: string; subtitle: string; caption: Caption}
): {title?: string; subtitle?: string; caption?: string | Caption; ariaLabel: string} {
  return {
    title: given.title === undefined ? computed.title : (given.title ?? undefined),
    subtitle: given.subtitle === undefined ? computed.subtitle : (given.subtitle ?? undefined),
    caption: given.caption === undefined ? computed.caption : (given.caption ?? undefined),
    ariaLabel: given.title ?? computed.title
  };
}

/** Options of {@link finishChart}. */
export interface FinishChartOptions {
  /** The chart's name, set as `data-chart` ("stance-timeline"). */
  chart: string;
  theme: ChartTheme;
  document: Document;
  /** Legends placed after Plot's own, before the chart. */
  legends?: Element[];
}

/**
 * Finishes a chart drawn by `Plot.plot({figure: true, …})`: sets the theme's colours, adds legends and the
 * stylesheet, and makes the elements of marks classed {@link FOCUSABLE_MARKS} focusable with the tab key, each
 * showing its tip when focused; other links in the chart leave the tab order (their marks have no tip). Returns the
 * figure.
 */
export function finishChart(
  plotted: HTMLElement | SVGSVGElement,
  {chart, theme, document, legends = []}: FinishChartOptions
): HTMLElement {
  const figure = plotted as HTMLElement;
  if (figure.tagName.toLowerCase() !== "figure") throw new Error(`invalid figure: ${figure.tagName}`);
  figure.classList.add("bc-chart");
  figure.setAttribute("data-chart", chart);
  figure.setAttribute("data-theme", theme.name);
  figure.style.setProperty("color", theme.foreground);
  figure.style.setProperty("--bc-muted", theme.muted);
  figure.style.setProperty("--bc-background", theme.background);
  const svg = figure.querySelector<SVGSVGElement>(":scope > svg");
  if (!svg) throw new Error("invalid figure: no chart svg");
  svg.style.setProperty("--plot-background", theme.background);
  for (const legend of legends) svg.before(legend);
  const style = document.createElement("style");
  style.textContent = CHART_CSS;
  figure.prepend(style);
  // Only marks take focus: not the chart's svg (which Chromium would otherwise put in the tab order), nor other links.
  svg.setAttribute("tabindex", "-1");
  for (const link of svg.querySelectorAll("a")) {
    if (!link.parentElement?.classList.contains(FOCUSABLE_MARKS)) link.setAttribute("tabindex", "-1");
  }
  for (const mark of svg.querySelectorAll(`.${FOCUSABLE_MARKS} > *`)) mark.setAttribute("tabindex", "0");
  enableKeyboardTips(svg);
  return figure;
}

/**
 * Shows a mark's tip while the mark has keyboard focus. Plot's tips follow the pointer; this tells Plot's pointer
 * interaction that the pointer is at the centre of the focused mark (a synthetic `pointermove`), and that it left
 * when focus leaves the marks or the reader presses Escape (`pointerleave`). Hovering works as before.
 */
export function enableKeyboardTips(svg: SVGSVGElement): void {
  const view = svg.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const Pointer = view?.PointerEvent ?? view?.MouseEvent;
  if (!Pointer) return;
  const markOf = (target: EventTarget | null): Element | null =>
    target && (target as Element).closest ? (target as Element).closest(`.${FOCUSABLE_MARKS} > *`) : null;
  const point = (type: "pointermove" | "pointerleave", mark?: Element) => {
    const box = mark?.getBoundingClientRect();
    const init = {pointerType: "mouse", clientX: 0, clientY: 0};
    if (box) Object.assign(init, {clientX: box.x + box.width / 2, clientY: box.y + box.height / 2});
    svg.dispatchEvent(new Pointer(type, init));
  };
  svg.addEventListener("focusin", (event) => {
    const mark = markOf(event.target);
    if (mark && svg.contains(mark)) point("pointermove", mark);
  });
  svg.addEventListener("focusout", (event) => {
    if (!markOf((event as FocusEvent).relatedTarget)) point("pointerleave");
  });
  svg.addEventListener("keydown", (event) => {
    if ((event as KeyboardEvent).key === "Escape") point("pointerleave");
  });
}

/**
 * The texts a chart figure carries: title (`h2`), subtitle (`h3`), alt text (the chart's `aria-description`), source
 * and credit lines (the caption's `.bc-source` and `.bc-credit`; a caption given as plain text is the source).
 *
 * @example
 * chartText(stanceTimeline(rows, options)).alt;
 */
export function chartText(figure: Element): ChartText {
  const text = (selector: string) => figure.querySelector(selector)?.textContent?.trim() ?? "";
  const svg = figure.matches("svg") ? figure : figure.querySelector(":scope > svg");
  return {
    title: text(":scope > h2"),
    subtitle: text(":scope > h3"),
    alt: svg?.getAttribute("aria-description") ?? "",
    source: text("figcaption .bc-source") || (figure.querySelector("figcaption .bc-credit") ? "" : text("figcaption")),
    credit: text("figcaption .bc-credit")
  };
}
