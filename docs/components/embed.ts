/**
 * The element an embedded chart lives in, for the exported modules (`/embed/<chart>.js`) and the iframe pages
 * (`/embed/<chart>`): it draws the chart at its own width and draws it again when that width changes
 * (ResizeObserver), when the system colour scheme changes (theme "auto"), and in light colours for printing. Its
 * content sits in a shadow root with its own styles, so that a host page's CSS neither breaks it nor is broken by it.
 */
import {chartText, type ChartText} from "./chartFrame.js";
import {
  EMBED_CHARTS,
  normalizeEmbedOptions,
  renderEmbedChart,
  type EmbedData,
  type EmbedOptions
} from "./embedCharts.js";
import {DARK_SCHEME_QUERY, resolveTheme, THEMES, type ThemeName} from "./theme.js";

/** An embedded chart's element. */
export interface EmbedElement extends HTMLElement {
  /** Resolves once the chart is first drawn (rejects if its data cannot be loaded or drawn). */
  ready: Promise<void>;
  /** The texts of the chart as last drawn: title, subtitle, alt text, source and credit lines. */
  chartText: ChartText | null;
  /** Draws the chart again now (e.g. after the host changed its size without a resize observer). */
  redraw(): void;
}

/** Options of {@link createEmbed} that the host does not set. */
export interface CreateEmbedContext {
  /** The document to create the element in (default: the page's). */
  document?: Document;
  /** The site's address, ending with "/"; marks link there (default: from this module's own URL). */
  siteUrl?: string | null;
  /** Width to draw at when the element has no layout (e.g. not yet in the page, or no ResizeObserver); default 640. */
  fallbackWidth?: number;
}

/** Padding inside the element, around the chart (pixels). */
const PADDING = 12;

/** The site's root, from this module's URL (built at `<site>/_import/components/embed.<hash>.js`). */
function defaultSiteUrl(): string | null {
  try {
    const url = new URL("../../", import.meta.url);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

const EMBED_CSS = `
:host { display: block; box-sizing: border-box; padding: ${PADDING}px; border-radius: 4px; overflow-x: auto;
  text-align: left; line-height: 1.4; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; }
:host([hidden]) { display: none; }
.bc-status { margin: 0; padding: 1rem 0; opacity: 0.7; }
.bc-chart a { color: inherit; }
.bc-chart svg { display: block; max-width: none; }
@media print { :host { background: #fff !important; color: #000 !important; } }
`;

/**
 * Creates the element of an embeddable chart (see EMBED_CHARTS: "stance-timeline", "gap-chart", "events-chart") with
 * the host's options; it draws once the data has loaded and it has a width. Bad options throw at once.
 *
 * @example
 * document.body.append(createEmbed("stance-timeline", fetch(url).then((r) => r.json()), {theme: "auto"}));
 */
export function createEmbed(
  name: string,
  data: EmbedData | Promise<EmbedData>,
  options: EmbedOptions = {},
  {document = globalThis.document, siteUrl = defaultSiteUrl(), fallbackWidth = 640}: CreateEmbedContext = {}
): EmbedElement {
  if (!EMBED_CHARTS[name]) throw new Error(`invalid chart: ${name}`);
  if (!document?.createElement) throw new Error(`invalid document: ${document}`);
  if (siteUrl !== null && !(typeof siteUrl === "string" && /^https?:\/\/.+\/$/.test(siteUrl))) {
    throw new Error(`invalid siteUrl: ${siteUrl}`);
  }
  const normalized = normalizeEmbedOptions(options);
  const view = document.defaultView;
  const host = document.createElement("div") as unknown as EmbedElement;
  host.className = "backchannel-embed";
  host.dataset.chart = name;
  const root: ShadowRoot | HTMLElement = host.attachShadow ? host.attachShadow({mode: "open"}) : host;
  const style = document.createElement("style");
  style.textContent = EMBED_CSS;
  const content = document.createElement("div");
  content.className = "bc-content";
  const status = document.createElement("p");
  status.className = "bc-status";
  status.setAttribute("role", "status");
  status.textContent = "Loading chart…";
  content.append(status);
  root.append(style, content);

  let loaded: EmbedData | null = null;
  let drawnWidth = -1;
  let drawnTheme: ThemeName | null = null;
  let printing = false;
  host.chartText = null;

  const themeNow = () =>
    printing ? THEMES.light : resolveTheme(normalized.theme ?? "auto", {matchMedia: view?.matchMedia?.bind(view)});
  const widthNow = () => {
    const width = host.isConnected ? host.getBoundingClientRect().width - 2 * PADDING : 0;
    return width > 0 ? Math.floor(width) : fallbackWidth;
  };
  const draw = (force = false) => {
    if (!loaded) return;
    const width = widthNow();
    const theme = themeNow();
    if (!force && width === drawnWidth && theme.name === drawnTheme) return;
    const figure = renderEmbedChart(name, loaded, normalized, {width, theme, document, siteUrl});
    host.style.setProperty("background", theme.background);
    host.style.setProperty("color", theme.foreground);
    host.style.setProperty("color-scheme", theme.name);
    host.dataset.theme = theme.name;
    content.replaceChildren(figure);
    host.chartText = chartText(figure);
    drawnWidth = width;
    drawnTheme = theme.name;
  };
  host.redraw = () => draw(true);

  host.ready = Promise.resolve(data).then(
    (value) => {
      loaded = value;
      draw(true);
      const Observer = view?.ResizeObserver;
      if (Observer) new Observer(() => draw()).observe(host);
      const scheme = view?.matchMedia?.(DARK_SCHEME_QUERY);
      scheme?.addEventListener?.("change", () => draw());
      view?.addEventListener("beforeprint", () => ((printing = true), draw()));
      view?.addEventListener("afterprint", () => ((printing = false), draw()));
    },
    (error: unknown) => {
      status.textContent = "This chart could not be loaded.";
      throw error;
    }
  );
  host.ready.catch((error: unknown) => console.error(`backchannel ${name}:`, error));
  return host;
}
