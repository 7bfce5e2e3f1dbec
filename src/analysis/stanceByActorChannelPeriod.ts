import {op, type ColumnTable} from "arquero";
import {countedStatements} from "./countedStatements.ts";
import {withParams} from "./withParams.ts";

/** Options of {@link stanceByActorChannelPeriod}. */
export interface StanceByPeriodOptions {
  /** What a period is (default `"year"`). */
  period?: "year" | "month";
  /** Keep only these actors (default: every actor). */
  actors?: string[];
  /** Keep only statements about this target (default: any target). */
  target?: string;
}

/**
 * Mean stance and number of statements by actor × channel × period, sorted by those three. A statement counts in a
 * period only if its date is at least as precise as the period: a statement dated "2017" has a year but no month.
 * Statements without an actor or a date are left out, and so are rejected ones (see {@link countedStatements}).
 *
 * Options: `period` (default `"year"`), `actors` (default all), `target` (default any).
 *
 * @example
 * stanceByActorChannelPeriod(aq.from(statements), {period: "month", actors: ["CN", "US"], target: "PK"});
 * // columns: actor, channel, period ("2017-09"), mean_stance, statements
 */
export function stanceByActorChannelPeriod(
  statements: ColumnTable,
  {period = "year", actors, target}: StanceByPeriodOptions = {}
): ColumnTable {
  return withParams(countedStatements(statements), {
    precisions: period === "year" ? ["day", "month", "year"] : ["day", "month"],
    length: period === "year" ? 4 : 7,
    actors: actors ?? null,
    target: target ?? null
  })
    .filter(
      (d, $) =>
        d.actor !== "" &&
        op.includes($.precisions, d.date_precision) &&
        ($.actors === null || op.includes($.actors, d.actor)) &&
        ($.target === null || d.target === $.target)
    )
    .derive({period: (d, $) => op.substring(d.date_start, 0, $.length)})
    .groupby("actor", "channel", "period")
    .rollup({mean_stance: (d) => op.mean(d.stance), statements: op.count()})
    .orderby("actor", "channel", "period");
}
