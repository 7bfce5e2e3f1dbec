import * as Plot from "npm:@observablehq/plot";
import {chartCaption, finishChart, FOCUSABLE_MARKS} from "./chartFrame.js";
import {creditLine, documentsBehind, sourceLine, yearsOf, yearSpan} from "./describe.js";
import {packRows, textWidth, timeAxis, tipLineWidth, truncate} from "./layout.js";
import {documentRows, eventRows, type EventRow} from "./rows.js";
import {EVENT_KIND_NOUNS, EVENT_KINDS, dayAfter, formatDate, parseDay, precisionNote, sourceHref} from "./stance.js";
import {resolveTheme, type ChartTheme, type ThemeOption} from "./theme.js";

export interface EventsChartOptions {
  /** Width of the chart in pixels (default 640). */
  width?: number;
  /** The documents table, for tips and the source line. */
  documents?: Iterable<Record<string, unknown>>;
  /** Title, subtitle and caption; computed from the data when undefined, left out when null. */
  title?: string | null;
  subtitle?: string | null;
  caption?: string | null;
  /** Where marks link to: `<linkBase>#<event_id>` (default "./sources"); null for no links. */
  linkBase?: string | null;
  /** Where links open, e.g. "_blank" for a new tab (default: the same window). */
  linkTarget?: string;
  /** Colours: "light" (default), "dark", or "auto" to follow the system's colour scheme. */
  theme?: ThemeOption | ChartTheme;
  /** Longest label in characters (default 28); 0 draws no labels (tips remain). */
  labelLength?: number;
  /** Height of one row of marks (default 16). */
  rowHeight?: number;
  /** Time axis extent; default: whole years around the dated events. */
  domain?: [Date, Date];
  /** The document to create elements in (default: the page's). */
  document?: Document;
}

interface PlacedEvent extends EventRow {
  x1: Date;
  x2: Date;
  xMid: Date;
  y: number;
  isSpan: boolean;
  labelText: string;
  /** Where the label starts, just right of the mark. */
  labelX: Date;
  labelAnchor: "start" | "end";
  publisher: string;
  title: string;
}

const MARGIN_LEFT = 14;
const MARGIN_RIGHT = 14;
const MARGIN_BOTTOM = 24;
const LANE_HEADER_HEIGHT = 18;
const LANE_PADDING = 4;
const LANE_GAP = 8;
const DOT_RADIUS = 4;

/**
 * Events over time in one lane per kind (attacks, UN actions, summits, …), each labelled. An event dated to the day
 * is a dot, one dated to a month or a year a bar across it; marks and their labels are stacked in rows so that none
 * overlaps another. Each mark links to the event's passage on the Sources page and has a tip with the passage and its
 * source, shown on hover and on keyboard focus. Title, subtitle, caption (source and credit lines) and the accessible
 * description are computed from the data.
 *
 * @example
 * eventsChart(events, {width, documents});
 */
