import * as Plot from "npm:@observablehq/plot";
import {figureTexts, finishChart, FOCUSABLE_MARKS, rowsCaption, type ChartOptions} from "./chartFrame.js";
import {describeGap, isRejected, widestGap} from "./describe.js";
import {documentRows, gapRows, statementRows, type GapRow} from "./rows.js";
import {CHANNELS, formatStance} from "./stance.js";
import {resolveTheme} from "./theme.js";

export interface GapChartOptions extends ChartOptions {
  /** Height in pixels (default 300). */
  height?: number;
  /** The statements and documents tables, for the source line (statements are matched by `statement_ids`). */
  statements?: Iterable<Record<string, unknown>>;
  documents?: Iterable<Record<string, unknown>>;
  /** Who speaks ("China"), for the title and description. */
  actorName?: string;
  /** Where a dot links to: `<linkBase>?year=…&channel=…` plus `actor` (default "./statements"); null for no links. */
  linkBase?: string | null;
  /** Actor code added to links, so the Statements page opens filtered to it (e.g. "CN"). */
  actor?: string;
}

interface ChannelPoint {
  year: number;
  channel: (typeof CHANNELS)[number];
  mean: number;
  count: number;
}

/**
 * China's public and private mean stance per year (−2 pressure … +2 support) and the gap between them: one dot per
 * channel and year, sized by the number of statements, and a line joining the two dots of a year labelled with the gap
 * (public minus private). Dots link to the Statements page filtered to that year and channel and show a tip on hover
 * and on keyboard focus. Title, subtitle, caption (source and credit lines) and the accessible description are computed
 * from the data.
 *
 * @example
 * gapChart(gap, {width, statements, documents, actorName: "China", actor: "CN"});
 */
