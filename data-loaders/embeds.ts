/**
 * The work behind the embed loaders (docs/embed/): the data file every embed draws from, the static SVG and PNG files
 * of each chart in each theme, their manifest (sizes and texts, e.g. the PNGs' alt text), and the host script that
 * resizes iframes. Static files are drawn by the same chart functions as the site, in jsdom, composed into one SVG
 * (docs/components/staticSvg.ts) and rasterized by resvg with a font shipped in node_modules: no browser.
 */
import {register} from "node:module";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {Resvg} from "@resvg/resvg-js";
import {from} from "arquero";
import {build} from "esbuild";
import {JSDOM} from "jsdom";
import {publicPrivateGap} from "../src/analysis/publicPrivateGap.ts";
import type {Tables} from "../src/tables.ts";
import type {EmbedData} from "../docs/components/embedCharts.ts";
import type {ChartText} from "../docs/components/chartFrame.ts";
import type {ThemeName} from "../docs/components/theme.ts";
import {codebookView} from "./codebook.ts";
import {loadFontMetrics, type FontMetrics} from "./fontMetrics.ts";
import {paths} from "./paths.ts";
import {pickColumns} from "./pickColumns.ts";
import {runLoader} from "./runLoader.ts";
import {loadTables} from "./tables.ts";

// The chart components import Plot as pages do (`npm:@observablehq/plot`); in Node that names the installed package.
register(
  "data:text/javascript," +
    encodeURIComponent(
      `export async function resolve(specifier, context, next) {
        return next(specifier.startsWith("npm:") ? specifier.slice(4) : specifier, context);
      }`
    ),
  import.meta.url
);

/** The components, imported once the `npm:` specifiers resolve. */
async function components() {
  const [embedCharts, staticSvg, theme] = await Promise.all([
    import("../docs/components/embedCharts.ts"),
    import("../docs/components/staticSvg.ts"),
    import("../docs/components/theme.ts")
  ]);
  return {...embedCharts, ...staticSvg, ...theme};
}

/** Width of the static files in CSS pixels, and the pixel ratio of the PNGs (640 px at 2×: 1280 pixels wide). */
export const STATIC_WIDTH = 640;
export const STATIC_PIXEL_RATIO = 2;
/** Space around the chart in the static files. */
export const STATIC_PADDING = 16;
export const STATIC_THEMES = ["light", "dark"] as const satisfies readonly ThemeName[];

/**
 * The font of the static files: Source Sans 3 (SIL Open Font License), from the `source-sans` npm package, so that
 * the PNGs look the same on every machine and need no system font. The SVG files name it first, then the reader's
 * system sans-serif, which a browser uses where Source Sans 3 is not installed.
 */
export const STATIC_FONT = {
  family: "Source Sans 3",
  package: "source-sans",
  files: {
    400: "TTF/SourceSans3-Regular.ttf",
    600: "TTF/SourceSans3-Semibold.ttf",
    700: "TTF/SourceSans3-Bold.ttf"
  }
} as const;

function fontPath(weight: keyof typeof STATIC_FONT.files): string {
  return join(paths.root, "node_modules", STATIC_FONT.package, STATIC_FONT.files[weight]);
}

let metrics: Map<number, FontMetrics> | undefined;

/** Measures text in the static files' font (by weight: regular, semibold from 550, bold from 650). */
export function measureText(text: string, {fontSize, fontWeight}: {fontSize: number; fontWeight: number}): number {
  metrics ??= new Map(([400, 600, 700] as const).map((weight) => [weight, loadFontMetrics(fontPath(weight))] as const));
  const weight = fontWeight >= 650 ? 700 : fontWeight >= 550 ? 600 : 400;
  return metrics.get(weight)!.measure(text, fontSize);
}

type Row = Record<string, unknown>;

const STATEMENT_COLUMNS = [
  "statement_id",
  "doc_id",
  "quote",
  "speaker",
  "speaker_role",
  "actor",
  "target",
  "date",
  "date_precision",
  "date_start",
  "date_end",
  "channel",
  "disclosure",
  "stance",
  "codebook_version",
  "review_status",
  "reviewer",
  "review_date"
] as const;
const EVENT_COLUMNS = [
  "event_id",
  "doc_id",
  "span",
  "date",
  "date_precision",
  "date_start",
  "date_end",
  "kind",
  "label",
  "location",
  "codebook_version"
] as const;
const DOCUMENT_COLUMNS = ["doc_id", "title", "publisher", "url", "published", "published_precision"] as const;

