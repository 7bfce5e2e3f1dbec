/** The small fixed dataset of tests/fixtures/charts, and a jsdom document to render the charts into. */
import {readFileSync} from "node:fs";
import {csvParse} from "d3-dsv";
import {JSDOM} from "jsdom";

const dir = new URL("../fixtures/charts/", import.meta.url);
const read = (name: string) => csvParse(readFileSync(new URL(`${name}.csv`, dir), "utf8"));

export const fixtures = {
  statements: read("statements"),
  events: read("events"),
  documents: read("documents"),
  gap: read("gap")
};

/** A fresh jsdom document, so that no test sees another's elements. */
export function newDocument(): Document {
  return new JSDOM("<!DOCTYPE html><html><body></body></html>").window.document;
}

/**
 * The chart's SVG as a standalone file: the Plot svg of a figure (not the legend swatches), with its namespaces declared
 * so that the file opens in any SVG viewer.
 */
export function standaloneSvg(chart: Element): string {
  const svg = chart.matches("svg") ? chart : chart.querySelector(":scope > svg[class^='plot']");
  if (!svg) throw new Error("no chart svg");
  const copy = svg.cloneNode(true) as Element;
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  if (copy.outerHTML.includes("xlink:")) copy.setAttribute("xmlns:xlink", "http://www.w3.org/1999/xlink");
  return `${copy.outerHTML}\n`;
}

/** The fixture tables as the embeds' data (docs/embed/data.json has this shape). */
export function fixtureEmbedData(): import("../../docs/components/embedCharts.ts").EmbedData {
  return {
    focus: {actor: "CN", actorName: "China", adjective: "Chinese", target: "PK", targetName: "Pakistan"},
    actors: [
      {code: "CN", name: "China", adjective: "Chinese"},
      {code: "IN", name: "India", adjective: "Indian"}
    ],
    documents: fixtures.documents,
    statements: fixtures.statements,
    events: fixtures.events,
    gaps: {CN: fixtures.gap}
  };
}