export function gapChart(
  data: Iterable<Record<string, unknown>>,
  {
    width = 640,
    height = 300,
    statements = [],
    documents = [],
    actorName = "",
    title,
    subtitle,
    caption,
    linkBase = "./statements",
    linkTarget,
    actor = "",
    theme: themeOption = "light",
    document = globalThis.document
  }: GapChartOptions = {}
): HTMLElement | SVGSVGElement {
  if (!(Number.isFinite(width) && width > 0)) throw new Error(`invalid width: ${width}`);
  if (!(Number.isFinite(height) && height > 0)) throw new Error(`invalid height: ${height}`);
  if (linkBase !== null && typeof linkBase !== "string") throw new Error(`invalid linkBase: ${linkBase}`);
  if (linkTarget !== undefined && typeof linkTarget !== "string") throw new Error(`invalid linkTarget: ${linkTarget}`);
  if (typeof actor !== "string") throw new Error(`invalid actor: ${actor}`);
  if (!document?.createElementNS) throw new Error(`invalid document: ${document}`);
  for (const [name, value] of Object.entries({title, subtitle, caption})) {
    if (value != null && typeof value !== "string") throw new Error(`invalid ${name}: ${value}`);
  }
  const theme = resolveTheme(themeOption);

  const rows = gapRows(data)
    .filter((r) => Number.isInteger(r.year))
    .sort((a, b) => a.year - b.year);
  const points: ChannelPoint[] = rows.flatMap((r) =>
    CHANNELS.flatMap((channel) => {
      const mean = channel === "public" ? r.public_mean : r.private_mean;
      const count = channel === "public" ? r.public_statements : r.private_statements;
      return count > 0 && Number.isFinite(mean) ? [{year: r.year, channel, mean, count}] : [];
    })
  );
  const gaps = rows.filter((r) => Number.isFinite(r.gap) && r.public_statements > 0 && r.private_statements > 0);
  const years = rows.map((r) => r.year);
  const [firstYear, lastYear] = [years[0] ?? 2000, years[years.length - 1] ?? 2000];

  const ids = new Set(rows.flatMap((r) => [...r.public_ids, ...r.private_ids]));
  const behind = statementRows(statements).filter((s) => ids.has(s.statement_id) && !isRejected(s));
  const computedCaption = behind.length ? rowsCaption(document, behind, documentRows(documents)) : undefined;
  const widest = widestGap(gaps);
  const computedTitle = `${actorName ? `${actorName}: ` : ""}what was said in public and in private, year by year`;
  const computedSubtitle =
    `Mean stance of the year’s public and private statements, from −2 (strong pressure) to +2 (strong support); ` +
    `dot size is the number of statements; the figures under the years are the gaps (public − private).` +
    (widest ? ` The gap was widest in ${widest.year} (${formatStance(widest.gap)}).` : "");

  const link =
    linkBase === null
      ? undefined
      : (p: ChannelPoint) =>
          `${linkBase}?${new URLSearchParams({...(actor ? {actor} : {}), year: String(p.year), channel: p.channel})}`;
  const narrow = width < 520;
  // Where neighbouring years are too close for their gap figures side by side, every other figure drops a line.
  const marginRight = narrow ? 20 : 56;
  const yearWidth = (width - 44 - marginRight) / (lastYear - firstYear + 1);
  const staggered = yearWidth < 32;
  const gapRow = new Map(gaps.map((r, i) => [r.year, staggered && i % 2 ? 1 : 0]));

  const figure = Plot.plot({
    document,
    figure: true,
    width,
    height,
    marginLeft: 44,
    marginRight,
    marginTop: 24,
    marginBottom: staggered ? 58 : 46,
    ...figureTexts(
      {title, subtitle, caption},
      {title: computedTitle, subtitle: computedSubtitle, caption: computedCaption}
    ),
    ariaDescription: describeGap(rows, {actorName}),
    x: {
      type: "linear",
      domain: [firstYear - 0.5, lastYear + 0.5],
      ticks: rows.length <= (narrow ? 6 : 14) ? years : undefined,
      tickFormat: narrow ? (year: number) => `’${String(year).slice(2)}` : "d",
      label: null
    },
    y: {
      domain: [-2, 2],
      inset: 10,
      ticks: [-2, -1, 0, 1, 2],
      tickFormat: (d: number) => formatStance(d, {digits: 0}),
      grid: true,
      label: "↑ support · mean stance · pressure ↓",
      labelAnchor: "top"
    },
    r: {type: "sqrt", domain: [0, Math.max(1, ...points.map((p) => p.count))], range: [0, 10]},
    color: {
      type: "ordinal",
      domain: [...CHANNELS],
      range: CHANNELS.map((c) => theme.channels[c]),
      legend: true,
      tickFormat: (c: string) => (c === "public" ? "Public statements" : "Private statements")
    },
    marks: [
      Plot.ruleY([0], {stroke: "currentColor", strokeOpacity: 0.5, ariaHidden: "true"}),
      Plot.link(gaps, {
        x1: "year",
        x2: "year",
        y1: "public_mean",
        y2: "private_mean",
        stroke: "currentColor",
        strokeOpacity: 0.45,
        strokeWidth: 2,
        ariaLabel: (r: GapRow) => `${r.year}: gap ${formatStance(r.gap)}`,
        ariaDescription: "gaps between public and private means"
      }),
      ...[0, 1].map((line) =>
        Plot.text(
          gaps.filter((r) => gapRow.get(r.year) === line),
          {
            x: "year",
            frameAnchor: "bottom",
            dy: 36 + 12 * line,
            text: (r: GapRow) => formatStance(r.gap),
            fontSize: 10,
            fontWeight: 600,
            fontVariant: "tabular-nums",
            ariaHidden: "true"
          }
        )
      ),
      Plot.text(gaps.length ? ["gap"] : [], {
        frameAnchor: "bottom-left",
        dx: -8,
        dy: 36,
        textAnchor: "end",
        text: (d: string) => d,
        fontSize: 10,
        fill: "currentColor",
        fillOpacity: 0.7,
        ariaHidden: "true"
      }),
      Plot.dot(points, {
        x: "year",
        y: "mean",
        r: "count",
        fill: "channel",
        stroke: theme.background,
        strokeWidth: 1,
        href: link,
        target: linkTarget,
        className: FOCUSABLE_MARKS,
        ariaLabel: (p: ChannelPoint) =>
          `${p.year}, ${p.channel}: mean stance ${formatStance(p.mean)} over ${p.count} ${p.count === 1 ? "statement" : "statements"}`,
        ariaDescription: "mean stance by year and channel"
      }),
      Plot.tip(
        points,
        Plot.pointer({
          x: "year",
          y: "mean",
          title: (p: ChannelPoint) => {
            const row = rows.find((r) => r.year === p.year)!;
            const gapText = Number.isFinite(row.gap) ? `\nGap (public − private): ${formatStance(row.gap)}` : "";
            return `${p.year} · ${p.channel}\nMean stance ${formatStance(p.mean)} over ${p.count} ${p.count === 1 ? "statement" : "statements"}${gapText}${link ? "\nClick to list them" : ""}`;
          },
          fontSize: 11,
          pointerEvents: "none" // lets clicks through to the dot's link
        })
      )
    ]
  });
  return finishChart(figure, {chart: "gap-chart", theme, document});
}
