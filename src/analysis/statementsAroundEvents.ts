import {op, type ColumnTable} from "arquero";
import {countedStatements} from "./countedStatements.ts";
import {withParams} from "./withParams.ts";

/** Options of {@link statementsAroundEvents}. */
export interface AroundEventsOptions {
  /** Half-width of the window around each event, in days (default 30). */
  days?: number;
}

/**
 * For each dated event, the dated statements whose date range overlaps the event's date range widened by `days` on
 * both sides, with `offset_days`: the days between the two ranges, negative when the statement ends before the event
 * starts, positive when it starts after the event ends, and 0 when they overlap (so a statement dated "2017-09" is at
 * offset 0 from an event on 2017-09-04). Dates are whole days in UTC. Sorted by event date, event, offset, statement.
 * Rejected statements are left out (see {@link countedStatements}).
 *
 * Options: `days` (default 30).
 *
 * @example
 * statementsAroundEvents(aq.from(statements), aq.from(events), {days: 14});
 * // columns: event_id, event_date, event_kind, event_label, statement_id, actor, target, channel, stance,
 * //          statement_date, statement_precision, offset_days
 */
export function statementsAroundEvents(
  statements: ColumnTable,
  events: ColumnTable,
  {days = 30}: AroundEventsOptions = {}
): ColumnTable {
  const said = countedStatements(statements)
    .filter((d) => d.date_start !== "")
    .derive({
      s_first: (d) => op.floor(op.timestamp(op.parse_date(d.date_start)) / 86400000),
      s_last: (d) => op.floor(op.timestamp(op.parse_date(d.date_end)) / 86400000)
    })
    .select({
      statement_id: "statement_id",
      actor: "actor",
      target: "target",
      channel: "channel",
      stance: "stance",
      date: "statement_date",
      date_precision: "statement_precision",
      s_first: "s_first",
      s_last: "s_last"
    });
  const happened = events
    .filter((d) => d.date_start !== "")
    .derive({
      e_first: (d) => op.floor(op.timestamp(op.parse_date(d.date_start)) / 86400000),
      e_last: (d) => op.floor(op.timestamp(op.parse_date(d.date_end)) / 86400000)
    })
    .select({
      event_id: "event_id",
      date: "event_date",
      kind: "event_kind",
      label: "event_label",
      e_first: "e_first",
      e_last: "e_last"
    });
  return withParams(happened, {days})
    .join(said, (e, s, $) => s.s_last >= e.e_first - $.days && s.s_first <= e.e_last + $.days)
    .derive({
      offset_days: (d) =>
        d.s_last < d.e_first ? d.s_last - d.e_first : d.s_first > d.e_last ? d.s_first - d.e_last : 0
    })
    .orderby("e_first", "event_id", "offset_days", "statement_id")
    .select(
      "event_id",
      "event_date",
      "event_kind",
      "event_label",
      "statement_id",
      "actor",
      "target",
      "channel",
      "stance",
      "statement_date",
      "statement_precision",
      "offset_days"
    );
}
