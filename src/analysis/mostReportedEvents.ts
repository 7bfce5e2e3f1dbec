import {desc, op, type ColumnTable} from "arquero";

/**
 * The events the corpus reports most: events of the same kind in the same month count as one (the articles name the
 * BRICS declaration of September 2017 in several ways), ranked by the number of articles that report it, then by the
 * number of mentions, then by date. Each row stands for its group with one mention (`event_id`, `date`, `label`): the
 * earliest dated to the day, else the earliest. Events dated only to the year are left out: too vague to say what
 * came before and after them.
 *
 * @example
 * const [top] = mostReportedEvents(aq.from(events)).objects();
 * // {kind: "declaration", month: "2017-09", articles: 2, mentions: 5, event_id: "…", date: "2017-09-04", …}
 */
export function mostReportedEvents(events: ColumnTable): ColumnTable {
  const dated = events
    .filter((d) => d.date_precision === "day" || d.date_precision === "month")
    .derive({
      month: (d) => op.substring(d.date_start, 0, 7),
      // Sorts a group's mentions: dated to the day first, then by date, then by id; event ids hold no "|".
      pick: (d) => (d.date_precision === "day" ? "0" : "1") + d.date_start + "|" + d.event_id
    });
  const groups = dated
    .groupby("kind", "month")
    .rollup({
      articles: (d) => op.distinct(d.doc_id),
      mentions: op.count(),
      pick: (d) => op.min(d.pick),
      event_ids: (d) => op.array_agg(d.event_id)
    })
    .derive({
      event_id: (d) => op.substring(d.pick, op.indexof(d.pick, "|") + 1),
      event_ids: (d) => op.join(d.event_ids, ";")
    });
  return groups
    .join(dated.select("event_id", "date", "date_precision", "label", "doc_id"), "event_id")
    .orderby(desc("articles"), desc("mentions"), "month", "kind")
    .select(
      "kind",
      "month",
      "articles",
      "mentions",
      "event_id",
      "date",
      "date_precision",
      "label",
      "doc_id",
      "event_ids"
    );
}
