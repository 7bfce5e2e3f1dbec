/**
 * The embed files of the built site (dist/embed/): the static SVG and PNG files at their stated size, drawn (not
 * blank) with their text rendered, carrying the manifest's texts; the data file without rejected statements; the
 * host script as a plain script that works; the exported modules and iframe pages as the config lists them.
 */
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {csvParse} from "d3-dsv";
import {JSDOM} from "jsdom";
import {beforeAll, describe, expect, test} from "vitest";
import config from "../../observablehq.config.ts";
import {EMBED_CHART_NAMES, type EmbedData} from "../../docs/components/embedCharts.ts";
import {HEIGHT_MESSAGE} from "../../docs/components/embedHost.ts";
import {THEMES} from "../../docs/components/theme.ts";
import type {StaticManifest} from "../../data-loaders/embeds.ts";
import {countNonBackground, decodePng, pngSize} from "../support/png.ts";
import {DIST, ensureBuilt} from "./build-site.ts";

const EMBED = join(DIST, "embed");
let manifest: StaticManifest;

beforeAll(async () => {
  await ensureBuilt();
  manifest = JSON.parse(readFileSync(join(EMBED, "static.json"), "utf-8")) as StaticManifest;
}, 600_000);

test("the config builds every form of every embeddable chart", () => {
  const paths = (config as {dynamicPaths: string[]}).dynamicPaths;
  for (const name of EMBED_CHART_NAMES) {
    for (const path of [`/embed/${name}.js`, `/embed/${name}`]) expect(paths).toContain(path);
    for (const file of ["light.svg", "dark.svg", "light.png", "dark.png"])
      expect(paths).toContain(`/embed/${name}-${file}`);
  }
  expect(paths).toEqual(expect.arrayContaining(["/embed/resize.js", "/embed/data.json", "/embed/static.json"]));
  expect(manifest.charts.map((c) => c.name)).toEqual(EMBED_CHART_NAMES);
});

describe.each(["light", "dark"] as const)("the %s static files", (theme) => {
  test.each(EMBED_CHART_NAMES)("of %s have the stated size, are drawn, and show their text", (name) => {
    const entry = manifest.charts.find((c) => c.name === name)!;
    const file = entry.files[theme];
    expect(file.width).toBe(640);
    expect([file.pngWidth, file.pngHeight]).toEqual([file.width * 2, file.height * 2]);
    const png = readFileSync(join(EMBED, file.png));
    expect(pngSize(png)).toEqual({width: file.pngWidth, height: file.pngHeight});
    const image = decodePng(png);
    const background = THEMES[theme].background;
    expect([...image.pixels.subarray(0, 3)]).toEqual([1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16)));
    const drawn = countNonBackground(image, background) / (image.width * image.height);
    expect(drawn, "share of pixels drawn").toBeGreaterThan(0.03);
    // The title's band (the first 24 CSS pixels of text under the padding): blank if the font had not loaded.
    const titleBand = {...image, height: 48, pixels: image.pixels.subarray(32 * 4 * image.width, 80 * 4 * image.width)};
    expect(countNonBackground(titleBand, background) / (image.width * 48), "title drawn").toBeGreaterThan(0.02);

    const svg = readFileSync(join(EMBED, file.svg), "utf-8");
    const root = new JSDOM(svg, {contentType: "image/svg+xml"}).window.document.documentElement;
    expect(root.getAttribute("width")).toBe(String(file.width));
    expect(root.getAttribute("height")).toBe(String(file.height));
    expect(root.querySelector("title")?.textContent).toBe(entry.title);
    expect(root.querySelector("desc")?.textContent).toBe(`${entry.alt} ${entry.source} ${entry.credit}`);
    expect(root.getAttribute("font-family")).toContain("Source Sans 3");
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org\/)/);
  });
});

test("the manifest's texts are computed: a source line naming publishers and dates, a credit with the codebook", () => {
  const data = JSON.parse(readFileSync(join(EMBED, "data.json"), "utf-8")) as EmbedData;
  const versions = [...new Set(data.statements.map((s) => s.codebook_version))];
  for (const entry of manifest.charts) {
    expect(entry.title.length).toBeGreaterThan(10);
    expect(entry.alt.length).toBeGreaterThan(40);
    expect(entry.altText).toBe(`${entry.title}. ${entry.alt}`);
    expect(entry.source).toMatch(/^Source: \d+ articles?: .+ \((?:\d+ )?[A-Z][a-z]{2} \d{4}/);
    expect(entry.credit).toMatch(new RegExp(`^Chart: backchannel · .*\\(codebook ${versions.join(", ")}\\)`));
  }
  expect(manifest.font).toMatch(/^Source Sans 3/);
});

test("the embeds' data leaves out rejected statements, and its gap for the focus actor is the published one", () => {
  const data = JSON.parse(readFileSync(join(EMBED, "data.json"), "utf-8")) as EmbedData;
  expect(data.statements.length).toBeGreaterThan(0);
  expect(data.statements.every((s) => s.review_status !== "rejected")).toBe(true);
  expect(data.actors[0].code).toBe(data.focus.actor);
  const gapFile = readdirSync(join(DIST, "_file", "data")).find((f) => /^gap\.[0-9a-f]+\.csv$/.test(f))!;
  const published = csvParse(readFileSync(join(DIST, "_file", "data", gapFile), "utf-8"));
  const embedded = data.gaps[data.focus.actor];
  expect(embedded.map((r) => r.year)).toEqual(published.map((r) => Number(r.year)));
  expect(embedded.map((r) => r.gap ?? "")).toEqual(published.map((r) => (r.gap === "" ? "" : Number(r.gap))));
});

test("/embed/resize.js is a plain script that resizes an iframe reporting its height", () => {
  const script = readFileSync(join(EMBED, "resize.js"), "utf-8");
  expect(script).not.toMatch(/^\s*(?:import|export)\b/m);
  const {window} = new JSDOM(`<iframe></iframe>`, {runScripts: "outside-only"});
  window.eval(script);
  const iframe = window.document.querySelector("iframe")!;
  window.dispatchEvent(
    new window.MessageEvent("message", {data: {type: HEIGHT_MESSAGE, height: 321}, source: iframe.contentWindow})
  );
  expect(iframe.style.height).toBe("321px");
});

test.each(EMBED_CHART_NAMES)(
  "%s is an exported module, with relative imports only, and an iframe page without chrome",
  (name) => {
    const module = readFileSync(join(EMBED, `${name}.js`), "utf-8");
    const imports = [...module.matchAll(/(?:import|from)\s*"([^"]+)"/g)].map((m) => m[1]);
    expect(imports.length).toBeGreaterThan(1);
    for (const path of imports) expect(path).toMatch(/^\.\.?\//);
    expect(module).toMatch(new RegExp(`export \\* from "\\.\\./_import/embed/${name}\\.[0-9a-f]+\\.js"`));
    const entry = manifest.charts.find((c) => c.name === name)!;
    const source = readFileSync(join(DIST, module.match(/export \* from "\.\.\/(_import\/[^"]+)"/)![1]), "utf-8");
    expect(source).toContain(`export function ${entry.exportName}(`);
    const page = readFileSync(join(EMBED, `${name}.html`), "utf-8");
    expect(existsSync(join(EMBED, `${name}.html`))).toBe(true);
    for (const chrome of ["observablehq-sidebar", "observablehq-header", "observablehq-footer", "observablehq-toc"]) {
      expect(page).not.toContain(`id="${chrome}"`);
    }
  }
);
