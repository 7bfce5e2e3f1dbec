/**
 * Draws an article of the Sources page from its precomputed runs (data-loaders/sources.ts): the text with statement
 * spans highlighted by channel and stance, events marked, and an anchor per statement and event id. Article text is
 * only ever set as text nodes, never parsed as HTML, so markup in an article stays inert text.
 */
import {formatDate, formatStance, stanceColor, STANCE_LABELS} from "./stance.js";

/** A piece of a paragraph covered by the same statements and events throughout. */
export interface ArticleRun {
  start: number;
  end: number;
  text: string;
  /** Ids of the statements whose spans cover the run. */
  statements: string[];
  /** Ids of the events whose spans cover the run. */
  events: string[];
}

export interface ArticleParagraph {
  /** Page furniture (a photo caption, a donation appeal): shown, but set apart from the article's prose. */
  furniture: boolean;
  runs: ArticleRun[];
}

export interface ArticleStatement {
  statement_id: string;
  speaker: string;
  speaker_role: string;
  actor: string;
  target: string;
  date: string;
  channel: string;
  disclosure: string;
  stance: number;
}

export interface ArticleEvent {
  event_id: string;
  kind: string;
  label: string;
  date: string;
}

export interface ArticleSource {
  doc_id: string;
  title: string;
  publisher: string;
  url: string;
  published: string;
  published_note: string;
  kind: string;
  paragraphs: ArticleParagraph[];
  statements: ArticleStatement[];
  events: ArticleEvent[];
}

export interface RenderArticleOptions {
  /** The document to create elements in (default: the page's), e.g. a jsdom document in tests. */
  document?: Document;
  /** Heading level of the title (default 2). */
  headingLevel?: number;
}

/** The element id of an article on the Sources page. */
export function articleAnchor(docId: string): string {
  return `doc-${docId}`;
}

/** Only http(s) links to originals are drawn as links; anything else (javascript:, data:) is shown as text. */
function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:";
  } catch {
    return false;
  }
}

function statementSummary(s: ArticleStatement): string {
  const role = s.speaker_role ? `, ${s.speaker_role}` : "";
  return (
    `${s.speaker || "Unnamed speaker"}${role} (${s.actor || "?"}) about ${s.target || "?"}, ${formatDate(s.date)}: ` +
    `${s.channel}, ${s.disclosure.replace("_", " ")}; stance ${formatStance(s.stance, {digits: 0})} (${STANCE_LABELS[s.stance] ?? "?"})`
  );
}

/**
 * Renders one article: a header (title, publisher, date, kind, link to the original) and its paragraphs. A run inside
 * statements is a `<mark>` classed by the first statement's channel, underlined in its stance colour, with
 * `data-statements` listing every statement id covering it; an event run is a `<span class="event">`. Each statement
 * and event gets an empty anchor element whose `id` is its id, before its first run, and a small label after its last
 * run that links to it.
 *
 * @example
 * container.append(renderArticle(source));
 */
