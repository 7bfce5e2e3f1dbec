/**
 * What the timelines share (the events chart and the stance timeline): a time axis across the chart, dated rows drawn
 * as dots or bars, lanes whose marks are stacked in rows so that none hides another, labels beside marks, the lanes'
 * backgrounds and headers, and the tip of a mark.
 */
import * as Plot from "npm:@observablehq/plot";
import type {ChartOptions} from "./chartFrame.js";
import {packRows, textWidth, timeAxis, tipLineWidth} from "./layout.js";
import type {DocumentRow} from "./rows.js";
import {dayAfter, formatDate, parseDay, precisionNote, sourceHref} from "./stance.js";

/** The options both timelines take, besides those of every chart. */
export interface TimelineOptions extends ChartOptions {
  /** The documents table, for tips and the source line. */
  documents?: Iterable<Record<string, unknown>>;
  /** Time axis extent; default: whole years around the dated rows. */
  domain?: [Date, Date];
}

/** The timelines' margins, in pixels: room for the time axis below, none above (lane headers are inside). */
export const TIMELINE_MARGIN = {left: 14, right: 14, bottom: 24} as const;

/** Height of a lane's header, the line above the lane that names it. */
export const LANE_HEADER_HEIGHT = 18;

/** A UTC time axis across the chart's inner width. */
export interface TimeScale {
  /** The axis extent: the `domain` option, or whole years around the data. */
  domain: [Date, Date];
  /** Width between the margins, in pixels. */
  innerWidth: number;
  /** The pixel x of a time. */
  x(time: Date): number;
  /** The time at a pixel x. */
  time(x: number): Date;
  /** Whether the time range [start, end) overlaps the axis. */
  overlaps(start: Date, end: Date): boolean;
}

/** A dated row drawn as a dot on its day, or as a bar across the month or year it is dated to. */
export interface DateMark {
  start: Date;
  /** Exclusive: the day after the row's last day. */
  end: Date;
  isSpan: boolean;
  /** The mark's pixel extent. */
  extent: [number, number];
}

/** Where a mark is drawn, and the article its tip names. */
export interface PlacedMark {
  /** The mark's start and end (both its day for a dot). */
  x1: Date;
  x2: Date;
  /** The mark's middle, where its tip points. */
  xMid: Date;
  y: number;
  isSpan: boolean;
  publisher: string;
  title: string;
}

/** Where a lane and its header are drawn. */
export interface LaneBox {
  headerY: number;
  laneTop: number;
  laneBottom: number;
}

/** A lane of {@link stackLanes}: its box, and the y of each of its marks. */
export interface StackedLane extends LaneBox {
  /** The y of each mark's row, in the order of the extents given. */
  markY: number[];
}

/**
 * Checks the options both timelines take after their sizes: where marks link to, the time axis extent, the document,
 * and the texts. Throws `invalid <name>: <value>`.
 */
export function checkTimelineOptions({
  linkBase,
  linkTarget,
  domain,
  document,
  title,
  subtitle,
  caption
}: TimelineOptions & {linkBase: string | null}): void {
  if (linkBase !== null && typeof linkBase !== "string") throw new Error(`invalid linkBase: ${linkBase}`);
  if (linkTarget !== undefined && typeof linkTarget !== "string") throw new Error(`invalid linkTarget: ${linkTarget}`);
  if (domain !== undefined && !(Array.isArray(domain) && domain.length === 2 && +domain[0] < +domain[1])) {
    throw new Error(`invalid domain: ${domain}`);
  }
  if (!document?.createElementNS) throw new Error(`invalid document: ${document}`);
  for (const [name, value] of Object.entries({title, subtitle, caption})) {
    if (value != null && typeof value !== "string") throw new Error(`invalid ${name}: ${value}`);
  }
}

/**
 * The time axis of a timeline `width` pixels wide: the `domain` given, or from 1 January of the first of `years` to 1
 * January after the last (2000 when there are none).
 *
 * @example
 * timeScale([2016, 2017], {width: 640}).x(new Date("2017-01-01")); // 320
 */
export function timeScale(years: number[], {width, domain}: {width: number; domain?: [Date, Date]}): TimeScale {
  const [x0, x1] = domain ?? [
    new Date(Date.UTC(years[0] ?? 2000, 0, 1)),
    new Date(Date.UTC((years[years.length - 1] ?? 2000) + 1, 0, 1))
  ];
  const innerWidth = Math.max(1, width - TIMELINE_MARGIN.left - TIMELINE_MARGIN.right);
  return {
    domain: [x0, x1],
    innerWidth,
    x: (time) => TIMELINE_MARGIN.left + ((+time - +x0) / (+x1 - +x0)) * innerWidth,
    time: (x) => new Date(+x0 + ((x - TIMELINE_MARGIN.left) / innerWidth) * (+x1 - +x0)),
    overlaps: (start, end) => +end > +x0 && +start < +x1
  };
}

/**
 * The mark of a row dated by `date_start` and `date_end` (YYYY-MM-DD, both required): a dot of `dotRadius` on its day
 * when it is dated to the day or spans one day, else a bar across its days, at least 3 pixels wide.
 */
export function dateMark(
  row: {date_start: string; date_end: string; date_precision: string},
  scale: TimeScale,
  {dotRadius}: {dotRadius: number}
): DateMark {
  const start = parseDay(row.date_start)!;
  const end = dayAfter(row.date_end)!;
  const isSpan = row.date_precision !== "day" && +end - +start > 86_400_000;
  const extent: [number, number] = isSpan
    ? [scale.x(start), Math.max(scale.x(end), scale.x(start) + 3)]
    : [scale.x(start) - dotRadius, scale.x(start) + dotRadius];
  return {start, end, isSpan, extent};
}

