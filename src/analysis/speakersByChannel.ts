import {desc, op, type ColumnTable} from "arquero";
import {countedStatements} from "./countedStatements.ts";
import {withParams} from "./withParams.ts";

/** Options of {@link speakersByChannel}. */
export interface SpeakersOptions {
  /** Whose speakers (default `"CN"`). */
  actor?: string;
  /** Keep only statements about this target (default: any target). */
  target?: string;
}

/**
 * Who speaks for an actor, and through which channel: one row per speaker × channel with the number of statements,
 * their mean stance, the speaker's role as the texts give it (the most frequent one), how the texts know of them
 * (`disclosures`, ;-joined), the first and last dates, and the statements' ids (;-joined). Speakers are grouped
 * case-insensitively ("CHINA" and "China" are one speaker) and shown in their most frequent spelling (the first on
 * ties). Sorted by statements (most first), then speaker and channel. Rejected statements are left out.
 *
 * Options: `actor` (default `"CN"`), `target` (default any).
 *
 * @example
 * speakersByChannel(aq.from(statements), {actor: "CN", target: "PK"}).objects();
 * // [{speaker: "Geng Shuang", speaker_role: "spokesman", channel: "public", statements: 4, mean_stance: -0.5, …}, …]
 */
export function speakersByChannel(statements: ColumnTable, {actor = "CN", target}: SpeakersOptions = {}): ColumnTable {
  return withParams(countedStatements(statements), {actor, target: target ?? null})
    .filter((d, $) => d.actor === $.actor && ($.target === null || d.target === $.target))
    .derive({
      speaker_key: (d) => op.lower(op.trim(d.speaker)),
      role: (d) => (d.speaker_role === "" ? null : d.speaker_role),
      dated: (d) => (d.date === "" ? null : d.date)
    })
    .groupby("speaker_key", "channel")
    .rollup({
      speaker: (d) => op.mode(d.speaker),
      speaker_role: (d) => op.mode(d.role),
      statements: op.count(),
      mean_stance: (d) => op.mean(d.stance),
      disclosures: (d) => op.array_agg_distinct(d.disclosure),
      first_date: (d) => op.min(d.dated),
      last_date: (d) => op.max(d.dated),
      statement_ids: (d) => op.array_agg(d.statement_id)
    })
    .derive({
      disclosures: (d) => op.join(d.disclosures, ";"),
      statement_ids: (d) => op.join(d.statement_ids, ";"),
      speaker_role: (d) => d.speaker_role ?? "",
      first_date: (d) => d.first_date ?? "",
      last_date: (d) => d.last_date ?? ""
    })
    .orderby(desc("statements"), "speaker_key", "channel")
    .select(
      "speaker",
      "speaker_role",
      "channel",
      "statements",
      "mean_stance",
      "disclosures",
      "first_date",
      "last_date",
      "statement_ids"
    );
}