export function eventsChart(
  data: Iterable<Record<string, unknown>>,
  {
    width = 640,
    documents = [],
    title,
    subtitle,
    caption,
    linkBase = "./sources",
    linkTarget,
    theme: themeOption = "light",
    labelLength = 28,
    rowHeight = 16,
    domain,
    document = globalThis.document
  }: EventsChartOptions = {}
): HTMLElement | SVGSVGElement {
  if (!(Number.isFinite(width) && width > 0)) throw new Error(`invalid width: ${width}`);
  if (!(Number.isInteger(labelLength) && labelLength >= 0)) throw new Error(`invalid labelLength: ${labelLength}`);
  if (!(Number.isFinite(rowHeight) && rowHeight > 0)) throw new Error(`invalid rowHeight: ${rowHeight}`);
  if (linkBase !== null && typeof linkBase !== "string") throw new Error(`invalid linkBase: ${linkBase}`);
  if (linkTarget !== undefined && typeof linkTarget !== "string") throw new Error(`invalid linkTarget: ${linkTarget}`);
  if (domain !== undefined && !(Array.isArray(domain) && domain.length === 2 && +domain[0] < +domain[1])) {
    throw new Error(`invalid domain: ${domain}`);
  }
  if (!document?.createElementNS) throw new Error(`invalid document: ${document}`);
  for (const [name, value] of Object.entries({title, subtitle, caption})) {
    if (value != null && typeof value !== "string") throw new Error(`invalid ${name}: ${value}`);
  }
  const theme = resolveTheme(themeOption);

  const events = eventRows(data);
  const docs = documentRows(documents);
  const docById = new Map(docs.map((d) => [d.doc_id, d]));
  const dated = events.filter((e) => parseDay(e.date_start) && parseDay(e.date_end));
  const years = yearsOf(dated);
  const [x0, x1] = domain ?? [
    new Date(Date.UTC(years[0] ?? 2000, 0, 1)),
    new Date(Date.UTC((years[years.length - 1] ?? 2000) + 1, 0, 1))
  ];
  const innerWidth = Math.max(1, width - MARGIN_LEFT - MARGIN_RIGHT);
  const px = (t: Date) => MARGIN_LEFT + ((+t - +x0) / (+x1 - +x0)) * innerWidth;
  const timeAt = (x: number) => new Date(+x0 + ((x - MARGIN_LEFT) / innerWidth) * (+x1 - +x0));
  const kinds = [
    ...Object.keys(EVENT_KINDS).filter((k) => dated.some((e) => e.kind === k)),
    ...[...new Set(dated.map((e) => e.kind))].filter((k) => !(k in EVENT_KINDS)).sort()
  ];

  const placed: PlacedEvent[] = [];
  let top = 0;
  const lanes = kinds.map((kind) => {
    const items = dated
      .filter((e) => e.kind === kind)
      .map((e) => {
        const start = parseDay(e.date_start)!;
        const end = dayAfter(e.date_end)!;
        const isSpan = e.date_precision !== "day" && +end - +start > 86_400_000;
        const markStart = isSpan ? px(start) : px(start) - DOT_RADIUS;
        const markEnd = isSpan ? Math.max(px(end), px(start) + 3) : px(start) + DOT_RADIUS;
        const labelText = labelLength ? truncate(e.label || e.span, labelLength) : "";
        const labelWidth = labelText ? 4 + textWidth(labelText) : 0;
        // A label that would run past the right edge goes to the left of its mark.
        const labelAnchor: "start" | "end" = markEnd + labelWidth > width - MARGIN_RIGHT ? "end" : "start";
        const extent: [number, number] =
          labelAnchor === "start" ? [markStart, markEnd + labelWidth] : [markStart - labelWidth, markEnd];
        const labelX = timeAt(labelAnchor === "start" ? markEnd + 4 : markStart - 4);
        return {e, start, end, isSpan, labelText, labelX, labelAnchor, extent};
      })
      .filter((item) => +item.end > +x0 && +item.start < +x1);
    const rowOf = packRows(
      items.map((item) => item.extent),
      {gap: 6}
    );
    const rowCount = Math.max(1, ...rowOf.map((r) => r + 1));
    const headerY = top + LANE_HEADER_HEIGHT - 6;
    const laneTop = top + LANE_HEADER_HEIGHT;
    const laneBottom = laneTop + 2 * LANE_PADDING + rowCount * rowHeight;
    items.forEach((item, i) => {
      const doc = docById.get(item.e.doc_id);
      placed.push({
        ...item.e,
        x1: item.start,
        x2: item.isSpan ? item.end : item.start,
        xMid: item.isSpan ? new Date((+item.start + +item.end) / 2) : item.start,
        y: laneTop + LANE_PADDING + (rowOf[i] + 0.5) * rowHeight,
        isSpan: item.isSpan,
        labelText: item.labelText,
        labelX: item.labelX,
        labelAnchor: item.labelAnchor,
        publisher: doc?.publisher ?? "",
        title: doc?.title ?? ""
      });
    });
    top = laneBottom + LANE_GAP;
    return {kind, count: items.length, headerY, laneTop, laneBottom};
  });
  const contentBottom = lanes.length ? lanes[lanes.length - 1].laneBottom : 20;
  const height = Math.ceil(contentBottom + MARGIN_BOTTOM);

  const kindName = (kind: string) => EVENT_KINDS[kind] ?? kind;
  const ariaLabel = (e: PlacedEvent) => `${kindName(e.kind)}: ${e.label}, ${formatDate(e.date)}`;
  const href = linkBase === null ? undefined : (e: PlacedEvent) => sourceHref(e.event_id, {base: linkBase});
  const tipText = (e: PlacedEvent) =>
    [
      e.label,
      `${formatDate(e.date, {long: true})}${precisionNote(e.date_precision) ? ` (${precisionNote(e.date_precision)})` : ""}${e.location ? ` · ${e.location}` : ""}`,
      truncate(e.span, 160),
      e.publisher ? `${e.publisher}: ${truncate(e.title, 90)}` : ""
    ]
      .filter(Boolean)
      .join("\n");

  const counts = kinds.map((k) => {
    const n = lanes.find((l) => l.kind === k)!.count;
    const [singular, plural] = EVENT_KIND_NOUNS[k] ?? [k.replace("_", " "), `${k.replace("_", " ")} events`];
    return `${n} ${n === 1 ? singular : plural}`;
  });
  const span = yearSpan(years);
  const undated = events.length - dated.length;
  const described =
    `${placed.length} ${placed.length === 1 ? "event" : "events"}${span ? (span.includes("–") ? ` from ${span.replace("–", " to ")}` : ` in ${span}`) : ""}` +
    (counts.length ? `: ${counts.join(", ")}.` : ".") +
    (undated ? ` ${undated} without a date ${undated === 1 ? "is" : "are"} not shown.` : "");
  const computedTitle = `What happened: the events the articles mention${span ? `, ${span}` : ""}`;
  const computedSubtitle =
    "One lane per kind of event. Dots are dated to the day; bars span the month or year an event is dated to.";
  const computedCaption = chartCaption(document, {
    source: sourceLine(documentsBehind(events, docs)),
    credit: creditLine(events, {kind: "events"})
  });

  const figure = Plot.plot({
    document,
    figure: true,
    width,
    height,
    marginLeft: MARGIN_LEFT,
    marginRight: MARGIN_RIGHT,
    marginTop: 0,
    marginBottom: MARGIN_BOTTOM,
    title: title === undefined ? computedTitle : (title ?? undefined),
    subtitle: subtitle === undefined ? computedSubtitle : (subtitle ?? undefined),
    caption: caption === undefined ? computedCaption : (caption ?? undefined),
    ariaLabel: title ?? computedTitle,
    ariaDescription: described,
    x: timeAxis([x0, x1], innerWidth),
    y: {type: "identity", axis: null},
    marks: [
      Plot.rect(lanes, {
        x1: () => x0,
        x2: () => x1,
        y1: "laneTop",
        y2: "laneBottom",
        fill: "currentColor",
        fillOpacity: 0.045,
        ariaHidden: "true"
      }),
      Plot.gridX({y1: 0, y2: contentBottom, strokeOpacity: 0.08, ariaHidden: "true"}),
      Plot.text(lanes, {
        x: () => x0,
        y: "headerY",
        text: (l: (typeof lanes)[number]) => `${kindName(l.kind)} · ${l.count}`,
        textAnchor: "start",
        fontWeight: 600,
        fontSize: 11,
        ariaHidden: "true"
      }),
      Plot.rect(
        placed.filter((e) => e.isSpan),
        {
          x1: "x1",
          x2: "x2",
          y1: (e: PlacedEvent) => e.y - rowHeight * 0.28,
          y2: (e: PlacedEvent) => e.y + rowHeight * 0.28,
          fill: "currentColor",
          fillOpacity: (e: PlacedEvent) => (e.date_precision === "year" ? 0.25 : 0.6),
          rx: 2,
          href,
          target: linkTarget,
          className: FOCUSABLE_MARKS,
          ariaLabel,
          ariaDescription: "events dated to a month or a year"
        }
      ),
      Plot.dot(
        placed.filter((e) => !e.isSpan),
        {
          x: "x1",
          y: "y",
          r: DOT_RADIUS,
          fill: "currentColor",
          href,
          target: linkTarget,
          className: FOCUSABLE_MARKS,
          ariaLabel,
          ariaDescription: "events dated to the day"
        }
      ),
      ...(["start", "end"] as const).map((anchor) =>
        Plot.text(
          placed.filter((e) => e.labelText && e.labelAnchor === anchor),
          {
            x: "labelX",
            y: "y",
            text: "labelText",
            textAnchor: anchor,
            fontSize: 10,
            href,
            target: linkTarget,
            ariaHidden: "true"
          }
        )
      ),
      Plot.tip(
        placed,
        Plot.pointer({
          x: "xMid",
          y: "y",
          title: tipText,
          lineWidth: tipLineWidth(width),
          fontSize: 11,
          maxRadius: 30,
          pointerEvents: "none" // lets clicks through to the mark's link
        })
      )
    ]
  });
  return finishChart(figure, {chart: "events-chart", theme, document});
}