function round(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? Math.round(value * 100) / 100 + 0 : null;
}

/**
 * The data every embed draws (docs/embed/data.json): the story's focus, the actors that speak about its target, and
 * the columns the charts use of the documents, the statements (without those an editor rejected) and the events, with
 * each actor's public–private gap per year (as docs/data/gap.csv has it for the focus actor, means rounded to 2
 * decimals).
 *
 * @example
 * embedData(loadTables()).statements.length;
 */
export function embedData(tables: Tables): EmbedData {
  const codebook = codebookView();
  const {focus} = codebook;
  const kept = tables.statements.filter((s) => s.review_status !== "rejected");
  const speakers = new Set(kept.filter((s) => s.target === focus.target && s.actor).map((s) => s.actor));
  const actors = tables.actors
    .filter((a) => speakers.has(a.actor))
    .map((a) => ({
      code: a.actor,
      name: a.name || a.actor,
      adjective: codebook.actors.find((c) => c.code === a.actor)?.adjectives[0] ?? ""
    }))
    .sort((a, b) => (a.code === focus.actor ? -1 : b.code === focus.actor ? 1 : a.code < b.code ? -1 : 1));
  const statements = from(kept);
  const gaps = Object.fromEntries(
    actors.map((a) => [
      a.code,
      (publicPrivateGap(statements, {actor: a.code, target: focus.target}).objects() as Row[]).map((row) => ({
        ...row,
        public_mean: round(row.public_mean),
        private_mean: round(row.private_mean),
        gap: round(row.gap)
      }))
    ])
  );
  return {
    focus: {
      actor: focus.actor,
      actorName: focus.actorName,
      adjective: focus.adjective,
      target: focus.target,
      targetName: focus.targetName
    },
    actors,
    documents: tables.documents.map((d) => pickColumns(d, DOCUMENT_COLUMNS)),
    statements: kept.map((s) => pickColumns(s, STATEMENT_COLUMNS)),
    events: tables.events.map((e) => pickColumns(e, EVENT_COLUMNS)),
    gaps
  };
}

/** A chart as a static SVG file, with its size and texts. */
export interface StaticChart {
  svg: string;
  width: number;
  height: number;
  text: ChartText;
}

/**
 * Draws an embeddable chart in a theme as a standalone SVG file {@link STATIC_WIDTH} pixels wide, with no links.
 *
 * @example
 * const {svg, height} = await staticChart("gap-chart", "dark", embedData(loadTables()));
 */
export async function staticChart(name: string, theme: ThemeName, data: EmbedData): Promise<StaticChart> {
  const {figureToSvg, renderEmbedChart, resolveTheme} = await components();
  if (!STATIC_THEMES.includes(theme)) throw new Error(`invalid theme: ${theme}`);
  const {document} = new JSDOM("<!DOCTYPE html><html><body></body></html>").window;
  const colors = resolveTheme(theme);
  const figure = renderEmbedChart(
    name,
    data,
    {theme},
    {width: STATIC_WIDTH - 2 * STATIC_PADDING, theme: colors, document, siteUrl: null}
  );
  return figureToSvg(figure, {
    theme: colors,
    measureText,
    padding: STATIC_PADDING,
    fontFamily: `'${STATIC_FONT.family}', system-ui, sans-serif`
  });
}

/**
 * Rasterizes an SVG file to PNG at a pixel ratio (default {@link STATIC_PIXEL_RATIO}) with resvg, using only the
 * static font's files (no system fonts, so every machine draws the same pixels).
 *
 * @example
 * writeFileSync("chart.png", rasterize(svg));
 */
export function rasterize(svg: string, {pixelRatio = STATIC_PIXEL_RATIO}: {pixelRatio?: number} = {}): Buffer {
  if (!(Number.isFinite(pixelRatio) && pixelRatio > 0)) throw new Error(`invalid pixelRatio: ${pixelRatio}`);
  const resvg = new Resvg(svg, {
    fitTo: {mode: "zoom", value: pixelRatio},
    font: {
      loadSystemFonts: false,
      fontFiles: ([400, 600, 700] as const).map(fontPath),
      defaultFontFamily: STATIC_FONT.family,
      sansSerifFamily: STATIC_FONT.family
    }
  });
  return resvg.render().asPng();
}