export function renderArticle(
  article: ArticleSource,
  {document = globalThis.document, headingLevel = 2}: RenderArticleOptions = {}
): HTMLElement {
  if (!document?.createElement) throw new Error(`invalid document: ${document}`);
  if (!(Number.isInteger(headingLevel) && headingLevel >= 1 && headingLevel <= 6)) {
    throw new Error(`invalid headingLevel: ${headingLevel}`);
  }
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const statements = new Map(article.statements.map((s) => [s.statement_id, s]));
  const events = new Map(article.events.map((e) => [e.event_id, e]));

  const root = el("article", "source-article");
  root.id = articleAnchor(article.doc_id);
  const header = el("header", "source-header");
  const heading = document.createElement(`h${headingLevel}`);
  heading.className = "source-title";
  heading.textContent = article.title;
  header.append(heading);
  const meta = el("p", "source-meta");
  meta.append(
    el("strong", "", article.publisher),
    ` · ${formatDate(article.published, {long: true})} · ${article.kind}`
  );
  if (article.url) {
    meta.append(" · ");
    if (isWebUrl(article.url)) {
      const link = el("a", "source-original", "original article ↗");
      link.href = article.url;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      meta.append(link);
    } else {
      meta.append(el("span", "source-original", article.url));
    }
  }
  header.append(meta);
  if (article.published_note) header.append(el("p", "source-note", `Date note: ${article.published_note}`));
  const counts = el(
    "p",
    "source-counts",
    `${article.statements.length} ${article.statements.length === 1 ? "statement" : "statements"}, ` +
      `${article.events.length} ${article.events.length === 1 ? "event" : "events"} found in this article.`
  );
  header.append(counts);
  root.append(header);

  // The first and last run of each id, so anchors go before the first and labels after the last.
  const firstRun = new Map<string, ArticleRun>();
  const lastRun = new Map<string, ArticleRun>();
  for (const paragraph of article.paragraphs) {
    for (const run of paragraph.runs) {
      for (const id of [...run.statements, ...run.events]) {
        if (!firstRun.has(id)) firstRun.set(id, run);
        lastRun.set(id, run);
      }
    }
  }

  const body = el("div", "source-body");
  for (const paragraph of article.paragraphs) {
    const p = el("p", paragraph.furniture ? "source-paragraph source-furniture" : "source-paragraph");
    for (const run of paragraph.runs) {
      for (const id of [...run.statements, ...run.events]) {
        if (firstRun.get(id) !== run) continue;
        const anchor = el("span", "source-anchor");
        anchor.id = id;
        p.append(anchor);
      }
      if (!run.statements.length && !run.events.length) {
        p.append(document.createTextNode(run.text));
        continue;
      }
      const first = statements.get(run.statements[0]);
      let node: HTMLElement;
      if (first) {
        node = el("mark", `statement channel-${first.channel === "private" ? "private" : "public"}`, run.text);
        node.style.setProperty("--stance-color", stanceColor(first.stance));
        node.dataset.statements = run.statements.join(" ");
        node.title = run.statements
          .flatMap((id) => (statements.has(id) ? [statementSummary(statements.get(id)!)] : []))
          .join("\n");
      } else {
        node = el("span", "", run.text);
      }
      if (run.events.length) {
        node.classList.add("event");
        node.dataset.events = run.events.join(" ");
        const eventText = run.events
          .flatMap((id) =>
            events.has(id)
              ? [
                  `Event: ${events.get(id)!.label} (${events.get(id)!.kind.replace("_", " ")}, ${formatDate(events.get(id)!.date)})`
                ]
              : []
          )
          .join("\n");
        node.title = [node.title, eventText].filter(Boolean).join("\n");
      }
      p.append(node);
      for (const id of run.statements) {
        if (lastRun.get(id) !== run || !statements.has(id)) continue;
        const s = statements.get(id)!;
        const label = el("a", `statement-label channel-${s.channel === "private" ? "private" : "public"}`);
        label.href = `#${encodeURIComponent(id)}`;
        label.dataset.statement = id;
        label.style.setProperty("--stance-color", stanceColor(s.stance));
        label.title = statementSummary(s);
        label.setAttribute("aria-label", `Statement: ${statementSummary(s)}`);
        label.textContent = `${s.actor || "?"} · ${s.channel} · ${formatStance(s.stance, {digits: 0})}`;
        p.append(label);
      }
      for (const id of run.events) {
        if (lastRun.get(id) !== run || !events.has(id)) continue;
        const e = events.get(id)!;
        const label = el("a", "event-label", `${e.kind.replace("_", " ")} · ${formatDate(e.date)}`);
        label.href = `#${encodeURIComponent(id)}`;
        label.dataset.event = id;
        label.title = `Event: ${e.label}`;
        p.append(label);
      }
    }
    body.append(p);
  }
  root.append(body);
  return root;
}

/**
 * Marks the runs of one statement or event as the current target (class `is-target`, `aria-current`), clearing any
 * earlier target under `root`, and returns the anchor element, or null when `id` is not there.
 *
 * @example
 * highlightTarget(document.body, decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
 */
export function highlightTarget(root: ParentNode, id: string): Element | null {
  for (const node of root.querySelectorAll(".is-target")) {
    node.classList.remove("is-target");
    node.removeAttribute("aria-current");
  }
  if (!id) return null;
  const anchor = [...root.querySelectorAll(".source-anchor")].find((a) => a.id === id) ?? null;
  if (!anchor) return null;
  for (const node of root.querySelectorAll("[data-statements], [data-events], [data-statement], [data-event]")) {
    const html = node as HTMLElement;
    const ids =
      `${html.dataset.statements ?? ""} ${html.dataset.events ?? ""} ${html.dataset.statement ?? ""} ${html.dataset.event ?? ""}`.split(
        " "
      );
    if (ids.includes(id)) {
      node.classList.add("is-target");
      node.setAttribute("aria-current", "location");
    }
  }
  return anchor;
}
