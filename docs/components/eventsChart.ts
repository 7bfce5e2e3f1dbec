import * as Plot from "npm:@observablehq/plot";
import {figureTexts, FOCUSABLE_MARKS, finishChart, rowsCaption} from "./chartFrame.js";
import {yearsOf, yearSpan} from "./describe.js";
import {
  checkTimelineOptions,
  dateMark,
  extentWithLabel,
  labelWidth,
  laneMarks,
  markTip,
  placeMark,
  sourceLinks,
  stackLanes,
  timelineFrame,
  timeScale,
  tipDate,
  TIMELINE_MARGIN,
  type PlacedMark,
  type TimelineOptions
} from "./lanes.js";
import {truncate} from "./layout.js";
import {documentRows, eventRows, type EventRow} from "./rows.js";
import {EVENT_KIND_NOUNS, EVENT_KINDS, formatDate, parseDay} from "./stance.js";
import {resolveTheme} from "./theme.js";

export interface EventsChartOptions extends TimelineOptions {
  /** Where marks link to: `<linkBase>#<event_id>` (default "./sources"); null for no links. */
  linkBase?: string | null;
  /** Longest label in characters (default 28); 0 draws no labels (tips remain). */
  labelLength?: number;
  /** Height of one row of marks (default 16). */
  rowHeight?: number;
}

interface PlacedEvent extends EventRow, PlacedMark {
  labelText: string;
  /** Where the label starts, just beside the mark. */
  labelX: Date;
  labelAnchor: "start" | "end";
}

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
  checkTimelineOptions({linkBase, linkTarget, domain, document, title, subtitle, caption});
  const theme = resolveTheme(themeOption);

  const events = eventRows(data);
  const docs = documentRows(documents);
  const docById = new Map(docs.map((d) => [d.doc_id, d]));
  const dated = events.filter((e) => parseDay(e.date_start) && parseDay(e.date_end));
  const years = yearsOf(dated);
  const scale = timeScale(years, {width, domain});
  const kinds = [
    ...Object.keys(EVENT_KINDS).filter((k) => dated.some((e) => e.kind === k)),
    ...[...new Set(dated.map((e) => e.kind))].filter((k) => !(k in EVENT_KINDS)).sort()
  ];

  // Lanes: one per kind, events stacked in rows by the pixel extents of their marks and labels.
  const itemsByLane = kinds.map((kind) =>
    dated
      .filter((e) => e.kind === kind)
      .map((e) => {
        const mark = dateMark(e, scale, {dotRadius: DOT_RADIUS});
        const [markStart, markEnd] = mark.extent;
        const labelText = labelLength ? truncate(e.label || e.span, labelLength) : "";
        const labelSpace = labelWidth(labelText);
        // A label that would run past the right edge goes to the left of its mark.
        const labelAnchor: "start" | "end" = markEnd + labelSpace > width - TIMELINE_MARGIN.right ? "end" : "start";
        const labelX = scale.time(labelAnchor === "start" ? markEnd + 4 : markStart - 4);
        return {e, mark, labelText, labelX, labelAnchor, extent: extentWithLabel(mark.extent, labelSpace, labelAnchor)};
      })
      .filter((item) => scale.overlaps(item.mark.start, item.mark.end))
  );
  const stacked = stackLanes(
    itemsByLane.map((items) => items.map((item) => item.extent)),
    {top: 0, rowHeight, padding: LANE_PADDING, gap: LANE_GAP, markGap: 6}
  );
  const placed: PlacedEvent[] = itemsByLane.flatMap((items, lane) =>
    items.map(({e, mark, labelText, labelX, labelAnchor}, i) => ({
      ...e,
      ...placeMark(mark, stacked[lane].markY[i], docById.get(e.doc_id)),
      labelText,
      labelX,
      labelAnchor
    }))
  );
  const lanes = kinds.map((kind, lane) => ({kind, count: itemsByLane[lane].length, ...stacked[lane]}));
  const contentBottom = lanes.length ? lanes[lanes.length - 1].laneBottom : 20;
  const height = Math.ceil(contentBottom + TIMELINE_MARGIN.bottom);

  const kindName = (kind: string) => EVENT_KINDS[kind] ?? kind;
  const ariaLabel = (e: PlacedEvent) => `${kindName(e.kind)}: ${e.label}, ${formatDate(e.date)}`;
  const href = sourceLinks(linkBase, (e: PlacedEvent) => e.event_id);
  const tipText = (e: PlacedEvent) =>
    [
      e.label,
      `${tipDate(e)}${e.location ? ` · ${e.location}` : ""}`,
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
  const computedCaption = rowsCaption(document, events, docs, {kind: "events"});

  const figure = Plot.plot({
    ...timelineFrame({document, width, height, scale}),
    ...figureTexts(
      {title, subtitle, caption},
      {title: computedTitle, subtitle: computedSubtitle, caption: computedCaption}
    ),
    ariaDescription: described,
    marks: [
      ...laneMarks(lanes, {
        scale,
        gridTop: 0,
        gridBottom: contentBottom,
        header: (lane) => `${kindName(lane.kind)} · ${lane.count}`
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
      markTip(placed, {text: tipText, width})
    ]
  });
  return finishChart(figure, {chart: "events-chart", theme, document});
}
