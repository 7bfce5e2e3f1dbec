import * as Plot from "npm:@observablehq/plot";
import {chartCaption, finishChart, FOCUSABLE_MARKS, swatchLegend} from "./chartFrame.js";
import {
  creditLine,
  describeReview,
  describeStances,
  documentsBehind,
  isRejected,
  isReviewed,
  sourceLine,
  yearsOf,
  yearSpan
} from "./describe.js";
import {packRows, textWidth, timeAxis, tipLineWidth, truncate} from "./layout.js";
import {documentRows, eventRows, statementRows, type DocumentRow, type EventRow, type StatementRow} from "./rows.js";
import {
  CHANNELS,
  STANCE_LEGEND,
  STANCES,
  dayAfter,
  formatDate,
  formatStance,
  parseDay,
  precisionNote,
  sourceHref
} from "./stance.js";
import {resolveTheme, type ChartTheme, type ThemeOption} from "./theme.js";

export interface StanceTimelineOptions {
  /** Width of the chart in pixels (default 640). */
  width?: number;
  /** Events drawn as labelled rules across both lanes; those outside the time axis are left out. */
  events?: Iterable<Record<string, unknown>>;
  /** The documents table, for tips and the source line. */
  documents?: Iterable<Record<string, unknown>>;
  /** Who speaks, for the title ("China") and the description ("Chinese"). */
  actorName?: string;
  adjective?: string;
  /** Whom the statements are about ("Pakistan"). */
  targetName?: string;
  /** Title, subtitle and caption; computed from the data when undefined, left out when null. */
  title?: string | null;
  subtitle?: string | null;
  caption?: string | null;
  /** Where marks link to: `<linkBase>#<statement_id>` (default "./sources"); null for no links. */
  linkBase?: string | null;
  /** Where links open, e.g. "_blank" for a new tab (default: the same window). */
  linkTarget?: string;
  /** Colours: "light" (default), "dark", or "auto" to follow the system's colour scheme. */
  theme?: ThemeOption | ChartTheme;
  /** Height of one row of marks in a lane (default 14). */
  rowHeight?: number;
  /** Rows of event labels above the lanes (default 3); events whose label fits in none keep their rule and tip. */
  eventLabelRows?: number;
  /** Time axis extent; default: whole years around the dated statements. */
  domain?: [Date, Date];
  /** The document to create elements in (default: the page's), e.g. a jsdom document for server-side rendering. */
  document?: Document;
}

interface PlacedStatement extends StatementRow {
  x1: Date;
  x2: Date;
  xMid: Date;
  y: number;
  isSpan: boolean;
  publisher: string;
  title: string;
}

interface PlacedEvent extends EventRow {
  x: Date;
  labelText: string;
  labelY: number;
  labelAnchor: "start" | "end";
}

const MARGIN_LEFT = 14;
const MARGIN_RIGHT = 14;
const MARGIN_BOTTOM = 24;
const DOT_RADIUS = 4.5;
const LABEL_ROW_HEIGHT = 13;
const LANE_HEADER_HEIGHT = 18;
const LANE_PADDING = 5;
const LANE_GAP = 12;

/**
 * A timeline of statements in two lanes, public and private, each statement coloured by its stance (−2 pressure …
 * +2 support). A statement dated to the day is a dot; one dated only to a month or a year is a bar across that month
 * or year, fainter for a year. Statements that overlap in time are stacked in rows so that none hides another. Each
 * mark links to its sentence on the Sources page and has a tip with the quote, speaker, date and source, shown on hover
 * and on keyboard focus; events are labelled rules. Marks an editor reviewed (accepted or corrected) are outlined in
 * the text colour, machine-coded ones are not, and statements an editor rejected are left out. Title, subtitle,
 * caption (source and credit lines) and the accessible description are computed from the data.
 *
 * @example
 * stanceTimeline(statements.filter((d) => d.actor === "CN"), {width, events, documents, actorName: "China"});
 */
