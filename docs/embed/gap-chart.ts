/**
 * Exported module `/embed/gap-chart.js`: the gap chart: the mean public and private stance per year, and the gap
 * between them. A host page gets it as an element that loads its data from this site (relative to its own URL), resizes
 * with its container, and follows the reader's colour scheme unless the host sets a theme. See the Embed page (/embeds)
 * for the snippet to paste.
 *
 * @example
 * import {GapChart} from "https://<site>/embed/gap-chart.js";
 * document.querySelector("#chart").append(GapChart({theme: "auto"}));
 */
import {createEmbed, type EmbedElement} from "../components/embed.js";
import type {EmbedOptions} from "../components/embedCharts.js";
import {embedData} from "../components/embedData.js";

/**
 * A responsive element drawing the chart. Options: `actor` (e.g. "CN"; timeline and gap chart), `from` and `to`
 * (YYYY, YYYY-MM or YYYY-MM-DD), `theme` ("light", "dark" or "auto", the default). Its `ready` promise resolves once
 * the chart is drawn; `chartText` then holds its title, subtitle, alt text, source and credit lines.
 */
export function GapChart(options: EmbedOptions = {}): EmbedElement {
  return createEmbed("gap-chart", embedData(), options);
}

export default GapChart;
