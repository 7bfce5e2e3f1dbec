import {op, type ColumnTable} from "arquero";
import {countedStatements} from "./countedStatements.ts";
import {withParams} from "./withParams.ts";

/** Options of {@link publicPrivateGap}. */
export interface GapOptions {
  /** Whose statements (default `"CN"`). */
  actor?: string;
  /** About whom (default `"PK"`). */
  target?: string;
}

/**
 * Per year, the actor's mean stance toward the target in public and in private, the number of statements behind each
 * mean, their ids (`;`-joined, in date order), and the gap: public mean − private mean (null unless both channels have
 * statements that year). Statements without a date are left out; one dated only to the year counts in that year.
 * Rejected statements are left out (see {@link countedStatements}).
 *
 * Options: `actor` (default `"CN"`), `target` (default `"PK"`).
 *
 * @example
 * publicPrivateGap(aq.from(statements), {actor: "CN", target: "PK"}).objects();
 * // [{year: 2017, public_mean: 0.6, public_statements: 5, private_mean: 0, private_statements: 1, gap: 0.6, …}, …]
 */
export function publicPrivateGap(statements: ColumnTable, {actor = "CN", target = "PK"}: GapOptions = {}): ColumnTable {
  const dated = withParams(countedStatements(statements), {actor, target})
    .filter((d, $) => d.actor === $.actor && d.target === $.target && d.date_start !== "")
    .derive({year: (d) => op.parse_int(op.substring(d.date_start, 0, 4))})
    .orderby("date_start", "statement_id");
  const inChannel = (channel: "public" | "private") =>
    withParams(dated, {channel})
      .filter((d, $) => d.channel === $.channel)
      .groupby("year")
      .rollup({mean: (d) => op.mean(d.stance), statements: op.count(), ids: (d) => op.array_agg(d.statement_id)})
      .rename({mean: `${channel}_mean`, statements: `${channel}_statements`, ids: `${channel}_ids`});
  return dated
    .select("year")
    .dedupe()
    .join_left(inChannel("public"), "year")
    .join_left(inChannel("private"), "year")
    .derive({
      public_mean: (d) => d.public_mean ?? null,
      public_statements: (d) => d.public_statements ?? 0,
      private_mean: (d) => d.private_mean ?? null,
      private_statements: (d) => d.private_statements ?? 0,
      gap: (d) => (d.public_mean != null && d.private_mean != null ? d.public_mean - d.private_mean : null),
      public_ids: (d) => (d.public_ids ? op.join(d.public_ids, ";") : ""),
      private_ids: (d) => (d.private_ids ? op.join(d.private_ids, ";") : "")
    })
    .select(
      "year",
      "public_mean",
      "public_statements",
      "private_mean",
      "private_statements",
      "gap",
      "public_ids",
      "private_ids"
    )
    .orderby("year");
}