export function stanceTimeline(
  data: Iterable<Record<string, unknown>>,
  {
    width = 640,
    events = [],
    documents = [],
    actorName = "",
    adjective = "",
    targetName = "",
    title,
    subtitle,
    caption,
    linkBase = "./sources",
    linkTarget,
    theme: themeOption = "light",
    rowHeight = 14,
    eventLabelRows = 3,
    domain,
    document = globalThis.document
  }: StanceTimelineOptions = {}
): HTMLElement | SVGSVGElement {
  if (!(Number.isFinite(width) && width > 0)) throw new Error(`invalid width: ${width}`);
  if (!(Number.isFinite(rowHeight) && rowHeight > 0)) throw new Error(`invalid rowHeight: ${rowHeight}`);
  if (!(Number.isInteger(eventLabelRows) && eventLabelRows >= 0))
    throw new Error(`invalid eventLabelRows: ${eventLabelRows}`);
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

  const all = statementRows(data);
  const rejected = all.filter(isRejected).length;
  const statements = all.filter((s) => !isRejected(s));
  const docs = documentRows(documents);
  const docById = new Map(docs.map((d) => [d.doc_id, d]));
  const withDates = statements.filter((s) => parseDay(s.date_start) && parseDay(s.date_end));
  const yearsWithDates = yearsOf(withDates);
  const [x0, x1] = domain ?? [
    new Date(Date.UTC(yearsWithDates[0] ?? 2000, 0, 1)),
    new Date(Date.UTC((yearsWithDates[yearsWithDates.length - 1] ?? 2000) + 1, 0, 1))
  ];
  const innerWidth = Math.max(1, width - MARGIN_LEFT - MARGIN_RIGHT);
  const px = (t: Date) => MARGIN_LEFT + ((+t - +x0) / (+x1 - +x0)) * innerWidth;
  const inDomain = (a: Date, b: Date) => +b > +x0 && +a < +x1;
  const dated = withDates.filter((s) => inDomain(parseDay(s.date_start)!, dayAfter(s.date_end)!));
  const years = yearsOf(dated);

  // Event labels first: they sit above the lanes.
  const shownEvents: PlacedEvent[] = eventRows(events)
    .map((e) => ({...e, x: parseDay(e.date_start)!, labelText: "", labelY: -1, labelAnchor: "start" as const}))
    .filter((e) => e.x && inDomain(e.x, e.x))
    .sort((a, b) => +a.x - +b.x || (a.event_id < b.event_id ? -1 : 1));
  // A label runs right of its rule, or left when it would pass the right edge, cut to the room there is.
  const labelExtents = shownEvents.map((e): [number, number] => {
    const x = px(e.x);
    const roomRight = width - MARGIN_RIGHT - x - 4;
    const roomLeft = x - MARGIN_LEFT - 4;
    const full = e.label || e.span;
    const fits = (room: number) => Math.min(30, Math.floor(room / textWidth("x")));
    e.labelAnchor = fits(roomRight) >= Math.min(full.length, 30) || roomRight >= roomLeft ? "start" : "end";
    const length = fits(e.labelAnchor === "start" ? roomRight : roomLeft);
    e.labelText = length >= 8 ? truncate(full, length) : "";
    const w = e.labelText ? textWidth(e.labelText) + 4 : 0;
    return e.labelAnchor === "start" ? [x, x + w] : [x - w, x];
  });
  const labelRows = packRows(labelExtents, {gap: 6, maxRows: eventLabelRows}).map((row, i) =>
    shownEvents[i].labelText ? row : -1
  );
  const usedLabelRows = Math.max(0, ...labelRows) + (labelRows.some((r) => r >= 0) ? 1 : 0);
  let top = 4;
  shownEvents.forEach((e, i) => {
    if (labelRows[i] < 0 || !e.labelText) return;
    e.labelY = top + labelRows[i] * LABEL_ROW_HEIGHT + LABEL_ROW_HEIGHT / 2;
  });
  const eventsTop = top;
  top += usedLabelRows * LABEL_ROW_HEIGHT + (usedLabelRows ? 4 : 0);

  // Lanes: one per channel, statements stacked in rows by their pixel extents.
  const placed: PlacedStatement[] = [];
  const lanes = CHANNELS.map((channel) => {
    const rows = dated.filter((s) => s.channel === channel);
    const items = rows.map((s) => {
      const start = parseDay(s.date_start)!;
      const end = dayAfter(s.date_end)!;
      const isSpan = s.date_precision !== "day" && +end - +start > 86_400_000;
      const extent: [number, number] = isSpan
        ? [px(start), Math.max(px(end), px(start) + 3)]
        : [px(start) - DOT_RADIUS, px(start) + DOT_RADIUS];
      return {s, start, end, isSpan, extent};
    });
    const rowOf = packRows(
      items.map((item) => item.extent),
      {gap: 1.5}
    );
    const rowCount = Math.max(1, ...rowOf.map((r) => r + 1));
    const headerY = top + LANE_HEADER_HEIGHT - 6;
    const laneTop = top + LANE_HEADER_HEIGHT;
    const laneBottom = laneTop + 2 * LANE_PADDING + rowCount * rowHeight;
    items.forEach((item, i) => {
      const doc = docById.get(item.s.doc_id);
      placed.push({
        ...item.s,
        x1: item.start,
        x2: item.isSpan ? item.end : item.start,
        xMid: item.isSpan ? new Date((+item.start + +item.end) / 2) : item.start,
        y: laneTop + LANE_PADDING + (rowOf[i] + 0.5) * rowHeight,
        isSpan: item.isSpan,
        publisher: doc?.publisher ?? "",
        title: doc?.title ?? ""
      });
    });
    top = laneBottom + LANE_GAP;
    return {channel, count: rows.length, headerY, laneTop, laneBottom};
  });
  const contentBottom = lanes[lanes.length - 1].laneBottom;
  const height = Math.ceil(contentBottom + MARGIN_BOTTOM);

  const laneLabel = (lane: (typeof lanes)[number]) =>
    `${lane.channel === "public" ? "Public" : "Private"} · ${lane.count} ${lane.count === 1 ? "statement" : "statements"}`;
  const ariaLabel = (s: PlacedStatement) =>
    `${s.channel === "public" ? "Public" : "Private"} statement by ${s.speaker || "an unnamed speaker"}, ${formatDate(s.date)}, stance ${formatStance(s.stance, {digits: 0})}${isReviewed(s) ? ", reviewed by an editor" : ""}`;
  const tipText = (s: PlacedStatement) =>
    [
      truncate(s.quote, 220),
      `— ${s.speaker || "unnamed"}${s.speaker_role ? `, ${s.speaker_role}` : ""} (${s.actor || "?"})`,
      `${formatDate(s.date, {long: true})}${precisionNote(s.date_precision) ? ` (${precisionNote(s.date_precision)})` : ""} · ${s.channel} · stance ${formatStance(s.stance, {digits: 0})}`,
      s.publisher ? `${s.publisher}: ${truncate(s.title, 90)}` : "",
      isReviewed(s)
        ? `Reviewed by an editor${s.reviewer ? ` (${s.reviewer})` : ""}: ${s.review_status}`
        : "Machine-coded"
    ]
      .filter(Boolean)
      .join("\n");
  const href = linkBase === null ? undefined : (s: PlacedStatement) => sourceHref(s.statement_id, {base: linkBase});
  const lastLaneBottom = contentBottom;

  const marks: Plot.Markish[] = [
    Plot.rect(lanes, {
      x1: () => x0,
      x2: () => x1,
      y1: "laneTop",
      y2: "laneBottom",
      fill: "currentColor",
      fillOpacity: 0.045,
      ariaHidden: "true"
    }),
    Plot.gridX({y1: lanes[0].laneTop, y2: lastLaneBottom, strokeOpacity: 0.08, ariaHidden: "true"}),
    Plot.text(lanes, {
      x: () => x0,
      y: "headerY",
      text: laneLabel,
      textAnchor: "start",
      fontWeight: 600,
      fontSize: 11,
      ariaHidden: "true"
    }),
    Plot.ruleX(shownEvents, {
      x: "x",
      y1: (e: PlacedEvent) =>
        e.labelY >= 0 ? e.labelY - LABEL_ROW_HEIGHT / 2 : eventsTop + usedLabelRows * LABEL_ROW_HEIGHT,
      y2: lastLaneBottom,
      stroke: "currentColor",
      strokeOpacity: 0.35,
      strokeDasharray: "2,2",
      ariaLabel: (e: PlacedEvent) => `Event: ${e.label}, ${formatDate(e.date)}`,
      href: linkBase === null ? undefined : (e: PlacedEvent) => sourceHref(e.event_id, {base: linkBase}),
      target: linkTarget
    }),
    ...(["start", "end"] as const).map((anchor) =>
      Plot.text(
        shownEvents.filter((e) => e.labelY >= 0 && e.labelAnchor === anchor),
        {
          x: "x",
          y: "labelY",
          text: "labelText",
          textAnchor: anchor,
          dx: anchor === "start" ? 3 : -3,
          fontSize: 10,
          fill: "currentColor",
          fillOpacity: 0.75,
          ariaHidden: "true"
        }
      )
    ),
    ...CHANNELS.flatMap((channel) =>
      [false, true].flatMap((reviewed) => {
        const rows = placed.filter((s) => s.channel === channel && isReviewed(s) === reviewed);
        if (reviewed && !rows.length) return [];
        const outline = reviewed ? {stroke: theme.foreground, strokeWidth: 1.5} : {};
        const which = reviewed ? ", reviewed by an editor" : "";
        return [
          Plot.rect(
            rows.filter((s) => s.isSpan),
            {
              x1: "x1",
              x2: "x2",
              y1: (s: PlacedStatement) => s.y - rowHeight * 0.32,
              y2: (s: PlacedStatement) => s.y + rowHeight * 0.32,
              fill: "stance",
              fillOpacity: (s: PlacedStatement) => (s.date_precision === "year" ? 0.4 : 0.9),
              stroke: "stance",
              strokeWidth: 1,
              ...outline,
              rx: 2,
              insetLeft: 0.5,
              insetRight: 0.5,
              href,
              target: linkTarget,
              className: FOCUSABLE_MARKS,
              ariaLabel,
              ariaDescription: `${channel} statements dated to a month or a year${which}`
            }
          ),
          Plot.dot(
            rows.filter((s) => !s.isSpan),
            {
              x: "x1",
              y: "y",
              r: DOT_RADIUS,
              fill: "stance",
              stroke: theme.background,
              strokeWidth: 1,
              ...outline,
              href,
              target: linkTarget,
              className: FOCUSABLE_MARKS,
              ariaLabel,
              ariaDescription: `${channel} statements dated to the day${which}`
            }
          )
        ];
      })
    ),
    Plot.tip(
      placed,
      // The tip must let clicks through to the mark under it, or a click would pin the tip instead of following the link.
      Plot.pointer({
        x: "xMid",
        y: "y",
        title: tipText,
        lineWidth: tipLineWidth(width),
        fontSize: 11,
        maxRadius: 30,
        pointerEvents: "none"
      })
    )
  ];

  const described = [describeStances(statements, {adjective, targetName}), describeReview(statements, {rejected})].join(
    " "
  );
  const span = yearSpan(years);
  const computedTitle = actorName
    ? `${actorName}’s public and private stances${targetName ? ` toward ${targetName}` : ""}${span ? `, ${span}` : ""}`
    : `Public and private stances${span ? `, ${span}` : ""}`;
  const hasSpans = placed.some((s) => s.isSpan);
  const computedSubtitle =
    `Each mark is one statement, coloured by its stance. ` +
    (hasSpans ? "Dots are dated to the day; bars span the month or year a statement is dated to." : "") +
    (shownEvents.length ? " Dashed lines are events." : "");
  const computedCaption = chartCaption(document, {
    source: sourceLine(documentsBehind(statements, docs)),
    credit: creditLine(statements)
  });
  const reviewedCount = statements.filter(isReviewed).length;
  const reviewLegend = swatchLegend(
    [
      {
        label: `Machine-coded (${statements.length - reviewedCount})`,
        fill: theme.stances[2],
        stroke: theme.background,
        shape: "circle" as const
      },
      ...(reviewedCount
        ? [
            {
              label: `Reviewed by an editor (${reviewedCount})`,
              fill: theme.stances[2],
              stroke: theme.foreground,
              strokeWidth: 1.5,
              shape: "circle" as const
            }
          ]
        : [])
    ],
    {document, label: "Review"}
  );

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
    color: {
      type: "ordinal",
      domain: [...STANCES],
      range: [...theme.stances],
      legend: true,
      tickFormat: (d: number) => STANCE_LEGEND[d]
    },
    marks
  });
  return finishChart(figure, {chart: "stance-timeline", theme, document, legends: [reviewLegend]});
}
