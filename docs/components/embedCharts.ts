/**
 * The embeddable charts: what each of them shows, drawn from one data file (docs/embed/data.json) with a few options a
 * host can set. The exported modules, the iframe pages and the static SVG and PNG files all draw through
 * {@link renderEmbedChart}, so a chart says the same in every form.
 */
import {eventsChart} from "./eventsChart.js";
import {gapChart} from "./gapChart.js";
import {keyEvents} from "./keyEvents.js";
import {yearsOf} from "./describe.js";
import {dayAfter, parseDay} from "./stance.js";
import {stanceTimeline} from "./stanceTimeline.js";
import {THEME_OPTIONS, resolveTheme, type ChartTheme, type ThemeOption} from "./theme.js";

/** An actor that speaks in the corpus, as the embeds name it. */
export interface EmbedActor {
  code: string;
  name: string;
  /** "Chinese"; empty for a body. */
  adjective: string;
}

type Row = Record<string, unknown>;

/**
 * What the embeds draw (docs/embed/data.json, written by data-loaders/embeds.ts): the story's focus, the actors, and
 * the rows of the published tables the charts need, without statements an editor rejected.
 */
export interface EmbedData {
  focus: {actor: string; actorName: string; adjective: string; target: string; targetName: string};
  actors: EmbedActor[];
  documents: Row[];
  statements: Row[];
  events: Row[];
  /** The public–private gap per year toward the focus target, by actor code (rows as in docs/data/gap.csv). */
  gaps: Record<string, Row[]>;
}

/** Options a host page can set on an embedded chart (module options, or the iframe page's query parameters). */
export interface EmbedOptions {
  /** Whose statements: an actor code such as "CN" (default: the story's focus actor). Timeline and gap chart. */
  actor?: string;
  /** First date shown: YYYY, YYYY-MM or YYYY-MM-DD (default: the first with data). */
  from?: string;
  /** Last date shown, inclusive: YYYY, YYYY-MM or YYYY-MM-DD (default: the last with data). */
  to?: string;
  /** "light", "dark", or "auto" (the default) to follow the reader's system colour scheme. */
  theme?: ThemeOption;
}

/** How a chart is drawn where it is embedded. */
export interface EmbedContext {
  /** Width of the chart in pixels. */
  width: number;
  /** The colours, already resolved (see {@link resolveTheme}). */
  theme: ChartTheme;
  document: Document;
  /** The site's address, ending with "/": marks link to its pages, in a new tab. Null: no links (static files). */
  siteUrl: string | null;
}

/** An embeddable chart: its name in URLs, the function a module exports, and a short name for the gallery. */
export interface EmbedChart {
  name: string;
  exportName: string;
  label: string;
  /** Which options it reads. */
  options: readonly (keyof EmbedOptions)[];
  render(data: EmbedData, options: EmbedOptions, context: EmbedContext): HTMLElement;
}

/** Charts narrower than this are drawn at this width, and the host scrolls (the narrowest phones are 320 px). */
export const MIN_EMBED_WIDTH = 280;

interface Period {
  start: Date;
  /** Exclusive. */
  end: Date;
}

/** YYYY, YYYY-MM or YYYY-MM-DD as the days it covers, or throws `invalid <name>: <value>`. */
function parsePeriod(value: string, name: string): Period {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  const [, year, month, day] = match ?? [];
  const start = match ? parseDay(`${year}-${month ?? "01"}-${day ?? "01"}`) : null;
  if (!start || (day && start.toISOString().slice(0, 10) !== value)) throw new Error(`invalid ${name}: ${value}`);
  const end = day
    ? dayAfter(value)!
    : month
      ? new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1))
      : new Date(Date.UTC(start.getUTCFullYear() + 1, 0, 1));
  return {start, end};
}

