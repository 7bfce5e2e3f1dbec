// Observable Framework configuration. The build and preview must work with no network: npm imports come from the
// cache filled by scripts/fill-npm-cache.ts, and nothing here may reference an external host.
export default {
  root: "docs",
  title: "backchannel",
  pages: [
    {name: "Explainer", path: "/"},
    {name: "Statements", path: "/statements"},
    {name: "Sources", path: "/sources"},
    {name: "Methodology", path: "/methodology"},
    {name: "Data", path: "/data"}
  ],
  // The default theme links Google Fonts (Source Serif 4); the theme falls back to local serif fonts without it.
  globalStylesheets: [],
  // The site's stylesheet imports Framework's default styles and the light "air" theme: the charts' palettes are
  // chosen for a light background.
  style: "style.css",
  // The default footer links observablehq.com and stamps the build date, which makes builds irreproducible.
  footer: "backchannel: who said what about whom, when, and through which channel.",
  search: true, // minisearch is bundled by Framework and its index is built locally: works offline (tested)
  toc: true,
  pager: true
};