/** Places a mark at `y`, with the publisher and title of its article (empty when the article is not known). */
export function placeMark({start, end, isSpan}: DateMark, y: number, doc: DocumentRow | undefined): PlacedMark {
  return {
    x1: start,
    x2: isSpan ? end : start,
    xMid: isSpan ? new Date((+start + +end) / 2) : start,
    y,
    isSpan,
    publisher: doc?.publisher ?? "",
    title: doc?.title ?? ""
  };
}

/**
 * Lays out lanes one below the other from `top`: each a header line, then its marks packed in rows of `rowHeight`
 * (marks at least `markGap` pixels apart in a row; see {@link packRows}) with `padding` above and below, and `gap`
 * pixels before the next lane. `extents` holds the pixel extents of each lane's marks; a lane has one row at least.
 */
export function stackLanes(
  extents: [number, number][][],
  {
    top,
    rowHeight,
    padding,
    gap,
    markGap
  }: {top: number; rowHeight: number; padding: number; gap: number; markGap: number}
): StackedLane[] {
  let laneStart = top;
  return extents.map((laneExtents) => {
    const rowOf = packRows(laneExtents, {gap: markGap});
    const rowCount = Math.max(1, ...rowOf.map((r) => r + 1));
    const headerY = laneStart + LANE_HEADER_HEIGHT - 6;
    const laneTop = laneStart + LANE_HEADER_HEIGHT;
    const laneBottom = laneTop + 2 * padding + rowCount * rowHeight;
    laneStart = laneBottom + gap;
    return {headerY, laneTop, laneBottom, markY: rowOf.map((row) => laneTop + padding + (row + 0.5) * rowHeight)};
  });
}

/** Width in pixels of a label and the space between it and its mark; 0 for no label. */
export function labelWidth(text: string): number {
  return text ? textWidth(text) + 4 : 0;
}

/** The pixel extent of a mark and its label beside it: right of the mark for "start", left of it for "end". */
export function extentWithLabel(
  [markStart, markEnd]: [number, number],
  width: number,
  anchor: "start" | "end"
): [number, number] {
  return anchor === "start" ? [markStart, markEnd + width] : [markStart - width, markEnd];
}

/**
 * The lanes' backgrounds across the time axis, the axis's vertical grid lines from `gridTop` to `gridBottom`, and the
 * header text of each lane.
 */
export function laneMarks<Lane extends LaneBox>(
  lanes: Lane[],
  {
    scale,
    gridTop,
    gridBottom,
    header
  }: {scale: TimeScale; gridTop: number; gridBottom: number; header: (lane: Lane) => string}
): Plot.Markish[] {
  const [x0, x1] = scale.domain;
  return [
    Plot.rect(lanes, {
      x1: () => x0,
      x2: () => x1,
      y1: "laneTop",
      y2: "laneBottom",
      fill: "currentColor",
      fillOpacity: 0.045,
      ariaHidden: "true"
    }),
    Plot.gridX({y1: gridTop, y2: gridBottom, strokeOpacity: 0.08, ariaHidden: "true"}),
    Plot.text(lanes, {
      x: () => x0,
      y: "headerY",
      text: header,
      textAnchor: "start",
      fontWeight: 600,
      fontSize: 11,
      ariaHidden: "true"
    })
  ];
}

/**
 * The tip of placed marks, shown on hover and on keyboard focus. It lets clicks through to the mark under it, or a
 * click would pin the tip instead of following the mark's link.
 */
export function markTip<Mark extends PlacedMark>(
  marks: Mark[],
  {text, width}: {text: (mark: Mark) => string; width: number}
): Plot.Markish {
  return Plot.tip(
    marks,
    Plot.pointer({
      x: "xMid",
      y: "y",
      title: text,
      lineWidth: tipLineWidth(width),
      fontSize: 11,
      maxRadius: 30,
      pointerEvents: "none"
    })
  );
}

/** A row's date for a tip, long, with its precision: "4 September 2017 (exact day)", "2012 (year only)". */
export function tipDate(row: {date: string; date_precision: string}): string {
  const note = precisionNote(row.date_precision);
  return `${formatDate(row.date, {long: true})}${note ? ` (${note})` : ""}`;
}

/**
 * Where marks link to: each row's sentence on the Sources page, under `linkBase` (see {@link sourceHref}); undefined
 * for no links when `linkBase` is null.
 */
export function sourceLinks<Row>(
  linkBase: string | null,
  id: (row: Row) => string
): ((row: Row) => string) | undefined {
  return linkBase === null ? undefined : (row) => sourceHref(id(row), {base: linkBase});
}

/**
 * The `Plot.plot` options the timelines share: a figure `width` by `height` pixels with the timelines' margins, the
 * time axis below, and y in pixels.
 */
export function timelineFrame({
  document,
  width,
  height,
  scale
}: {
  document: Document;
  width: number;
  height: number;
  scale: TimeScale;
}) {
  return {
    document,
    figure: true,
    width,
    height,
    marginLeft: TIMELINE_MARGIN.left,
    marginRight: TIMELINE_MARGIN.right,
    marginTop: 0,
    marginBottom: TIMELINE_MARGIN.bottom,
    x: timeAxis(scale.domain, scale.innerWidth),
    y: {type: "identity" as const, axis: null}
  };
}