/** One static file of the manifest. */
export interface StaticFile {
  svg: string;
  png: string;
  /** Size in CSS pixels; the PNG is `pixelRatio` times as many pixels each way. */
  width: number;
  height: number;
  pngWidth: number;
  pngHeight: number;
}

/** The manifest of the static files (docs/embed/static.json): per chart, its texts and its files by theme. */
export interface StaticManifest {
  width: number;
  pixelRatio: number;
  font: string;
  charts: (ChartText & {
    name: string;
    label: string;
    exportName: string;
    /** Alt text for an image of the chart: its title and its description. */
    altText: string;
    files: Record<ThemeName, StaticFile>;
  })[];
}

/**
 * The manifest of the static files: for each chart, its title, subtitle, alt text, source and credit lines (the same
 * in both themes: computed from the same rows) and each theme's file names and sizes. File names are relative to
 * /embed/.
 *
 * @example
 * (await staticManifest(embedData(loadTables()))).charts[0].altText;
 */
export async function staticManifest(data: EmbedData): Promise<StaticManifest> {
  const {EMBED_CHARTS} = await components();
  const charts = [];
  for (const chart of Object.values(EMBED_CHARTS)) {
    const files = {} as Record<ThemeName, StaticFile>;
    let text: ChartText | undefined;
    for (const theme of STATIC_THEMES) {
      const drawn = await staticChart(chart.name, theme, data);
      text ??= drawn.text;
      files[theme] = {
        svg: `${chart.name}-${theme}.svg`,
        png: `${chart.name}-${theme}.png`,
        width: drawn.width,
        height: drawn.height,
        pngWidth: Math.round(drawn.width * STATIC_PIXEL_RATIO),
        pngHeight: Math.round(drawn.height * STATIC_PIXEL_RATIO)
      };
    }
    charts.push({
      name: chart.name,
      label: chart.label,
      exportName: chart.exportName,
      ...text!,
      altText: `${text!.title}. ${text!.alt}`,
      files
    });
  }
  return {
    width: STATIC_WIDTH,
    pixelRatio: STATIC_PIXEL_RATIO,
    font: `${STATIC_FONT.family} (SIL Open Font License, npm package ${STATIC_FONT.package})`,
    charts
  };
}

/**
 * The host script `/embed/resize.js`: {@link installIframeResizer} bundled as a plain script (no module), so that a
 * host page can include it with a `<script src>` tag.
 */
export async function hostScript(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import {installIframeResizer} from "./embedHost.ts";\ninstallIframeResizer(window);\n`,
      resolveDir: join(dirname(fileURLToPath(import.meta.url)), "..", "docs", "components"),
      loader: "ts"
    },
    bundle: true,
    write: false,
    format: "iife",
    target: "es2018",
    charset: "utf8",
    legalComments: "none",
    logLevel: "silent"
  });
  return (
    "// backchannel: resizes the iframes of embedded charts to their content. " +
    'Include once per page: <script src=".../embed/resize.js" async></script>\n' +
    result.outputFiles[0].text
  );
}

/** Body of docs/embed/data.json.ts. */
export async function publishEmbedData(): Promise<void> {
  await runLoader(() => `${JSON.stringify(embedData(loadTables()))}\n`);
}

/** Body of the static file loaders, e.g. docs/embed/stance-timeline-light.png.ts. */
export async function publishStaticChart(name: string, theme: ThemeName, format: "svg" | "png"): Promise<void> {
  if (format !== "svg" && format !== "png") throw new Error(`invalid format: ${format}`);
  await runLoader(async () => {
    const {svg} = await staticChart(name, theme, embedData(loadTables()));
    return format === "svg" ? svg : rasterize(svg);
  });
}

/** Body of docs/embed/static.json.ts. */
export async function publishStaticManifest(): Promise<void> {
  await runLoader(async () => `${JSON.stringify(await staticManifest(embedData(loadTables())), null, 2)}\n`);
}

/** Body of docs/embed/resize.js.ts. */
export async function publishHostScript(): Promise<void> {
  await runLoader(hostScript);
}
