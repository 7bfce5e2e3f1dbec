// Observable Framework configuration. The build and preview must work with no network: npm imports come from the
// cache filled by scripts/fill-npm-cache.ts, and nothing here may reference an external host.
import {readdirSync, readFileSync} from "node:fs";

/**
 * The notebooks of docs/analyses/, by title, for the sidebar's Analyses section: a new notebook needs no edit here.
 * Framework reads this file again when it changes, and `npm run new:analysis` touches it for a running preview.
 */
function analyses(): {name: string; path: string}[] {
  const dir = new URL("./docs/analyses/", import.meta.url);
  let files: string[];
  try {
    files = readdirSync(dir).filter((file) => file.endsWith(".md") && !file.startsWith("."));
  } catch {
    return [];
  }
  return files
    .map((file) => {
      const text = readFileSync(new URL(file, dir), "utf8");
      const title = /^---\r?\n(?:.*\r?\n)*?title:\s*(.+?)\s*\r?\n/.exec(text)?.[1] ?? /^#\s+(.+)$/m.exec(text)?.[1];
      return {
        name: (title ?? file.slice(0, -3)).replace(/^(["'])(.*)\1$/, "$2"),
        path: `/analyses/${file.slice(0, -3)}`
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

const notebooks = analyses();

/**
 * The embeddable charts (docs/components/embedCharts.ts) and, for each, the paths nothing links to that the build must
 * write: the exported module `/embed/<chart>.js`, the iframe page `/embed/<chart>` (docs/embed/[chart].md), and the
 * static SVG and PNG files in both themes; plus the iframe host script and the embeds' data and manifest.
 */
const embedCharts = ["stance-timeline", "gap-chart", "events-chart"];
const embedPaths = [
  ...embedCharts.flatMap((chart) => [
    `/embed/${chart}.js`,
    `/embed/${chart}`,
    ...["light", "dark"].flatMap((theme) => [`/embed/${chart}-${theme}.svg`, `/embed/${chart}-${theme}.png`])
  ]),
  "/embed/resize.js",
  "/embed/data.json",
  "/embed/static.json"
];

export default {
  root: "docs",
  title: "backchannel",
  pages: [
    {name: "Explainer", path: "/"},
    {name: "Statements", path: "/statements"},
    {name: "Sources", path: "/sources"},
    {name: "Methodology", path: "/methodology"},
    {name: "Data", path: "/data"},
    {name: "Embed", path: "/embeds"},
    ...(notebooks.length ? [{name: "Analyses", pages: notebooks}] : [])
  ],
  // The default theme links Google Fonts (Source Serif 4); the theme falls back to local serif fonts without it.
  globalStylesheets: [],
  // The site's stylesheet imports Framework's default styles and the light "air" theme: the charts' palettes are
  // chosen for a light background.
  style: "style.css",
  // An inline icon, so that browsers do not ask the server for /favicon.ico (a 404 and a console error otherwise).
  head: '<link rel="icon" href="data:,">',
  // The default footer links observablehq.com and stamps the build date, which makes builds irreproducible.
  footer: "backchannel: who said what about whom, when, and through which channel.",
  search: true, // minisearch is bundled by Framework and its index is built locally: works offline (tested)
  toc: true,
  pager: true,
  dynamicPaths: embedPaths
};