/** The time range an embed is limited to, or undefined for all of it. */
function rangeOf({from, to}: EmbedOptions): [Date | undefined, Date | undefined] {
  const start = from === undefined ? undefined : parsePeriod(from, "from").start;
  const end = to === undefined ? undefined : parsePeriod(to, "to").end;
  if (start && end && +start >= +end) throw new Error(`invalid to: ${to}`);
  return [start, end];
}

/** The first and last year a range touches (all years when open). */
function yearsOfRange([start, end]: [Date | undefined, Date | undefined]): [number, number] {
  return [start?.getUTCFullYear() ?? 0, end ? new Date(+end - 1).getUTCFullYear() : 9999];
}

/** Rows whose date range overlaps [start, end); undated rows only when there is no range. */
function withinRange<T extends Row>(rows: T[], [start, end]: [Date | undefined, Date | undefined]): T[] {
  if (!start && !end) return rows;
  return rows.filter((row) => {
    const first = parseDay(String(row.date_start ?? ""));
    const last = dayAfter(String(row.date_end ?? ""));
    return first && last && (!end || +first < +end) && (!start || +last > +start);
  });
}

/** The time axis for a range: whole years around the rows, cut to the range where it is given. */
function domainOf(rows: Row[], [start, end]: [Date | undefined, Date | undefined]): [Date, Date] | undefined {
  if (!start && !end) return undefined;
  const years = yearsOf(rows as {date_start: string}[]);
  const first = start ?? new Date(Date.UTC(years[0] ?? 2000, 0, 1));
  const last = end ?? new Date(Date.UTC((years[years.length - 1] ?? first.getUTCFullYear()) + 1, 0, 1));
  return [first, last];
}

function actorOf(data: EmbedData, code: string | undefined): EmbedActor {
  const actor = data.actors.find((a) => a.code === (code ?? data.focus.actor));
  if (!actor) throw new Error(`invalid actor: ${code}`);
  return actor;
}

/**
 * The chart options that come from where a chart is embedded: its width, colours and document, and links to a page
 * of the site, opening in a new tab (none without a site: static files).
 */
function contextOptions(
  context: EmbedContext,
  page: string
): {width: number; theme: ChartTheme; document: Document; linkBase: string | null; linkTarget?: string} {
  const {width, theme, document, siteUrl} = context;
  return siteUrl === null
    ? {width, theme, document, linkBase: null}
    : {width, theme, document, linkBase: new URL(page, siteUrl).href, linkTarget: "_blank"};
}

const stanceTimelineChart: EmbedChart = {
  name: "stance-timeline",
  exportName: "StanceTimeline",
  label: "Public and private stances, statement by statement",
  options: ["actor", "from", "to", "theme"],
  render(data, options, context) {
    const actor = actorOf(data, options.actor);
    const range = rangeOf(options);
    const rows = withinRange(
      data.statements.filter((s) => s.actor === actor.code && s.target === data.focus.target),
      range
    );
    const years = yearsOf(rows as {date_start: string}[]);
    const span: [number, number] | undefined = years.length ? [years[0], years[years.length - 1]] : undefined;
    return stanceTimeline(rows, {
      ...contextOptions(context, "sources"),
      events: span ? (keyEvents(data.events, {years: span}) as unknown as Row[]) : [],
      documents: data.documents,
      actorName: actor.name,
      adjective: actor.adjective,
      targetName: data.focus.targetName,
      domain: domainOf(rows, range)
    }) as HTMLElement;
  }
};

const gapChartChart: EmbedChart = {
  name: "gap-chart",
  exportName: "GapChart",
  label: "The public–private gap, year by year",
  options: ["actor", "from", "to", "theme"],
  render(data, options, context) {
    const actor = actorOf(data, options.actor);
    const [first, last] = yearsOfRange(rangeOf(options));
    const rows = (data.gaps[actor.code] ?? []).filter((r) => Number(r.year) >= first && Number(r.year) <= last);
    return gapChart(rows, {
      ...contextOptions(context, "statements"),
      height: context.width < 420 ? 260 : 300,
      statements: data.statements,
      documents: data.documents,
      actorName: actor.name,
      actor: actor.code
    }) as HTMLElement;
  }
};

