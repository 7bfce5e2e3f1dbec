/**
 * The HTML a reporter pastes into a story to embed a chart, in each of the three forms: the exported module, the
 * iframe, and the static image. The Embed page shows them with the site's address as it is served; the host-page test
 * pastes the same into a page on another origin.
 */
import type {ThemeOption} from "./theme.js";

/** What the snippets need to know of a chart: an entry of the static files' manifest (docs/embed/static.json). */
export interface SnippetChart {
  name: string;
  exportName: string;
  title: string;
  /** Alt text for an image of the chart. */
  altText: string;
  files: Record<"light" | "dark", {png: string; width: number; height: number}>;
}

/** Options of the snippets. */
export interface SnippetOptions {
  /** The site's address, ending with "/" (e.g. `new URL(".", location.href).href` on a page at the site's root). */
  site: string;
  theme?: ThemeOption;
}

/** Padding the embed element adds around the chart, above and below, for the iframe's first height. */
const FRAME_PADDING = 24;

/** Escapes text for an HTML attribute value or content. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})[c]!);
}

function check({site, theme = "auto"}: SnippetOptions): Required<SnippetOptions> {
  if (!(typeof site === "string" && /^https?:\/\/.+\/$/.test(site))) throw new Error(`invalid site: ${site}`);
  if (!["auto", "light", "dark"].includes(theme)) throw new Error(`invalid theme: ${theme}`);
  return {site, theme};
}

/**
 * The module form: a container and a module script that imports the chart's function and appends its element.
 *
 * @example
 * moduleSnippet(chart, {site: "https://example.org/backchannel/", theme: "auto"});
 */
export function moduleSnippet(chart: SnippetChart, options: SnippetOptions): string {
  const {site, theme} = check(options);
  const id = `backchannel-${chart.name}`;
  return `<div id="${id}"></div>
<script type="module">
  import {${chart.exportName}} from "${site}embed/${chart.name}.js";
  document.getElementById("${id}").append(${chart.exportName}({theme: "${theme}"}));
</script>`;
}

/**
 * The iframe form: the chart's page without site chrome, and the host script that sizes the iframe to it (include
 * the script once per page, however many charts it has).
 *
 * @example
 * iframeSnippet(chart, {site, theme: "dark"});
 */
export function iframeSnippet(chart: SnippetChart, options: SnippetOptions): string {
  const {site, theme} = check(options);
  const height = chart.files.light.height + FRAME_PADDING;
  return `<iframe src="${site}embed/${chart.name}?theme=${theme}" title="${escapeHtml(chart.title)}" style="width:100%;height:${height}px;border:0" loading="lazy"></iframe>
<script src="${site}embed/resize.js" async></script>`;
}

/**
 * The static form: the PNG at its stated size, scaling down with the page, with its alt text; for theme "auto" a
 * `<picture>` that shows the dark PNG to readers whose system prefers dark.
 *
 * @example
 * staticSnippet(chart, {site, theme: "auto"});
 */
export function staticSnippet(chart: SnippetChart, options: SnippetOptions): string {
  const {site, theme} = check(options);
  const img = (file: SnippetChart["files"]["light"]) =>
    `<img src="${site}embed/${file.png}" width="${file.width}" height="${file.height}" style="max-width:100%;height:auto" alt="${escapeHtml(chart.altText)}">`;
  if (theme !== "auto") return img(chart.files[theme]);
  return `<picture>
  <source srcset="${site}embed/${chart.files.dark.png}" media="(prefers-color-scheme: dark)">
  ${img(chart.files.light)}
</picture>`;
}
