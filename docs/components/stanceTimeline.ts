import * as Plot from "npm:@observablehq/plot";
import {figureTexts, finishChart, FOCUSABLE_MARKS, rowsCaption, swatchLegend} from "./chartFrame.js";
import {describeReview, describeStances, isRejected, isReviewed, yearsOf, yearSpan} from "./describe.js";
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
import {packRows, textWidth, truncate} from "./layout.js";
import {documentRows, eventRows, statementRows, type EventRow, type StatementRow} from "./rows.js";
import {CHANNELS, STANCE_LEGEND, STANCES, dayAfter, formatDate, formatStance, parseDay} from "./stance.js";
import {resolveTheme} from "./theme.js";

export interface StanceTimelineOptions extends TimelineOptions {
  /** Events drawn as labelled rules across both lanes; those outside the time axis are left out. */
  events?: Iterable<Record<string, unknown>>;
  /** Who speaks, for the title ("China") and the description ("Chinese"). */
  actorName?: string;
  adjective?: string;
  /** Whom the statements are about ("Pakistan"). */
  targetName?: string;
  /** Where marks link to: `<linkBase>#<statement_id>` (default "./sources"); null for no links. */
  linkBase?: string | null;
  /** Height of one row of marks in a lane (default 14). */
  rowHeight?: number;
  /** Rows of event labels above the lanes (default 3); events whose label fits in none keep their rule and tip. */
  eventLabelRows?: number;
}

type PlacedStatement = StatementRow & PlacedMark;

interface PlacedEvent extends EventRow {
  x: Date;
  labelText: string;
  labelY: number;
  labelAnchor: "start" | "end";
}

const DOT_RADIUS = 4.5;
const LABEL_ROW_HEIGHT = 13;
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
  checkTimelineOptions({linkBase, linkTarget, domain, document, title, subtitle, caption});
  const theme = resolveTheme(themeOption);

  const all = statementRows(data);
  const rejected = all.filter(isRejected).length;
  const statements = all.filter((s) => !isRejected(s));
  const docs = documentRows(documents);
  const docById = new Map(docs.map((d) => [d.doc_id, d]));
  const withDates = statements.filter((s) => parseDay(s.date_start) && parseDay(s.date_end));
  const scale = timeScale(yearsOf(withDates), {width, domain});
  const dated = withDates.filter((s) => scale.overlaps(parseDay(s.date_start)!, dayAfter(s.date_end)!));
  const years = yearsOf(dated);

  // Event labels first: they sit above the lanes.
  const shownEvents: PlacedEvent[] = eventRows(events)
    .map((e) => ({...e, x: parseDay(e.date_start)!, labelText: "", labelY: -1, labelAnchor: "start" as const}))
    .filter((e) => e.x && scale.overlaps(e.x, e.x))
    .sort((a, b) => +a.x - +b.x || (a.event_id < b.event_id ? -1 : 1));
  // A label runs right of its rule, or left when it would pass the right edge, cut to the room there is.
  const labelExtents = shownEvents.map((e): [number, number] => {
    const x = scale.x(e.x);
    const roomRight = width - TIMELINE_MARGIN.right - x - 4;
    const roomLeft = x - TIMELINE_MARGIN.left - 4;
    const full = e.label || e.span;
    const fits = (room: number) => Math.min(30, Math.floor(room / textWidth("x")));
    e.labelAnchor = fits(roomRight) >= Math.min(full.length, 30) || roomRight >= roomLeft ? "start" : "end";
    const length = fits(e.labelAnchor === "start" ? roomRight : roomLeft);
    e.labelText = length >= 8 ? truncate(full, length) : "";
    return extentWithLabel([x, x], labelWidth(e.labelText), e.labelAnchor);
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
  const rowsByLane = CHANNELS.map((channel) => dated.filter((s) => s.channel === channel));
  const marksByLane = rowsByLane.map((rows) => rows.map((s) => dateMark(s, scale, {dotRadius: DOT_RADIUS})));
  const stacked = stackLanes(
    marksByLane.map((marks) => marks.map((mark) => mark.extent)),
    {top, rowHeight, padding: LANE_PADDING, gap: LANE_GAP, markGap: 1.5}
  );
  const placed: PlacedStatement[] = rowsByLane.flatMap((rows, lane) =>
    rows.map((s, i) => ({...s, ...placeMark(marksByLane[lane][i], stacked[lane].markY[i], docById.get(s.doc_id))}))
  );
  const lanes = CHANNELS.map((channel, lane) => ({channel, count: rowsByLane[lane].length, ...stacked[lane]}));
  const contentBottom = lanes[lanes.length - 1].laneBottom;
  const height = Math.ceil(contentBottom + TIMELINE_MARGIN.bottom);

  const laneLabel = (lane: (typeof lanes)[number]) =>
    `${lane.channel === "public" ? "Public" : "Private"} · ${lane.count} ${lane.count === 1 ? "statement" : "statements"}`;
  const ariaLabel = (s: PlacedStatement) =>
    `${s.channel === "public" ? "Public" : "Private"} statement by ${s.speaker || "an unnamed speaker"}, ${formatDate(s.date)}, stance ${formatStance(s.stance, {digits: 0})}${isReviewed(s) ? ", reviewed by an editor" : ""}`;
  const tipText = (s: PlacedStatement) =>
    [
      truncate(s.quote, 220),
      `— ${s.speaker || "unnamed"}${s.speaker_role ? `, ${s.speaker_role}` : ""} (${s.actor || "?"})`,
      `${tipDate(s)} · ${s.channel} · stance ${formatStance(s.stance, {digits: 0})}`,
      s.publisher ? `${s.publisher}: ${truncate(s.title, 90)}` : "",
      isReviewed(s)
        ? `Reviewed by an editor${s.reviewer ? ` (${s.reviewer})` : ""}: ${s.review_status}`
        : "Machine-coded"
    ]
      .filter(Boolean)
      .join("\n");
  const href = sourceLinks(linkBase, (s: PlacedStatement) => s.statement_id);
  const lastLaneBottom = contentBottom;

  const marks: Plot.Markish[] = [
    ...laneMarks(lanes, {scale, gridTop: lanes[0].laneTop, gridBottom: lastLaneBottom, header: laneLabel}),
    Plot.ruleX(shownEvents, {
      x: "x",
      y1: (e: PlacedEvent) =>
        e.labelY >= 0 ? e.labelY - LABEL_ROW_HEIGHT / 2 : eventsTop + usedLabelRows * LABEL_ROW_HEIGHT,
      y2: lastLaneBottom,
      stroke: "currentColor",
      strokeOpacity: 0.35,
      strokeDasharray: "2,2",
      ariaLabel: (e: PlacedEvent) => `Event: ${e.label}, ${formatDate(e.date)}`,
      href: sourceLinks(linkBase, (e: PlacedEvent) => e.event_id),
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
    markTip(placed, {text: tipText, width})
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
  const computedCaption = rowsCaption(document, statements, docs);
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
    ...timelineFrame({document, width, height, scale}),
    ...figureTexts(
      {title, subtitle, caption},
      {title: computedTitle, subtitle: computedSubtitle, caption: computedCaption}
    ),
    ariaDescription: described,
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
