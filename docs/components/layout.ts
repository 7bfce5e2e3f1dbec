/** Small layout helpers shared by the charts: packing marks into rows so that none hides another. */

/**
 * Assigns each interval (pixel extents, any order) the first row in which it does not touch an earlier one, at least
 * `gap` pixels apart; intervals are taken by start, then by index, so the layout is deterministic. Returns the row of
 * each interval, in input order; with `maxRows`, intervals that fit in no row get -1.
 *
 * @example
 * packRows([[0, 10], [5, 15], [20, 30]]); // [0, 1, 0]
 */
export function packRows(
  intervals: [number, number][],
  {gap = 2, maxRows = Infinity}: {gap?: number; maxRows?: number} = {}
): number[] {
  const order = intervals.map((_, i) => i).sort((a, b) => intervals[a][0] - intervals[b][0] || a - b);
  const rowEnds: number[] = [];
  const rows = new Array<number>(intervals.length).fill(-1);
  for (const i of order) {
    const [start, end] = intervals[i];
    let row = rowEnds.findIndex((rowEnd) => rowEnd + gap <= start);
    if (row === -1 && rowEnds.length < maxRows) row = rowEnds.push(-Infinity) - 1;
    if (row === -1) continue;
    rowEnds[row] = end;
    rows[i] = row;
  }
  return rows;
}

/** Rough width in pixels of a line of text in the charts' sans-serif at `fontSize` (no DOM needed, so it can run in tests). */
export function textWidth(text: string, {fontSize = 10}: {fontSize?: number} = {}): number {
  return Math.ceil(text.length * fontSize * 0.56);
}

/** Cuts text to at most `length` characters, ending with an ellipsis when cut. */
export function truncate(text: string, length: number): string {
  const trimmed = text.trim();
  return trimmed.length <= length ? trimmed : `${trimmed.slice(0, Math.max(1, length - 1)).trimEnd()}…`;
}

/**
 * Options for a UTC time axis on one line: years when the domain spans three years or more, else month and year
 * (Plot's default would stack month and year on two lines, which the charts' margins do not leave room for).
 */
export function timeAxis([start, end]: [Date, Date], innerWidth: number) {
  const years = (+end - +start) / (365.25 * 86_400_000);
  return years >= 3
    ? {
        type: "utc" as const,
        domain: [start, end],
        label: null,
        ticks: Math.max(2, Math.round(innerWidth / 80)),
        tickFormat: "%Y"
      }
    : {
        type: "utc" as const,
        domain: [start, end],
        label: null,
        ticks: Math.max(2, Math.round(innerWidth / 90)),
        tickFormat: "%b %Y"
      };
}

/**
 * The longest line of a tip, in ems (Plot's `lineWidth`): 34, or less on a narrow chart, so that a tip fits beside a
 * mark near either edge (at most about 60% of the chart's width).
 *
 * @example
 * tipLineWidth(334); // 18
 */
export function tipLineWidth(width: number, {fontSize = 11, max = 34}: {fontSize?: number; max?: number} = {}): number {
  return Math.max(12, Math.min(max, Math.floor((width * 0.6) / fontSize)));
}
