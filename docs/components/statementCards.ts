/**
 * Statements as readable cards: the quote, who said it and when, the channel and stance, the words that decided each
 * coded field, and a link to the sentence on the Sources page. Quotes are set as text, never parsed as HTML.
 */
import {documentRows, statementRows, type StatementRow} from "./rows.js";
import {formatDate, formatStance, sourceHref, STANCE_LABELS, stanceColor} from "./stance.js";

export interface StatementCardsOptions {
  /** The documents table, to name each statement's source. */
  documents?: Iterable<Record<string, unknown>>;
  /** Show the cue columns (the words that decided channel, stance, date, actor, disclosure); default true. */
  cues?: boolean;
  /** Where the source link points: `<linkBase>#<statement_id>` (default "./sources"). */
  linkBase?: string;
  /** Shown instead of the list when there are no statements. */
  empty?: string;
  /** The document to create elements in (default: the page's). */
  document?: Document;
}

/** The fields an editor can correct, as readers name them, with how to show a value. */
const CORRECTABLE: [string, string, (value: unknown) => string][] = [
  ["speaker", "speaker", String],
  ["speaker_role", "role", String],
  ["actor", "actor", String],
  ["target", "target", String],
  ["date", "date", (v) => formatDate(String(v ?? ""))],
  ["channel", "channel", String],
  ["disclosure", "disclosure", (v) => String(v).replace("_", " ")],
  ["stance", "stance", (v) => formatStance(Number(v), {digits: 0})]
];

/**
 * A statement's review badge: "machine-coded" with no outline, or accepted, corrected or rejected by an editor with a
 * solid outline (as reviewed marks are outlined on the timeline); its title names the reviewer and, for a correction,
 * what the extractor had coded.
 */
function reviewBadge(document: Document, s: StatementRow & Record<string, unknown>): HTMLElement {
  const status = s.review_status || "machine";
  const badge = document.createElement("span");
  badge.className = `badge badge-review review-${status}`;
  badge.textContent = status === "machine" ? "machine-coded" : `${status} by an editor`;
  if (status === "machine") {
    badge.title = "As the extractor coded it; not yet reviewed by an editor";
    return badge;
  }
  badge.style.setProperty("box-shadow", "inset 0 0 0 1.5px currentColor");
  const changes = CORRECTABLE.filter(
    ([field]) => `machine_${field}` in s && String(s[`machine_${field}`]) !== String(s[field])
  ).map(([field, name, show]) => `${name} ${show(s[`machine_${field}`])} → ${show(s[field])}`);
  badge.title = [
    [s.reviewer, s.review_date].filter(Boolean).join(", "),
    changes.length ? `Corrected: ${changes.join("; ")}` : "",
    String(s.review_note ?? "")
  ]
    .filter(Boolean)
    .join("\n");
  return badge;
}

/**
 * A list of statement cards (an `<ol>`), in the order given.
 *
 * @example
 * statementCards(selected, {documents});
 */
export function statementCards(
  data: Iterable<Record<string, unknown>>,
  {
    documents = [],
    cues = true,
    linkBase = "./sources",
    empty = "No statements.",
    document = globalThis.document
  }: StatementCardsOptions = {}
): HTMLElement {
  if (!document?.createElement) throw new Error(`invalid document: ${document}`);
  if (typeof linkBase !== "string") throw new Error(`invalid linkBase: ${linkBase}`);
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const statements = statementRows(data);
  if (!statements.length) return el("p", "statement-cards-empty", empty);
  const docById = new Map(documentRows(documents).map((d) => [d.doc_id, d]));
  const list = el("ol", "statement-cards");
  for (const s of statements) {
    const item = el("li", `statement-card channel-${s.channel === "private" ? "private" : "public"}`);
    item.style.setProperty("--stance-color", stanceColor(s.stance));
    const badges = el("p", "statement-badges");
    badges.append(
      el("span", `badge badge-channel channel-${s.channel}`, s.channel),
      el(
        "span",
        "badge badge-stance",
        `${formatStance(s.stance, {digits: 0})} ${STANCE_LABELS[s.stance] ?? ""}`.trim()
      ),
      el("span", "badge", s.disclosure.replace("_", " ")),
      reviewBadge(document, s as StatementRow & Record<string, unknown>)
    );
    item.append(badges);
    item.append(el("blockquote", "statement-quote", s.quote));
    const who = el("p", "statement-who");
    who.append(
      el("strong", "", s.speaker || "Unnamed speaker"),
      `${s.speaker_role ? `, ${s.speaker_role}` : ""} (${s.actor || "?"} about ${s.target || "?"}) · ${formatDate(s.date, {long: true})}`
    );
    item.append(who);
    const doc = docById.get(s.doc_id);
    const source = el("p", "statement-source");
    const link = el("a", "", "Read it in the article →");
    link.href = sourceHref(s.statement_id, {base: linkBase});
    source.append(link);
    if (doc) source.append(` ${doc.publisher}, ${formatDate(doc.published)}: “${doc.title}”`);
    item.append(source);
    if (cues) {
      const list = el("dl", "statement-cues");
      const rows: [string, string][] = [
        ["Actor", s.actor_cue],
        ["Channel", s.channel_cue || "(codebook default)"],
        ["Disclosure", s.disclosure_cue || "(codebook default)"],
        ["Stance", s.stance_cue || "(no stance cue)"],
        ["Date", s.date_cue || "(publication date)"]
      ];
      for (const [name, cue] of rows) {
        if (cue === undefined) continue;
        list.append(el("dt", "", name), el("dd", "", cue));
      }
      item.append(list);
    }
    list.append(item);
  }
  return list;
}
