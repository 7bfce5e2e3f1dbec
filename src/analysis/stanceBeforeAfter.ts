import {from, op, type ColumnTable} from "arquero";
import {statementsAroundEvents} from "./statementsAroundEvents.ts";
import {withParams} from "./withParams.ts";

/** Options of {@link stanceBeforeAfter}. */
export interface BeforeAfterOptions {
  /** The event (events.event_id). */
  event: string;
  /** Half-width of the window around the event, in days (default 365). */
  days?: number;
  /** Whose statements (default `"CN"`). */
  actor?: string;
  /** About whom (default `"PK"`). */
  target?: string;
}

const sides = ["before", "at", "after"] as const;
const channels = ["public", "private"] as const;

/**
 * An actor's stance toward a target before and after an event, by channel: the statements within `days` of the event
 * (see {@link statementsAroundEvents}) split into those that ended before it, those whose dates overlap it (`at`: the
 * same day, or a statement dated only to its month or year), and those that began after it. One row per side ×
 * channel, all six present, with the number of statements, their mean stance (null when none) and their ids
 * (;-joined, in date order). Rejected statements are left out.
 *
 * Options: `event` (required), `days` (default 365), `actor` (default `"CN"`), `target` (default `"PK"`).
 *
 * @example
 * stanceBeforeAfter(aq.from(statements), aq.from(events), {event: "pakistantoday-2017-09-…-e…", days: 365}).objects();
 * // [{side: "before", channel: "public", statements: 3, mean_stance: 1.33, statement_ids: "…"}, …]
 */
export function stanceBeforeAfter(
  statements: ColumnTable,
  events: ColumnTable,
  {event, days = 365, actor = "CN", target = "PK"}: BeforeAfterOptions
): ColumnTable {
  const around = statementsAroundEvents(
    statements,
    withParams(events, {event}).filter((d, $) => d.event_id === $.event),
    {days}
  );
  const counted = withParams(around, {actor, target})
    .filter((d, $) => d.actor === $.actor && d.target === $.target)
    .derive({side: (d) => (d.offset_days < 0 ? "before" : d.offset_days > 0 ? "after" : "at")})
    .orderby("offset_days", "statement_id")
    .groupby("side", "channel")
    .rollup({
      statements: op.count(),
      mean_stance: (d) => op.mean(d.stance),
      statement_ids: (d) => op.array_agg(d.statement_id)
    })
    .derive({statement_ids: (d) => op.join(d.statement_ids, ";")});
  const grid = from(
    sides.flatMap((side, k) => channels.map((channel, c) => ({side, channel, order: k * channels.length + c})))
  );
  return grid
    .join_left(counted, [
      ["side", "channel"],
      ["side", "channel"]
    ])
    .derive({
      statements: (d) => d.statements ?? 0,
      mean_stance: (d) => d.mean_stance ?? null,
      statement_ids: (d) => d.statement_ids ?? ""
    })
    .orderby("order")
    .select("side", "channel", "statements", "mean_stance", "statement_ids");
}
