/**
 * Exported module `/embed/events-chart.js`: the events chart: the attacks, UN actions, summits and declarations the
 * articles date. A host page gets it as an element that loads its data from this site (relative to its own URL),
 * resizes with its container, and follows the reader's colour scheme unless the host sets a theme. See the Embed page
 * (/embeds) for the snippet to paste.
 *
 * @example
 * import {EventsChart} from "https://<site>/embed/events-chart.js";
 * document.querySelector("#chart").append(EventsChart({theme: "auto"}));
 */
import {createEmbed, type EmbedElement} from "../components/embed.js";
import type {EmbedOptions} from "../components/embedCharts.js";
import {embedData} from "../components/embedData.js";

/**
 * A responsive element drawing the chart. Options: `actor` (e.g. "CN"; timeline and gap chart), `from` and `to`
 * (YYYY, YYYY-MM or YYYY-MM-DD), `theme` ("light", "dark" or "auto", the default). Its `ready` promise resolves once
 * the chart is drawn; `chartText` then holds its title, subtitle, alt text, source and credit lines.
 */
export function EventsChart(options: EmbedOptions = {}): EmbedElement {
  return createEmbed("events-chart", embedData(), options);
}

export default EventsChart;
