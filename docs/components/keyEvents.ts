import {eventRows, type EventRow} from "./rows.js";

export interface KeyEventsOptions {
  /** Kinds of event to keep (default: attacks, UN actions, summits and declarations). */
  kinds?: string[];
  /** Keep only events dated at least this precisely (default "month"). */
  precision?: "day" | "month" | "year";
  /** Keep only events overlapping these years, inclusive (default: all). */
  years?: [number, number];
}

const PRECISION_RANK: Record<string, number> = {day: 3, month: 2, year: 1, "": 0};

/** Words that start with a capital or a digit: proper names and dates make a label specific ("Pulwama", "BRICS"). */
function specificity(label: string): number {
  return label
    .split(/\s+/)
    .slice(1)
    .filter((w) => /^[A-Z0-9]/.test(w)).length;
}

/**
 * The events worth drawing on a story chart: of the chosen kinds, dated precisely enough, one per kind and month (an
 * article often names the same attack or declaration several times). Within a kind and month it keeps the most
 * precisely dated mention, then the one whose label names the most proper nouns, then the shortest label.
 *
 * @example
 * keyEvents(events, {years: [2011, 2019]});
 */
export function keyEvents(
  events: Iterable<Record<string, unknown>>,
  {kinds = ["attack", "un_action", "summit", "declaration"], precision = "month", years}: KeyEventsOptions = {}
): EventRow[] {
  if (!Array.isArray(kinds)) throw new Error(`invalid kinds: ${kinds}`);
  if (!(precision in PRECISION_RANK) || !precision) throw new Error(`invalid precision: ${precision}`);
  if (years !== undefined && !(Array.isArray(years) && years.length === 2 && years[0] <= years[1])) {
    throw new Error(`invalid years: ${years}`);
  }
  const groups = new Map<string, EventRow[]>();
  for (const e of eventRows(events)) {
    if (!kinds.includes(e.kind) || PRECISION_RANK[e.date_precision] < PRECISION_RANK[precision]) continue;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(e.date_start)) continue;
    if (years && (Number(e.date_end.slice(0, 4)) < years[0] || Number(e.date_start.slice(0, 4)) > years[1])) continue;
    const key = `${e.kind} ${e.date_start.slice(0, 7)}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups.values()]
    .map(
      (group) =>
        group.sort(
          (a, b) =>
            PRECISION_RANK[b.date_precision] - PRECISION_RANK[a.date_precision] ||
            specificity(b.label) - specificity(a.label) ||
            a.label.length - b.label.length ||
            (a.event_id < b.event_id ? -1 : 1)
        )[0]
    )
    .sort((a, b) =>
      a.date_start < b.date_start ? -1 : a.date_start > b.date_start ? 1 : a.event_id < b.event_id ? -1 : 1
    );
}