const eventsChartChart: EmbedChart = {
  name: "events-chart",
  exportName: "EventsChart",
  label: "What happened: the events around the statements",
  options: ["from", "to", "theme"],
  render(data, options, context) {
    const range = rangeOf(options);
    const events = withinRange(keyEvents(data.events, {years: yearsOfRange(range)}) as unknown as Row[], range);
    return eventsChart(events, {
      ...contextOptions(context, "sources"),
      documents: data.documents,
      labelLength: context.width < 480 ? 22 : 28,
      domain: domainOf(events, range)
    }) as HTMLElement;
  }
};

/** The embeddable charts by name: the names in `/embed/<name>.js`, `/embed/<name>` and `/embed/<name>-light.png`. */
export const EMBED_CHARTS: Readonly<Record<string, EmbedChart>> = {
  "stance-timeline": stanceTimelineChart,
  "gap-chart": gapChartChart,
  "events-chart": eventsChartChart
};

export const EMBED_CHART_NAMES = Object.keys(EMBED_CHARTS);

/**
 * Checks embed options as a host gives them and returns them normalized (unknown options are an error, so that a typo
 * does not silently draw something else).
 *
 * @example
 * normalizeEmbedOptions({actor: "CN", theme: "dark"});
 */
export function normalizeEmbedOptions(options: unknown = {}): EmbedOptions {
  if (options === null || typeof options !== "object") throw new Error(`invalid options: ${options}`);
  const {actor, from, to, theme = "auto", ...rest} = options as Record<string, unknown>;
  for (const name of Object.keys(rest)) throw new Error(`invalid option: ${name}`);
  if (actor !== undefined && !(typeof actor === "string" && /^[A-Z][A-Z0-9]+$/.test(actor))) {
    throw new Error(`invalid actor: ${actor}`);
  }
  for (const [name, value] of Object.entries({from, to})) {
    if (value !== undefined && typeof value !== "string") throw new Error(`invalid ${name}: ${value}`);
  }
  if (!THEME_OPTIONS.includes(theme as ThemeOption)) throw new Error(`invalid theme: ${theme}`);
  const normalized: EmbedOptions = {theme: theme as ThemeOption};
  if (actor !== undefined) normalized.actor = actor as string;
  if (from !== undefined) normalized.from = from as string;
  if (to !== undefined) normalized.to = to as string;
  rangeOf(normalized);
  return normalized;
}

/**
 * Embed options from a query string (the iframe pages': `?actor=CN&from=2011&to=2019&theme=dark`); parameters that are
 * empty or not options are ignored.
 *
 * @example
 * embedOptionsFromParams(new URLSearchParams(location.search));
 */
export function embedOptionsFromParams(params: URLSearchParams): EmbedOptions {
  const options: Record<string, string> = {};
  for (const name of ["actor", "from", "to", "theme"]) {
    const value = params.get(name);
    if (value) options[name] = value;
  }
  return normalizeEmbedOptions(options);
}

/**
 * Draws an embeddable chart by name with the given options and context.
 *
 * @example
 * renderEmbedChart("gap-chart", data, {actor: "CN"}, {width: 640, theme: resolveTheme("dark"), document, siteUrl});
 */
export function renderEmbedChart(
  name: string,
  data: EmbedData,
  options: EmbedOptions,
  context: EmbedContext
): HTMLElement {
  const chart = EMBED_CHARTS[name];
  if (!chart) throw new Error(`invalid chart: ${name}`);
  const width = Math.max(MIN_EMBED_WIDTH, Math.floor(context.width));
  if (!Number.isFinite(width)) throw new Error(`invalid width: ${context.width}`);
  return chart.render(data, normalizeEmbedOptions(options), {...context, width, theme: resolveTheme(context.theme)});
}
