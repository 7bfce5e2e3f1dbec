import type {ArticleText} from "./article.ts";
import {
  determiners,
  findHits,
  isVerbChainWord,
  listenerVerbs,
  openingPhraseEnd,
  sentenceSubject,
  spokenToPeopleInPassive,
  type Hit
} from "./attribution.ts";
import type {Channel, Codebook, Disclosure} from "./codebook.ts";
import {
  coarsenDate,
  daysBeforePublication,
  parsePublicationDate,
  pointsAhead,
  resolveDate,
  type DatePrecision,
  type PublicationDate,
  type ResolvedDate
} from "./dates.ts";
import {datesAttack} from "./eventsOfSentence.ts";
import {stableIds} from "./ids.ts";
import type {PatternMatch} from "./patterns.ts";
import type {Sentence} from "./segment.ts";
import {mentionEndingAt, newView, textOf, viewSentence, type SentenceView} from "./SentenceView.ts";
import {
  DocumentContext,
  isCommentator,
  isVoiceOfNoState,
  relativeWords,
  resolveSpeaker,
  type Speaker
} from "./speakers.ts";

/** How a statement was found in the text. */
export type StatementKind = "quote" | "reported" | "act" | "continued";

/** A statement row: who said what about whom, when, through which channel, and the words that decided each field. */
export interface Statement {
  statement_id: string;
  doc_id: string;
  start: number;
  end: number;
  quote: string;
  speaker: string;
  speaker_role: string;
  actor: string;
  target: string;
  date: string;
  date_precision: DatePrecision;
  channel: Channel;
  disclosure: Disclosure;
  stance: number;
  channel_cue: string;
  date_cue: string;
  stance_cue: string;
  disclosure_cue: string;
  actor_cue: string;
  kind: StatementKind;
  confidence: number;
}

/** A statement while it is being coded: the row plus what later passes need. */
interface Draft {
  row: Statement;
  sentence: Sentence;
  view: SentenceView;
  hit?: Hit;
  speaker: Speaker;
  /** The projected range whose words decide channel, stance and date. */
  clause: [number, number];
  /** A wider range (the relaying clause) also searched for channel and disclosure cues. */
  context?: [number, number];
  parent?: Draft;
  /** Another actor's statement is told inside this one ("the minister told the cabinet that Chinese officials …"). */
  tellsOthers?: boolean;
  dateFromText: boolean;
  channelFromText: boolean;
  /** Every date of a clause that counts several acts ("twice — in May and November"): one row each. */
  dates: ResolvedDate[];
  /** A quotation in the next sentence that continues this statement. */
  continuation?: SentenceView;
  /** A nameless lead-in merged into this statement. */
  leadIn?: Draft;
  /** The sentence before, for the subject of the passage. */
  previousView?: SentenceView;
  /** Who relayed the statement (a news outlet, anonymous sources), when someone did. */
  relay?: Speaker;
  body: string;
}

/**
 * Codes the statements of one article, sentence by sentence, in order: attribution, nesting and spans as each
 * sentence comes, then the passes that need the whole article (lead-ins, dates refined by the next sentence) and the
 * coding of channel, disclosure, target, stance and confidence.
 *
 * @example
 * const coder = new StatementCoder(article, codebook);
 * for (const view of views) coder.addSentence(view);
 * const statements = coder.finish();
 */
export class StatementCoder {
  readonly context: DocumentContext;
  private readonly drafts: Draft[] = [];
  private readonly sentences: Sentence[] = [];
  private readonly published: PublicationDate;
  private previousView: SentenceView | undefined;
  private readonly memory: DateMemory = {
    events: [],
    datedBySpeaker: new Map(),
    datedByBody: new Map(),
    lead: [],
    leadParagraph: -1,
    documents: new Map()
  };

  constructor(
    private readonly article: ArticleText,
    private readonly codebook: Codebook
  ) {
    this.context = new DocumentContext(codebook, {publisher: article.publisher});
    this.published = parsePublicationDate(article.published);
  }

  /**
   * Makes the events found so far available to dates relative to them ("hours after the blast"): `events` is read as
   * it grows, so pass the array the caller appends to.
   */
  followEvents(events: readonly EventAnchor[]): void {
    this.memory.events = events;
  }

  /** The names the article has introduced so far, for building the next sentence's view. */
  get people() {
    return this.context.people;
  }

  addSentence(view: SentenceView): void {
    const {article, codebook, context, drafts, published, memory} = this;
    const {body} = article;
    const previousView = this.previousView;
    this.sentences[view.sentence.index] = view.sentence;
    context.observe(view);
    rememberDocumentDates(body, view, codebook, memory);
    const spokenBefore = context.speakers.length;
    const sentenceDrafts = statementsOfSentence(body, view, context, codebook);
    if (!sentenceDrafts.length) {
      const continued = continueQuotation(body, view, drafts, context);
      if (continued) {
        continued.previousView = previousView;
        codeDate(continued, {published, previousView, memory, codebook: this.codebook});
        remember(memory, continued);
        drafts.push(continued);
      } else if (context.speakers.length === spokenBefore) {
        // A sentence about a person without their words still makes them the one a later "he" or "she" means (unless
        // its speaker, reporting nothing, is already remembered).
        const subject = sentenceSubject(view, codebook);
        const speaker =
          subject &&
          resolveSpeaker(body, view, subject.phrase, subject.appositives, context, {
            exclude: contactedStates(view, subject.phrase[1], codebook)
          });
        // "Envoys in Kabul told another story. They said …": a collective is what "they" means.
        // "A Nepali official, speaking anonymously, shrugged it off. “…,” he said.": so does an
        // unnamed person of a known state.
        if (
          (speaker?.kind === "person" && (speaker.named || speaker.actors.length > 0)) ||
          speaker?.kind === "collective"
        )
          context.speakers.push(speaker);
      }
    }
    if (sentenceDrafts.length && !sentenceDrafts.some((draft) => draft.speaker.named)) {
      // "Minister Liu Hao met his host …, with both leaders vowing …": the named subject of a sentence
      // whose statements are others' is still known by name later ("Liu said").
      const subject = sentenceSubject(view, codebook);
      if (subject) resolveSpeaker(body, view, subject.phrase, subject.appositives, context);
    }
    for (const draft of sentenceDrafts) {
      draft.previousView = previousView;
      codeDate(draft, {published, previousView, memory, codebook: this.codebook});
      remember(memory, draft);
      drafts.push(draft);
    }
    this.previousView = view;
  }

  finish(): Statement[] {
    const {article, codebook, context, drafts, published} = this;
    mergeLeadIns(drafts);
    refineDatesFromNextSentence(drafts, this.sentences, published, codebook, context);
    const statements: Statement[] = [];
    const perSentence = new Map<Sentence, number>();
    for (const draft of drafts) perSentence.set(draft.sentence, (perSentence.get(draft.sentence) ?? 0) + 1);
    for (const [index, draft] of drafts.entries()) {
      const leaked = leakedSource(draft, context);
      codeChannel(draft, drafts, index, codebook, leaked);
      const unnamedSource = codeDisclosure(draft, codebook, leaked);
      // The coding guide: what is known only through sources the text says it does not name was said in private,
      // unless the text gives its channel.
      if (unnamedSource && draft.row.channel === "public" && !draft.channelFromText)
        setChannel(draft, "private", draft.row.disclosure_cue);
      codeTarget(draft, codebook);
      codeStance(draft, perSentence.get(draft.sentence) === 1, codebook);
      draft.row.confidence = confidenceOf(draft);
      for (const date of draft.dates.length > 1 ? draft.dates : [undefined]) {
        const row = {...draft.row};
        if (date) [row.date, row.date_precision] = [date.date, date.precision];
        for (const actor of draft.speaker.actors.length > 1 ? draft.speaker.actors : [row.actor]) {
          statements.push({...row, actor});
        }
      }
    }
    return assignIds(article.id, statements);
  }
}

function emptyRow(docId: string, body: string, start: number, end: number): Statement {
  return {
    statement_id: "",
    doc_id: docId,
    start,
    end,
    quote: body.slice(start, end),
    speaker: "",
    speaker_role: "",
    actor: "",
    target: "",
    date: "",
    date_precision: "",
    channel: "public",
    disclosure: "on_record",
    stance: 0,
    channel_cue: "",
    date_cue: "",
    stance_cue: "",
    disclosure_cue: "",
    actor_cue: "",
    kind: "reported",
    confidence: 0
  };
}

const placeWords = new Set(["in", "at", "on", "during", "from", "after", "before", "while"]);

/** Whether `at` is at most three words after the comma that closes a sentence's opening phrase ("In 2017, a …"). */
function afterOpeningPhrase(view: SentenceView, at: number): boolean {
  const end = openingPhraseEnd(view);
  return end > 0 && at >= end && at <= end + 3;
}

/**
 * The object of a verb that takes a listener when it names people of a state other than `actor` ("asked Pakistan's
 * interior secretary", "pressed Pakistani leaders"): projected indices `[start, end)`, or undefined. A state named
 * alone ("urged Pakistan to act") may be addressed in public, so it does not count.
 */
function addressedOfficials(
  view: SentenceView,
  hit: Hit,
  actor: string,
  codebook: Codebook
): [number, number] | undefined {
  if (!listenerVerbs.has(hit.verb.lemma) || hit.form === "noun") return undefined;
  let state = false;
  let people = false;
  let k = hit.end;
  for (; k < view.tokens.length && k < hit.end + 6; ++k) {
    const token = view.tokens[k];
    if (token.lower === "that" || token.lower === "," || token.lower === ":" || token.lower === "to") break;
    if (token.lower === "why" || token.lower === "whether" || view.quoted[k] || placeWords.has(token.lower)) break;
    if (view.dateAt[k] !== -1) break;
    const entity = view.mentions[k]?.entity;
    if (entity?.kind === "state" && entity.code && entity.code !== actor) state = true;
    else if (codebook.collectives.has(token.lower) || codebook.titles.test(view, k, k + 1)) people = true;
  }
  return state && people ? [hit.end, k] : undefined;
}

// Words before a state's mission or envoy that make the subject its visitor or its interlocutor.
const contactWords = new Set([
  "to",
  "at",
  "visited",
  "visiting",
  "visit",
  "met",
  "meeting",
  "told",
  "telling",
  "received"
]);

/**
 * The states whose embassy or envoy the words after projected index `from` say the subject went to or spoke with
 * ("who visited the Chinese embassy", "drove to the Chinese embassy", "met the Chinese ambassador"): a visitor is
 * not of the state they visit.
 */
function contactedStates(view: SentenceView, from: number, codebook: Codebook): string[] {
  const states: string[] = [];
  for (let k = from; k < view.tokens.length; ++k) {
    if (view.quoted[k] || !contactWords.has(view.tokens[k].lower)) continue;
    let m = k + 1;
    if (determiners.has(view.tokens[m]?.lower ?? "")) ++m;
    const mention = view.mentions[m];
    if (mention?.entity.kind !== "state" || !mention.entity.code) continue;
    const head = view.tokens[mention.end]?.lower === "'s" ? mention.end + 1 : mention.end;
    if (codebook.missions.posts.first(view, head, view.tokens.length, (post) => post.start === head))
      states.push(mention.entity.code);
  }
  return states;
}

/** The states of whom a verb's object speaks ("told a US diplomat that …"), up to its clause. */
function addresseeStates(view: SentenceView, hit: Hit): string[] {
  // Only a verb that takes a listener has one: "told a US diplomat", not "said Pakistan had made …".
  if (!listenerVerbs.has(hit.verb.lemma)) return [];
  const states: string[] = [];
  for (let k = hit.end; k < view.tokens.length && k < hit.end + 6; ++k) {
    const word = view.tokens[k].lower;
    // The object ends at its clause or at a place or time ("told a briefing in Islamabad on Friday").
    if (word === "that" || word === "," || word === ":" || view.quoted[k] || placeWords.has(word)) break;
    const entity = view.mentions[k]?.entity;
    if (entity?.kind === "state" && entity.code) states.push(entity.code);
  }
  return states;
}

/** The statements of one sentence, from its accepted hits, with nesting resolved. */
function statementsOfSentence(body: string, view: SentenceView, context: DocumentContext, codebook: Codebook): Draft[] {
  const found = findHits(view, codebook);
  const hits = found.filter((hit) => hit.status === "accepted");
  const speakers = new Map<Hit, Speaker>();
  const speakerOf = (hit: Hit): Speaker => {
    let speaker = speakers.get(hit);
    if (!speaker) {
      // Someone whose country the text leaves to the context does not speak for a state whose message they relay,
      // nor for the one they address ("told a US diplomat that …"). Relaying is telling what had been said before
      // ("that Chinese authorities had conveyed …"), not one's own quotation ("“The Chinese side condemns …”") nor
      // one's own country's intent ("adding that Pakistan will …"). Decided before resolving, so that the name is
      // remembered with the right country.
      const relayed = hit.children
        .filter((child) => child.subject && !view.quoted[child.start] && isPastPerfect(child))
        .flatMap((child) => speakerOf(child).actors);
      speaker = resolveSpeaker(body, view, hit.subject!, hit.appositives, context, {
        exclude: [...relayed, ...addresseeStates(view, hit), ...contactedStates(view, hit.subject![1], codebook)]
      });
      speakers.set(hit, speaker);
    }
    return speaker;
  };
  if (!hits.length) return [];
  nest(view, hits);
  const drafts: Draft[] = [];
  // A position verb ("wants", "sought", "stood with") reports a statement only inside someone's account of it.
  const topLevel = hits.filter((hit) => !hit.parent && hit.verb.kind !== "embedded");
  // An act named by a noun ("a proposal by India", "an Indian request to list him") sits inside another statement's
  // object: it does not end that statement's span.
  const spanStarts = topLevel
    .filter((hit) => !(hit.form === "noun" && hit.verb.kind === "act"))
    .map((hit) => hit.clauseStart)
    .sort((a, b) => a - b);
  for (const hit of topLevel) emit(hit, undefined);
  return drafts;

  /** The span of a statement: inside `within` (the words of whoever reports it), up to the next reported clause. */
  function spanOf(hit: Hit, within?: [number, number]): [number, number] {
    if (within) {
      const siblings = (hit.parent?.children ?? []).filter(
        (child) => child !== hit && child.clauseStart > hit.clauseStart
      );
      let next = Math.min(...siblings.map((s) => s.clauseStart), within[1]);
      // "She said Chinese leaders had praised it, and that the raids went on": a second "that" of the teller's verb
      // starts the teller's next point.
      for (let k = hit.end; k + 1 < next; ++k)
        if (view.tokens[k].lower === "and" && view.tokens[k + 1].lower === "that" && !view.quoted[k]) next = k;
      return [hit.clauseStart, trimEnd(view, hit.clauseStart, next)];
    }
    // The first statement of a sentence begins with it, and so does an act named by a noun right after the
    // sentence's opening phrase ("In 2015, a new bid by …").
    const own = spanStarts.indexOf(hit.clauseStart);
    const opens =
      own === -1 && !spanStarts.some((s) => s < hit.clauseStart) && afterOpeningPhrase(view, hit.clauseStart);
    const from = own === 0 || opens ? 0 : hit.clauseStart;
    // A clause set off by commas ("China, which calls Pakistan its iron brother, blocked …") ends where it closes.
    const following = spanStarts.find((s) => s > hit.clauseStart) ?? view.tokens.length;
    const next = hit.setOff ? Math.min(following, hit.clauseEnd + 1) : following;
    return [from, trimEnd(view, from, next)];
  }

  /** "X declined to comment", "said he would not discuss it": the verb reports a refusal to speak. */
  function refusesToSpeak(hit: Hit): boolean {
    const from = Math.max(0, hit.start - 2);
    // Words reported before the verb ("“…,” he said, declining to comment further") are still said; a verb whose
    // words come first can only refuse by itself ("…, X declined to comment on …").
    const inverted = hit.contentStart < hit.end;
    const refusal = codebook.noComment.first(view, from, view.tokens.length, (m) =>
      inverted ? m.start === hit.start && !view.quoted.includes(true) : m.start <= hit.contentStart + 3
    );
    // "refused to discuss it, but insisted …", "would not comment, adding only that …": what follows the
    // refusal is said.
    const saysMore = (other: Hit) =>
      other.start >= refusal!.end &&
      (other.mergedInto === hit || (other.verb.kind === "speech" && other.reason === "participle or gerund"));
    return !!refusal && !found.some(saysMore);
  }

  function emit(hit: Hit, parent: Draft | undefined): void {
    const speaker = hit.subject ? speakerOf(hit) : undefined;
    if (!speaker) return;
    if (refusesToSpeak(hit)) {
      // "X declined to comment …. She said, however, …": who refused is still who a later "she" means.
      context.speakers.push(speaker);
      return;
    }
    // A text, or an "it" that stands for one, quoted on what one of its parties did ("“The Pakistani side reiterated
    // …,” it added") relays.
    const text = speaker.kind === "document" || (speaker.via === "pronoun" && speaker.kind !== "person");
    const relay =
      speaker.kind === "media" ||
      (speaker.kind === "document" && !speaker.actors.length) ||
      (text && !hit.children.length && relayedQuoteHits(hit).some(childHasActor)) ||
      (speaker.anonymous && (!speaker.actors.length || hit.children.some((child) => childHasActor(child))));
    if (relay || !speaker.actors.length) {
      // A news outlet, an anonymous source or an unknown speaker relays the statements of others inside its words.
      const children = hit.children.length ? hit.children : relayedQuoteHits(hit);
      const before = drafts.length;
      // A relay that carries the sentence's one statement lends it the whole sentence; another statement of the
      // sentence ("…, as the communique put it, whereas the other side …") keeps its own words.
      const alone = children.length === 1 && !parent && spanStarts.every((s) => s === hit.clauseStart);
      for (const child of children) emitChild(child, parent, hit, alone);
      if (drafts.length === before && speaker.anonymous && speaker.actors.length) emitOwn(hit, speaker, parent);
      // An outlet or a text that spoke is what a later "it said" means (the editorial's own voice, not a state's);
      // an unnamed official or an analyst who relayed is who a later "the official" or "he" means.
      if (
        drafts.length === before &&
        (isVoiceOfNoState(speaker) || (!speaker.actors.length && speaker.kind !== "unknown"))
      ) {
        context.speakers.push(speaker);
      } else if (
        drafts.length > before &&
        (speaker.kind === "person" || speaker.kind === "document" || speaker.anonymous)
      ) {
        // A text that relayed is what a later "it added" means.
        context.speakers.push(speaker);
      }
      return;
    }
    const draft = emitOwn(hit, speaker, parent);
    for (const child of hit.children) emitChild(child, draft, hit, false);
  }

  function relayedQuoteHits(hit: Hit): Hit[] {
    const [from, to] = [hit.contentStart, hit.contentEnd];
    let a = from;
    while (a < to && !view.quoted[a]) ++a;
    let b = a;
    while (b < to && view.quoted[b]) ++b;
    if (b - a < 4) return [];
    const inner = findHits(unquoted(view, a, b), codebook, {within: [a, b], ignoreQuotes: true}).filter(
      (h) => h.status === "accepted"
    );
    nest(view, inner);
    return inner.filter((h) => !h.parent);
  }

  function childHasActor(child: Hit): boolean {
    if (!child.subject) return false;
    const speaker = speakerOf(child);
    return speaker.actors.length > 0 && speaker.kind !== "media";
  }

  function emitChild(child: Hit, parent: Draft | undefined, relayHit: Hit, wholeSentence: boolean): void {
    // "Beijing will push hard", "“Beijing rarely says this in public,” said an analyst": a forecast or a remark in
    // the words of someone who speaks for no state reports nothing; their account of what was said does.
    const commentator = relayHit.subject && isCommentator(view, relayHit.subject, relayHit.appositives, codebook);
    if ((commentator && (isFuture(child) || view.quoted[child.start])) || refusesToSpeak(child)) return;
    const speaker = child.subject ? speakerOf(child) : undefined;
    if (!speaker || !speaker.actors.length || speaker.kind === "media") {
      for (const grandchild of child.children) emitChild(grandchild, parent, relayHit, false);
      return;
    }
    // "said the two countries maintain close contact": a pair the speaker belongs to speaks with the speaker's voice.
    const includesParent =
      parent && speaker.actors.length > 1 && parent.speaker.actors.every((actor) => speaker.actors.includes(actor));
    if (
      parent &&
      (sameActors(parent.speaker, speaker) || includesParent) &&
      !separateClause(view, child) &&
      child.verb.kind !== "noun"
    ) {
      // "X said the country stood by its ally": one statement, whose clause now includes the inner act.
      parent.clause = [parent.clause[0], Math.max(parent.clause[1], child.contentEnd)];
      return;
    }
    const within: [number, number] = parent ? parent.clause : [relayHit.contentStart, relayHit.contentEnd];
    const span: [number, number] = wholeSentence ? [0, trimEnd(view, 0, view.tokens.length)] : spanOf(child, within);
    if (parent && child.verb.kind === "noun" && child.clauseStart > parent.clause[0]) {
      // "skirted a question on whether ... Beijing's stand of opposing ...": the owned position is not the speaker's.
      parent.clause = [parent.clause[0], Math.min(parent.clause[1], child.clauseStart)];
    }
    // A relay that carries one statement lends it the whole sentence: "According to Dawn, in an October meeting, X ...".
    // Its clause, as a top-level one, ends where the sentence's next statement begins.
    const next = parent ? undefined : spanStarts.find((s) => s > child.clauseStart && s > child.start);
    const clause: [number, number] = wholeSentence
      ? [0, Math.max(child.clauseEnd, child.contentEnd)]
      : [child.clauseStart, Math.min(child.clauseEnd, next ?? Infinity)];
    const draft = makeDraft(child, speaker, span, clause, parent);
    if (parent) parent.tellsOthers = true;
    draft.context = [Math.min(relayHit.clauseStart, relayHit.start), relayHit.clauseEnd];
    if (relayHit.subject) draft.relay = speakerOf(relayHit);
    drafts.push(draft);
    for (const grandchild of child.children) emitChild(grandchild, draft, child, false);
  }

  function emitOwn(hit: Hit, speaker: Speaker, parent: Draft | undefined): Draft {
    const span = spanOf(hit, parent?.clause);
    // A subject told before the clause ("blocked it … before lifting its hold") is shared, not part of the clause.
    const subjectStart = hit.subject && hit.subject[1] > hit.clauseStart ? hit.subject[0] : hit.start;
    const clauseStart = Math.min(hit.clauseStart, hit.start, subjectStart, deniedChargeBefore(view, hit, codebook));
    // A top-level clause ends where the sentence's next statement begins ("X designated ... after China lifted ...").
    const next = parent ? undefined : spanStarts.find((s) => s > hit.clauseStart && s > hit.start);
    const clauseEnd = Math.min(Math.max(hit.clauseEnd, hit.contentEnd), next ?? Infinity);
    const draft = makeDraft(hit, speaker, span, [spanStartFor(hit, span, clauseStart), clauseEnd], parent);
    drafts.push(draft);
    return draft;
  }

  function spanStartFor(hit: Hit, span: [number, number], clauseStart: number): number {
    // The first statement of a sentence owns the sentence's opening words ("Last month, ..."), so dates and channel
    // cues there are its own; a subordinate clause ("after X warned ...") owns only itself.
    return hit.subordinator ? clauseStart : Math.min(span[0], clauseStart);
  }

  function makeDraft(
    hit: Hit,
    speaker: Speaker,
    span: [number, number],
    clause: [number, number],
    parent: Draft | undefined
  ): Draft {
    const start = view.tokens[span[0]].start;
    const end = endWithClosingMarks(body, view.tokens[span[1] - 1].end, view.sentence.end);
    context.speakers.push(speaker);
    const row = emptyRow("", body, start, end);
    row.speaker = speaker.text;
    row.speaker_role = speaker.role;
    row.actor = speaker.actors[0] ?? "";
    row.actor_cue = speaker.actorCue;
    row.kind = hasQuotation(view, clause) ? "quote" : hit.verb.kind === "act" ? "act" : "reported";
    return newDraft({row, sentence: view.sentence, view, hit, speaker, clause, parent, body});
  }
}

/**
 * A draft with every field present, in one order, whichever way it was made: drafts then share one shape, which keeps
 * the code that reads them fast.
 */
function newDraft(
  fields: Pick<Draft, "row" | "sentence" | "view" | "speaker" | "clause" | "body"> & Partial<Draft>
): Draft {
  return {
    row: fields.row,
    sentence: fields.sentence,
    view: fields.view,
    hit: fields.hit,
    speaker: fields.speaker,
    clause: fields.clause,
    context: fields.context,
    parent: fields.parent,
    tellsOthers: fields.tellsOthers ?? false,
    dateFromText: fields.dateFromText ?? false,
    channelFromText: fields.channelFromText ?? false,
    dates: fields.dates ?? [],
    continuation: fields.continuation,
    leadIn: fields.leadIn,
    previousView: fields.previousView,
    relay: fields.relay,
    body: fields.body
  };
}

/** The view with the quotation marks between `a` and `b` forgotten: a relayed quotation is read as plain text. */
function unquoted(view: SentenceView, a: number, b: number): SentenceView {
  const clear = (flags: boolean[]) => flags.map((flag, k) => (k >= a && k < b ? false : flag));
  return newView({
    ...view,
    quoted: clear(view.quoted),
    opensQuote: clear(view.opensQuote),
    closesQuote: clear(view.closesQuote)
  });
}

function sameActors(a: Speaker, b: Speaker): boolean {
  return a.actors.length === b.actors.length && a.actors.every((actor, k) => actor === b.actors[k]);
}

/** "..., and Beijing pressed it to move": a clause of its own, coordinated after the first. */
function separateClause(view: SentenceView, child: Hit): boolean {
  const k = (child.subject?.[0] ?? child.start) - 1;
  const word = view.tokens[k]?.lower;
  return word === ";" || ((word === "and" || word === "but") && view.tokens[k - 1]?.lower === ",");
}

// Subordinators of a clause set against the one before it ("…, while Washington questioned …").
const contrastive = new Set(["while", "whereas", "whilst"]);

/** Gives each hit its parent: the innermost other hit whose content holds it. */
function nest(view: SentenceView, hits: Hit[]): void {
  for (const hit of hits) {
    let best: Hit | undefined;
    const at = hit.subject?.[0] ?? hit.start;
    for (const other of hits) {
      if (other === hit || other.contentEnd <= other.contentStart) continue;
      // An act has an object, not reported words: a clause told with it ("X designated ... after China lifted its
      // hold", "vetoed the draft, prompting a reply from Delhi, which called it …") stands on its own.
      if (other.verb.kind === "act") continue;
      // "X praised …, while Washington questioned …": a clause set against the one before is nobody's report.
      if (contrastive.has(hit.subordinator ?? "") && view.tokens[hit.clauseStart - 1]?.lower === ",") continue;
      if (
        at >= other.contentStart &&
        hit.start < other.contentEnd &&
        at >= other.contentStart &&
        !(other.parent === hit)
      ) {
        if (!best || other.contentEnd - other.contentStart < best.contentEnd - best.contentStart) best = other;
      }
    }
    if (best) {
      hit.parent = best;
      best.children.push(hit);
    }
  }
  // "China said that [Pakistan-based outfits like ... have been included ...]": the first clause reported after
  // "that" starts right after it, whatever its subject looks like.
  for (const parent of hits) {
    const [first] = parent.children;
    if (!first || first.verb.kind === "noun") continue;
    const that = parent.contentStart;
    if (
      parent.side === "left" &&
      that < first.clauseStart &&
      first.clauseStart - that < 40 &&
      view.tokens[that]?.lower === "that"
    ) {
      first.clauseStart = that + 1;
    }
  }
}

function trimEnd(view: SentenceView, from: number, to: number): number {
  let end = to;
  while (end > from + 1 && [",", ";", ":", "and", "but", "—", "–"].includes(view.tokens[end - 1].lower)) --end;
  return end;
}

/** Extends a span over the closing quotation marks and the full stop that end it. */
function endWithClosingMarks(body: string, end: number, limit: number): number {
  let e = end;
  while (e < limit && /[”"’.!?)\]]/.test(body[e])) ++e;
  return e;
}

function hasQuotation(view: SentenceView, [from, to]: [number, number]): boolean {
  let run = 0;
  for (let k = from; k < to; ++k) {
    run = view.quoted[k] && view.tokens[k].kind === "word" ? run + 1 : 0;
    if (run >= 4) return true;
  }
  return false;
}

/**
 * A sentence with a quotation and no attribution continues the last speaker: in the same paragraph, right after a
 * quoted statement, it extends that statement ("...,” he said. “Let's ...”"); elsewhere it is a new statement of the
 * last speaker, with less confidence.
 */
function continueQuotation(
  body: string,
  view: SentenceView,
  drafts: Draft[],
  context: DocumentContext
): Draft | undefined {
  const quotedWords = view.tokens.filter((token, k) => view.quoted[k] && token.kind === "word").length;
  const words = view.tokens.filter((token) => token.kind === "word").length;
  if (quotedWords < 4 || quotedWords < 0.6 * words) return undefined;
  const last = drafts[drafts.length - 1];
  if (!last || last.speaker.kind === "media") return undefined;
  // An outlet, a text or a commentator spoke since ("…,” it said, after "the paper said"): the quotation is theirs.
  const latest = context.speakers[context.speakers.length - 1];
  if (latest && latest !== last.speaker && isVoiceOfNoState(latest)) return undefined;
  const sameParagraph =
    last.sentence.paragraph === view.sentence.paragraph && last.sentence.index === view.sentence.index - 1;
  if (sameParagraph && last.row.kind === "quote") {
    last.row.end = endWithClosingMarks(body, view.tokens[view.tokens.length - 1].end, view.sentence.end);
    last.row.quote = body.slice(last.row.start, last.row.end);
    last.continuation = view;
    return undefined;
  }
  if (last.sentence.paragraph < view.sentence.paragraph - 2) return undefined;
  const row = emptyRow("", body, view.sentence.start, view.sentence.end);
  Object.assign(row, {
    speaker: last.speaker.text,
    speaker_role: last.speaker.role,
    actor: last.row.actor,
    actor_cue: last.row.actor_cue,
    kind: "continued"
  });
  const draft = newDraft({
    row,
    sentence: view.sentence,
    view,
    speaker: last.speaker,
    clause: [0, view.tokens.length],
    body
  });
  context.speakers.push(last.speaker);
  return draft;
}

/** The statement's date: in its clause, else chained from the sentence before, else the speaker's, else publication. */
/** What earlier statements of the article say about dates, kept as the article is read so lookups stay constant. */
interface DateMemory {
  /** The events told so far, for "hours after the blast". */
  events: readonly EventAnchor[];
  datedBySpeaker: Map<string, Draft>;
  datedByBody: Map<string, Draft>;
  /** The statements of the lead paragraph. */
  lead: Draft[];
  leadParagraph: number;
  /** The day each kind of document was said to be issued ("a communique released on Friday"), by head noun. */
  documents: Map<string, {date: ResolvedDate; cue: string}>;
}

/**
 * "a communique released on Friday", "in a letter dated 3 May": a document named with a date, outside
 * quotations. Remembered by its head noun, so that "the communique said" later is dated by it.
 */
function rememberDocumentDates(body: string, view: SentenceView, codebook: Codebook, memory: DateMemory): void {
  for (const document of codebook.documents.findAll(view)) {
    if (view.quoted[document.start]) continue;
    const key = view.tokens[document.end - 1].lower;
    const d = dateAfter(view, document.end);
    if (d === -1) {
      // "his office said in a statement": a new text, undated, is not the one an earlier date was remembered for.
      const article = view.tokens[document.start - 1]?.lower ?? view.tokens[document.start].lower;
      if (article === "a" || article === "an") memory.documents.delete(key);
      continue;
    }
    const date = view.resolved[d];
    const expression = view.dates[d];
    if (date?.precision && expression.type !== "recent" && expression.type !== "vague") {
      const cue = body.slice(view.tokens[expression.start].start, view.tokens[expression.end - 1].end);
      memory.documents.set(key, {date, cue});
    }
  }
}

/** The date expression that follows projected index `from` within its clause, a few words on, or -1. */
function dateAfter(view: SentenceView, from: number): number {
  for (let k = from; k < Math.min(view.tokens.length, from + 5); ++k) {
    if (view.dateAt[k] !== -1) return view.dateAt[k];
    if (clauseJoints.has(view.tokens[k].lower) || view.tokens[k].lower === "that" || view.quoted[k]) return -1;
  }
  return -1;
}

function remember(memory: DateMemory, draft: Draft): void {
  if (memory.leadParagraph === -1) memory.leadParagraph = draft.sentence.paragraph;
  if (draft.sentence.paragraph === memory.leadParagraph) memory.lead.push(draft);
  if (!draft.dateFromText || !draft.row.date) return;
  if (draft.speaker.named) memory.datedBySpeaker.set(draft.speaker.text, draft);
  if (codebookKind(draft) === "body") memory.datedByBody.set(draft.row.actor, draft);
}

function codeDate(
  draft: Draft,
  {
    published,
    previousView,
    memory,
    codebook
  }: {published: PublicationDate; previousView?: SentenceView; memory: DateMemory; codebook: Codebook}
): void {
  const {view, clause} = draft;
  const found = datesIn(draft.body, view, clause, draft.hit, draft.hit, codebook);
  // "Dawn reported Thursday that the minister told a meeting late Wednesday …": the clause's own date, not the report's.
  const ofReport = (d: (typeof found)[number]) =>
    draft.speaker.kind !== "media" && datesReport(view, d.start, codebook);
  const own = found.some((d) => !ofReport(d)) ? found.filter((d) => !ofReport(d)) : found;
  // "the day after the raid": a day counted from an event told before, not from the date the text gave last.
  const fromEvent = own.length ? eventRelativeDate(draft.body, view, clause, memory.events, published) : undefined;
  if (fromEvent && own.some((d) => fromEvent.cue.includes(d.cue)))
    return setDate(draft, fromEvent.date, fromEvent.cue, true);
  if (own.length) {
    const after = draft.hit?.subordinator === "after" || draft.hit?.subordinator === "following";
    // "…, Dawn reported on Tuesday": the outlet's date is when its report came out; what it reports came by then.
    // "said on Friday that Beijing had been furious": a past perfect happened by the date of its report, not on it.
    // "A day earlier, the embassy had written …": without a report around it, the date dates the act itself.
    const reportedEarlier = (d: (typeof own)[number]) =>
      isPastPerfect(draft.hit) &&
      draft.hit?.parent !== undefined &&
      draft.hit.subject !== undefined &&
      d.start < draft.hit.subject[0];
    const coarse = (d: (typeof own)[number]) =>
      after || (draft.speaker.kind !== "media" && datesReport(view, d.start, codebook)) || reportedEarlier(d)
        ? "month"
        : undefined;
    // One row per date, in the order the text gives them ("in April and October"), and the cues in that order too.
    const inTextOrder = [...own].sort((a, b) => a.start - b.start);
    draft.dates = inTextOrder.map((d) => (coarse(d) ? coarsenDate(d.date, coarse(d)!) : d.date));
    setDate(draft, draft.dates[0], inTextOrder.map((d) => d.cue).join("; "), true);
    if (!(own.length > 1 && multipleActs(view, clause))) draft.dates = [];
    return;
  }
  if (draft.hit?.subordinator === "after" || draft.hit?.subordinator === "before") {
    const main = datesIn(draft.body, view, [0, view.tokens.length], undefined);
    if (main.length) return setDate(draft, coarsenDate(main[0].date, "year"), main[0].cue, true);
  }
  if (draft.hit && contrastive.has(draft.hit.subordinator ?? "")) {
    // "In May, X praised …, while Washington questioned …": set against the clause before, at its time.
    const opening = datesIn(draft.body, view, [0, draft.hit.clauseStart], undefined);
    if (opening.length) return setDate(draft, opening[0].date, opening[0].cue, true);
  }
  const afterEvent = eventRelativeDate(draft.body, view, [0, clause[1]], memory.events, published);
  if (afterEvent) return setDate(draft, afterEvent.date, afterEvent.cue, true);
  if (draft.parent?.row.date) {
    // "told the meeting on Tuesday that China had conveyed …": what had happened before the report is known only to
    // have happened by then, so the report's day is too precise for it.
    const inherited: ResolvedDate = {date: draft.parent.row.date, precision: draft.parent.row.date_precision};
    const date = isPastPerfect(draft.hit) ? coarsenDate(inherited, "month") : inherited;
    return setDate(draft, date, draft.parent.row.date_cue, draft.parent.dateFromText);
  }
  const whole = datesIn(draft.body, view, [0, view.tokens.length], undefined, draft.hit, codebook).filter(
    (d) => !insideOtherClause(draft, d.start)
  );
  if (whole.length) {
    const [first] = whole;
    const ofReport = draft.speaker.kind !== "media" && datesReport(view, first.start, codebook);
    return setDate(draft, ofReport ? coarsenDate(first.date, "month") : first.date, first.cue, true);
  }
  if (previousView && previousView.sentence.paragraph === view.sentence.paragraph) {
    const before = datesIn(draft.body, previousView, [0, previousView.tokens.length], undefined);
    if (before.length) return setDate(draft, before[before.length - 1].date, before[before.length - 1].cue, true);
  }
  // "…, the communique said": a document said before to be issued on a day (by the head noun it was named with) speaks
  // on that day.
  const issued = memory.documents.size
    ? [draft.relay, draft.parent?.speaker, draft.speaker]
        .map((s) => s && memory.documents.get(headNoun(s)))
        .find(Boolean)
    : undefined;
  if (issued) return setDate(draft, issued.date, issued.cue, true);
  // The same speaker, or the same body speaking again, speaks at the date last given for it.
  const sameSpeaker =
    (draft.speaker.named ? memory.datedBySpeaker.get(draft.speaker.text) : undefined) ??
    (draft.speaker.kind !== "person" ? memory.datedByBody.get(draft.row.actor) : undefined);
  if (sameSpeaker)
    return setDate(
      draft,
      {date: sameSpeaker.row.date, precision: sameSpeaker.row.date_precision},
      sameSpeaker.row.date_cue,
      true
    );
  // A news lead dates the act the rest of the story details ("China, on Monday, said ..."): a later statement of the
  // same actor without a date of its own shares it.
  const lead = memory.lead.find((d) => d.dateFromText && d.row.actor === draft.row.actor && d.row.date);
  if (lead && lead !== draft)
    return setDate(draft, {date: lead.row.date, precision: lead.row.date_precision}, lead.row.date_cue, true);
  const habitual = habitualDate(view, clause, published);
  if (habitual) return setDate(draft, habitual.date, habitual.cue, true);
  // A story about a meeting tells what was said at it: a statement the text does not date took place on the day of
  // the meeting it last told, if that was within ten days of publication.
  const meeting = recentMeeting(memory.events, published);
  if (meeting && !isPastPerfect(draft.hit))
    return setDate(draft, {date: meeting.date, precision: meeting.date_precision}, meeting.date_cue, false);
  setDate(
    draft,
    {date: `${published.year}-${String(published.month).padStart(2, "0")}`, precision: "month"},
    "",
    false
  );
}

/**
 * The last meeting told with its day, within the ten days before publication, among the last 40 events told (a
 * bounded search keeps a long article linear).
 */
function recentMeeting(events: readonly EventAnchor[], published: PublicationDate): EventAnchor | undefined {
  for (let k = events.length - 1; k >= Math.max(0, events.length - 40); --k) {
    const event = events[k];
    if (event.kind !== "meeting" || event.date_precision !== "day" || !event.date_cue) continue;
    const days = daysBeforePublication(event.date, published);
    if (days !== undefined && days >= 0 && days <= 10) return event;
  }
  return undefined;
}

/** Whether the date expression at projected index `at` follows a news outlet's verb: "reported on Tuesday". */
function datesReport(view: SentenceView, at: number, codebook: Codebook): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); --k) {
    if (codebook.verbs.get(view.tokens[k].lower)?.kind === "media") return true;
    if (view.tokens[k].lower !== "on" && view.tokens[k].lower !== "late" && view.tokens[k].lower !== "earlier")
      return false;
  }
  return false;
}

/** What a date relative to an event needs of it: its words and its date. */
export interface EventAnchor {
  kind?: string;
  kind_cue: string;
  date: string;
  date_precision: DatePrecision;
  /** The event's words and the words that dated it: an event dated by its own words anchors best. */
  span: string;
  date_cue: string;
}

// "hours after", "shortly after": the same day; "the day after", "two days after": that many days later.
const sameDayWords = new Set(["hours", "minutes", "moments", "shortly"]);
const dayCounts: Record<string, number> = {a: 1, the: 1, one: 1, next: 1, two: 2, three: 3};

/**
 * "Hours after the blast", "the day after the bombing", "two days after the attack": the date of the last event told
 * with that word, moved by the days said. Only an event dated to the day anchors one.
 */
function eventRelativeDate(
  body: string,
  view: SentenceView,
  [from, to]: [number, number],
  events: readonly EventAnchor[],
  published: PublicationDate
): {date: ResolvedDate; cue: string} | undefined {
  const {tokens} = view;
  for (let k = from + 1; k + 2 < to; ++k) {
    const word = tokens[k].lower;
    if ((word !== "after" && word !== "following") || view.quoted[k]) continue;
    const unit = tokens[k - 1].lower;
    const days = sameDayWords.has(unit)
      ? 0
      : unit === "day" || unit === "days"
        ? (dayCounts[tokens[k - 2]?.lower ?? ""] ?? -1)
        : -1;
    if (days < 0) continue;
    const nounAt = determiners.has(tokens[k + 1].lower) ? k + 2 : k + 1;
    const noun = tokens[nounAt].lower;
    const named = events.filter(
      (event) => event.date_precision === "day" && event.kind_cue.toLowerCase().split(/\s+/).includes(noun)
    );
    // "killed him in a raid on 2 May … the day after the raid": the first telling that carries its own date (a story
    // tells its event with its date, then refers back to it), before any later mention dated by its sentence.
    const ownDated = named.filter((event) => event.date_cue && event.span.includes(event.date_cue));
    for (const event of [...ownDated, ...named.reverse()]) {
      // The event's day anchors the offset as a date just mentioned anchors "a day later".
      const anchor: ResolvedDate = {date: event.date, precision: "day"};
      const moved = resolveDate(
        {type: "chained", unit: "day", offset: days, start: k, end: nounAt + 1},
        {published, anchor}
      );
      const start = days ? k - 2 : k - 1;
      if (moved) return {date: moved, cue: textOf(body, view, start, nounAt + 1)};
    }
  }
  return undefined;
}

/** "will push": a verb in the future. */
function isFuture(hit: Hit): boolean {
  return hit.auxiliaries.includes("will") || hit.auxiliaries.includes("shall");
}

/** "had conveyed", "had earlier told": a verb in the past perfect. */
function isPastPerfect(hit: Hit | undefined): boolean {
  return hit?.auxiliaries.includes("had") ?? false;
}

function codebookKind(draft: Draft): string {
  return draft.speaker.kind === "body" || (draft.speaker.kind === "document" && draft.speaker.actors.length)
    ? "body"
    : draft.speaker.kind;
}

function insideOtherClause(draft: Draft, at: number): boolean {
  return at >= draft.clause[1] || (draft.hit !== undefined && at < draft.clause[0] && draft.clause[0] > 0);
}

function setDate(draft: Draft, date: ResolvedDate, cue: string, fromText: boolean): void {
  draft.row.date = date.date;
  draft.row.date_precision = date.precision;
  draft.row.date_cue = cue;
  draft.dateFromText = fromText;
}

/** "China had twice ... imposed": a clause that counts its acts gets a row per date. */
function multipleActs(view: SentenceView, [from, to]: [number, number]): boolean {
  for (let k = from; k < to; ++k)
    if (["twice", "thrice", "both", "again", "times"].includes(view.tokens[k].lower)) return true;
  for (let k = from; k < to; ++k)
    if (view.tokens[k].lower === "and" && view.dateAt[k - 1] !== -1 && view.dateAt[k + 1] !== -1) return true;
  return false;
}

/** A vague expression that runs up to publication ("for some time", "frequently") dates an act to that year. */
function habitualDate(view: SentenceView, [from, to]: [number, number], published: PublicationDate) {
  for (const expression of view.dates) {
    if (expression.start < from || expression.end > to || expression.type !== "vague") continue;
    const cue = view.tokens
      .slice(expression.start, expression.end)
      .map((t) => t.text)
      .join(" ");
    if (expression.runsToPublication) return {date: {date: String(published.year), precision: "year" as const}, cue};
    return {date: {date: "", precision: "" as const}, cue};
  }
  for (let k = from; k < to; ++k) {
    if (
      ["frequently", "repeatedly", "consistently", "often", "long"].includes(view.tokens[k].lower) &&
      ["have", "has"].includes(view.tokens[k - 1]?.lower ?? "")
    ) {
      return {
        date: {date: String(published.year), precision: "year" as const},
        cue: `${view.tokens[k - 1].text} ${view.tokens[k].text}`
      };
    }
  }
  return undefined;
}

/** The resolved dates in a projected range, outside quotations, nearest to the verb first when there is one. */
function datesIn(
  body: string,
  view: SentenceView,
  [from, to]: [number, number],
  hit: Hit | undefined,
  owner: Hit | undefined = hit,
  codebook?: Codebook
) {
  const found: {date: ResolvedDate; cue: string; start: number}[] = [];
  // "X, now Pakistan's ambassador, told ...": "now" there dates the title, not the statement.
  const inAppositive = (at: number) => owner?.appositives.some(([a, b]) => at >= a && at < b) ?? false;
  const relative = speakerRelativeClause(view, owner);
  for (const [d, expression] of view.dates.entries()) {
    if (expression.start < from || expression.end > to || view.quoted[expression.start]) continue;
    // "isolation after the Uri attack on September 18": the date of an attack told, not of the telling.
    if (codebook && datesAttack(view, codebook, expression, {throughPlace: true})) continue;
    if (expression.type === "recent" && inAppositive(expression.start)) continue;
    // "would open the office by the end of the month", "will visit next week": a time to come dates what was
    // promised, not the saying of it.
    if (pointsAhead(view.tokens, expression)) continue;
    // "Wei, who took up the post in March, said": the relative clause dates the speaker's past, not the statement.
    if (relative && expression.start >= relative[0] && expression.end <= relative[1]) continue;
    // "… in the offensive, which began on June 15": a relative clause in what was said dates its noun.
    if (owner && expression.start > owner.end && inRelativeClause(view, owner.end, expression.start)) continue;
    const date = view.resolved[d];
    if (!date || !date.precision) continue;
    const cue = body.slice(view.tokens[expression.start].start, view.tokens[expression.end - 1].end);
    found.push({date, cue, start: expression.start});
  }
  if (hit) found.sort((a, b) => Math.abs(a.start - hit.start) - Math.abs(b.start - hit.start) || a.start - b.start);
  const anyDays = found.some((d) => d.date.precision === "day" || d.date.precision === "month");
  return anyDays ? found.filter((d) => d.date.precision !== "year" || !/^(?:recent|recently)$/i.test(d.cue)) : found;
}

/**
 * Whether projected index `at` stands in a ", which …" or ", who …" clause that opens after `from`, the end of a
 * statement's verb; not one right after it, which tells of the act itself ("Japan's bid, which was tabled in
 * May").
 */
function inRelativeClause(view: SentenceView, from: number, at: number): boolean {
  for (let k = at - 1; k > from; --k) {
    const word = view.tokens[k].lower;
    if (relativeWords.has(word)) return view.tokens[k - 1].lower === "," && k - 1 > from;
    if (word === "," || word === ";" || view.quoted[k]) return false;
  }
  return false;
}

/** The projected range of ", who …," between a speaker and the verb, if the speaker has one. */
function speakerRelativeClause(view: SentenceView, hit: Hit | undefined): [number, number] | undefined {
  if (!hit?.subject || hit.side !== "left") return undefined;
  let k = hit.subject[1];
  while (k < hit.start && view.tokens[k].lower !== ",") ++k;
  const word = view.tokens[k + 1]?.lower;
  if (k >= hit.start || (word !== "who" && word !== "which")) return undefined;
  let close = hit.start - 1;
  while (close > k + 1 && view.tokens[close].lower !== ",") --close;
  return close > k + 1 ? [k + 1, close] : undefined;
}

/**
 * A nameless lead-in followed at once by the same actor's named speaker is one act told twice ("a senior official
 * conveyed a blunt message. Then Foreign Secretary X told participants ..."): keep the named one, with the lead-in's
 * date and channel where it has none of its own.
 */
function mergeLeadIns(drafts: Draft[]): void {
  const perSentence = new Map<Sentence, number>();
  for (const draft of drafts) perSentence.set(draft.sentence, (perSentence.get(draft.sentence) ?? 0) + 1);
  const merged = new Set<Draft>();
  for (let k = 0; k + 1 < drafts.length; ++k) {
    const lead = drafts[k];
    const named = drafts[k + 1];
    if (
      lead.speaker.named ||
      !named.speaker.named ||
      named.speaker.via !== "name" ||
      lead.row.kind === "quote" ||
      lead.row.kind === "continued"
    )
      continue;
    if (lead.parent || named.parent || named.row.kind === "continued") continue;
    if (named.sentence.index !== lead.sentence.index + 1 || !sameActors(lead.speaker, named.speaker)) continue;
    // Each dated by its own words, and at different times, they are two acts ("In 2011, authorities blamed …" ¶ "The
    // following month, X said …").
    if (lead.dateFromText && named.dateFromText && lead.row.date !== named.row.date) continue;
    if (perSentence.get(lead.sentence) !== 1) continue;
    if (!named.dateFromText && lead.dateFromText) {
      setDate(named, {date: lead.row.date, precision: lead.row.date_precision}, lead.row.date_cue, true);
      for (let c = k + 2; c < drafts.length && drafts[c].sentence === named.sentence; ++c) {
        if (drafts[c].parent === named)
          setDate(drafts[c], {date: lead.row.date, precision: lead.row.date_precision}, lead.row.date_cue, true);
      }
    }
    named.leadIn = lead;
    merged.add(lead);
  }
  if (merged.size) {
    const kept = drafts.filter((d) => !merged.has(d));
    drafts.length = 0;
    drafts.push(...kept);
  }
}

/**
 * "Last month, X told Y ... X spoke with Y on August 23": a month-precise date is made exact by the next sentence when
 * that sentence names the same speaker and a day within the month.
 */
function refineDatesFromNextSentence(
  drafts: Draft[],
  sentences: Sentence[],
  published: PublicationDate,
  codebook: Codebook,
  context: DocumentContext
): void {
  for (const draft of drafts) {
    if (draft.row.date_precision !== "month" || !draft.dateFromText || !draft.speaker.named) continue;
    const next = sentences[draft.sentence.index + 1];
    if (!next || next.paragraph - draft.sentence.paragraph > 1) continue;
    const view = viewSentence(next, codebook, context.people);
    const names = draft.speaker.text.toLowerCase().split(/\s+/);
    if (!view.tokens.some((token) => names.includes(token.lower))) continue;
    for (const expression of view.dates) {
      const date = resolveDate(expression, {published});
      if (date?.precision === "day" && date.date.startsWith(draft.row.date)) {
        setDate(
          draft,
          date,
          `${draft.row.date_cue}; ${draft.body.slice(view.tokens[expression.start].start, view.tokens[expression.end - 1].end)}`,
          true
        );
        break;
      }
    }
  }
}

function cueText(body: string, view: SentenceView, match: PatternMatch<unknown>): string {
  return body.slice(view.tokens[match.start].start, view.tokens[match.end - 1].end);
}

/** Channel: the cue nearest to the verb in the clause, then the relaying clause; else the actor's last channel. */
function codeChannel(
  draft: Draft,
  drafts: Draft[],
  index: number,
  codebook: Codebook,
  leaked: Speaker | undefined
): void {
  const relayed = draft.hit?.inRelayedQuote ?? false;
  const usable = (view: SentenceView, match: PatternMatch<string>) =>
    relayed || !view.quoted[match.start] || view.opensQuote[match.start];
  // A record a party released of the exchange ("according to a readout", "a statement from his office") is public.
  const record = codebook.channel.record.first(draft.view, 0, draft.view.tokens.length, (m) => usable(draft.view, m));
  if (record) return setChannel(draft, "public", cueText(draft.body, draft.view, record));
  // "a leaked US diplomatic cable", later "the cable says …": what a leaked document tells was private.
  if (leaked) return setChannel(draft, "private", leaked.text);
  // What the text says of its source comes first: a statement known through anonymous sources or a leak is private.
  if (anonymousSource(draft.relay)) return setChannel(draft, "private", draft.relay!.anonymityCue || draft.relay!.text);
  // The coding guide: a statement known only through anonymous officials is private.
  if (draft.speaker.anonymityCue) return setChannel(draft, "private", draft.speaker.anonymityCue);
  if (draft.context) {
    const [from, to] = draft.context;
    const match = codebook.channel.private.first(draft.view, from, to, (m) => usable(draft.view, m));
    if (match) return setChannel(draft, "private", cueText(draft.body, draft.view, match));
  }
  for (const [view, [from, to]] of channelRanges(draft)) {
    const verb = draft.hit?.start ?? from;
    const answerFrom = questionPutBefore(view);
    const candidates: {channel: Channel; match: PatternMatch<string>}[] = [
      ...codebook.channel.private.findAll(view, from, to).map((match) => ({channel: "private" as const, match})),
      ...codebook.channel.public.findAll(view, from, to).map((match) => ({channel: "public" as const, match}))
    ].filter(({match}) => usable(view, match) && match.start >= answerFrom && !isTopicOfSpeech(view, match, codebook));
    if (!candidates.length) continue;
    candidates.sort((a, b) => distance(a.match, verb) - distance(b.match, verb) || (a.channel === "private" ? -1 : 1));
    return setChannel(draft, candidates[0].channel, cueText(draft.body, view, candidates[0].match));
  }
  // "asked Pakistan's interior secretary why …", "pressed Pakistani leaders to …": a message to another government's
  // people is meant for them (coding guide: messages conveyed to another government are private).
  const addressee = draft.hit && addressedOfficials(draft.view, draft.hit, draft.row.actor, codebook);
  if (addressee) return setChannel(draft, "private", textOf(draft.body, draft.view, addressee[0], addressee[1]));
  if (draft.hit && spokenToPeopleInPassive(draft.view, draft.hit))
    return setChannel(draft, "private", textOf(draft.body, draft.view, draft.hit.start, draft.hit.end + 1));
  if (draft.parent && draft.parent.channelFromText) {
    draft.row.channel = draft.parent.row.channel;
    draft.row.channel_cue = draft.parent.row.channel_cue;
    return;
  }
  for (let k = index - 1; k >= 0; --k) {
    const earlier = drafts[k];
    if (earlier.sentence.paragraph !== draft.sentence.paragraph) break;
    if (earlier.row.actor === draft.row.actor && earlier.channelFromText) {
      draft.row.channel = earlier.row.channel;
      draft.row.channel_cue = earlier.row.channel_cue;
      return;
    }
  }
  // "X told a closed meeting …", then "Beijing, he told the participants, had asked …": a pronoun goes on with the
  // occasion its antecedent last spoke on, into the next paragraph, and so does what it relays.
  const teller = [draft.speaker, draft.parent?.speaker, draft.relay].find((speaker) => speaker?.via === "pronoun");
  for (let k = index - 1; teller && k >= 0; --k) {
    const earlier = drafts[k];
    if (earlier.sentence.paragraph < draft.sentence.paragraph - 1) break;
    if (earlier === draft.parent) continue;
    if (earlier.speaker.text !== teller.text || earlier.row.actor !== teller.actors[0] || earlier.parent) continue;
    if (earlier.channelFromText) {
      draft.row.channel = earlier.row.channel;
      draft.row.channel_cue = earlier.row.channel_cue;
      return;
    }
    break;
  }
  draft.row.channel = codebook.channel.default;
}

function setChannel(draft: Draft, channel: Channel, cue: string): void {
  draft.row.channel = channel;
  draft.row.channel_cue = cue;
  draft.channelFromText = true;
}

function distance(match: PatternMatch<unknown>, at: number): number {
  return match.end <= at ? at - match.end : match.start >= at ? match.start - at : 0;
}

function channelRanges(draft: Draft): [SentenceView, [number, number]][] {
  const ranges: [SentenceView, [number, number]][] = [[draft.view, draft.clause]];
  if (draft.context) ranges.push([draft.view, draft.context]);
  if (draft.parent) ranges.push([draft.parent.view, draft.parent.clause]);
  if (draft.leadIn) ranges.push([draft.leadIn.view, draft.leadIn.clause]);
  if (draft.leadIn?.context) ranges.push([draft.leadIn.view, draft.leadIn.context]);
  if (draft.continuation) ranges.push([draft.continuation, [0, draft.continuation.tokens.length]]);
  return ranges;
}

/** A source the text does not name: "a Western diplomat", not "a joint communique", which is on the record. */
function anonymousSource(speaker: Speaker | undefined): boolean {
  return !!speaker?.anonymous && (speaker.kind !== "document" || !!speaker.anonymityCue);
}

/** Disclosure: leak, anonymous, readout, report, in that order, from the clause, its relay and its lead-in. */
/** The document a statement is known through, when the article has called a document of its kind leaked. */
function leakedSource(draft: Draft, context: DocumentContext): Speaker | undefined {
  for (const source of [draft.relay, draft.speaker]) {
    if (source?.kind === "document" && context.leakedDocuments.has(headNoun(source))) return source;
  }
  return undefined;
}

/** The last word of how a speaker is named, lowercased: the key documents are remembered by ("cable", "communique"). */
function headNoun(speaker: Speaker): string {
  return speaker.text.toLowerCase().split(/\s+/).at(-1) ?? "";
}

/**
 * Codes how the statement became known; returns whether the text says in so many words that its source is unnamed
 * ("on condition of anonymity", "people familiar with"), not only that it describes them ("a senior official").
 */
function codeDisclosure(draft: Draft, codebook: Codebook, leaked: Speaker | undefined): boolean {
  if (leaked) {
    draft.row.disclosure = "leak";
    draft.row.disclosure_cue = leaked.text;
    return false;
  }
  const ranges = [
    ...channelRanges(draft),
    [draft.view, [0, draft.view.tokens.length]] as [SentenceView, [number, number]]
  ];
  for (const [label, patterns] of codebook.disclosure.order) {
    for (const [view, [from, to]] of ranges) {
      const match = patterns.first(view, from, to, (m) => draft.hit?.inRelayedQuote || !view.quoted[m.start]);
      if (match) {
        draft.row.disclosure = label;
        draft.row.disclosure_cue = cueText(draft.body, view, match);
        return label === "anonymous";
      }
    }
  }
  // Known through someone the text does not name ("a Western diplomat said China had resisted …"): anonymous.
  const source = anonymousSource(draft.speaker)
    ? draft.speaker
    : anonymousSource(draft.relay)
      ? draft.relay
      : undefined;
  if (source) {
    draft.row.disclosure = "anonymous";
    draft.row.disclosure_cue = source.anonymityCue || source.text;
    return !!source.anonymityCue;
  }
  draft.row.disclosure = draft.parent?.row.disclosure ?? codebook.disclosure.default;
  return false;
}

/**
 * Target: the story's focus target when the clause names it (or a group based there); else its focus actor when a
 * third party criticises that actor ("China's move is regrettable"); else the focus target, about which a
 * remark on anything else says nothing (stance 0).
 */
function codeTarget(draft: Draft, codebook: Codebook): void {
  const {view, clause} = draft;
  const named = new Set<string>();
  for (let k = clause[0]; k < clause[1]; ++k) {
    const mention = view.mentions[k];
    if (!mention || mention.start !== k) continue;
    const code =
      mention.entity.kind === "group"
        ? mention.entity.base
        : mention.entity.kind === "state"
          ? mention.entity.code
          : null;
    if (code && !draft.speaker.actors.includes(code)) named.add(code);
  }
  const {actor, target} = codebook.focus;
  const speakerIsFocus = draft.speaker.actors.some((a) => a === actor || codebook.bodyMembers.get(a)?.includes(actor));
  // The target speaking of the focus actor ("Pakistan and China enjoy complete understanding") still speaks of itself.
  const speakerIsTarget = draft.speaker.actors.includes(target);
  // "Pakistan accused India of …" is about India, unless the clause first says something else about the target
  // ("rejected the charges as baseless and accused India of …"). The story's actor charging a third state over the
  // target ("China accused Britain of politicising the matter") still speaks of the target.
  const accused = speakerIsFocus
    ? []
    : [...named]
        .filter((code) => code !== target)
        .map((code) => ({code, at: accusationAt(draft, code, codebook)}))
        .filter(({at}) => at !== -1);
  const firstCue = () => codebook.stance.first(view, clause[0], clause[1], (m) => m.data !== 0, {target});
  const own = draft.speaker.actors.length === 1 ? draft.speaker.actors[0] : "";
  if (accused.length === 1 && accused[0].at <= (firstCue()?.start ?? Infinity)) draft.row.target = accused[0].code;
  // "…, a charge Tehran rejects": a state that denies a charge and names no one else defends itself.
  else if (draft.hit && codebook.denials.verbs.has(draft.hit.verb.lemma) && own && !named.size && !speakerIsFocus)
    draft.row.target = own;
  else
    draft.row.target = !named.has(target) && named.has(actor) && !speakerIsFocus && !speakerIsTarget ? actor : target;
}

const clauseBreaks = new Set([",", ";", ":"]);
const clauseJoints = new Set([...clauseBreaks, "and", "but"]);

function hasClauseJoint(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; ++k) if (clauseJoints.has(view.tokens[k].lower)) return true;
  return false;
}

/**
 * The index of the verb of denial ("denied", "rejects") that governs the words at `to`: the last one in `[from, to)`
 * within eight words, in the same clause; or -1.
 */
function denialBefore(view: SentenceView, from: number, to: number, codebook: Codebook): number {
  for (let k = to - 1; k >= Math.max(from, to - 8); --k) {
    if (clauseJoints.has(view.tokens[k].lower)) return -1;
    const verb = codebook.verbs.get(view.tokens[k].lower);
    if (verb && codebook.denials.verbs.has(verb.lemma)) return k;
  }
  return -1;
}

/**
 * "…, a charge the ministry denies": where the charge that a denial with nothing after it hangs on begins (with its
 * article), or Infinity.
 */
function deniedChargeBefore(view: SentenceView, hit: Hit, codebook: Codebook): number {
  if (!codebook.denials.verbs.has(hit.verb.lemma) || !hit.subject || hit.contentEnd > hit.end) return Infinity;
  const noun = hit.subject[0] - 1;
  if (!codebook.denials.objects.has(view.tokens[noun]?.lower ?? "")) return Infinity;
  const article = view.tokens[noun - 1]?.lower;
  return article === "a" || article === "an" || article === "the" ? noun - 1 : noun;
}

/**
 * Where the clause lays a charge on `code` by name ("accused India of …", "blamed Kabul for …"): the start of the
 * first pressing cue of the codebook that needs the target there, or -1.
 */
function accusationAt(draft: Draft, code: string, codebook: Codebook): number {
  const [from, to] = draft.clause;
  return codebook.charges.first(draft.view, from, to, undefined, {target: code})?.start ?? -1;
}

/**
 * Stance: the strongest cue in the clause (the longest when tied), its sign flipped by a negation just before it,
 * and 0 unless the sentence or the one before is about militancy (the coding guide keeps other subjects at 0).
 */
function codeStance(draft: Draft, aloneInSentence: boolean, codebook: Codebook): void {
  const context = {target: draft.row.target};
  const ranges: [SentenceView, [number, number]][] = [[draft.view, draft.clause]];
  if (draft.continuation) ranges.push([draft.continuation, [0, draft.continuation.tokens.length]]);
  if (aloneInSentence && !draft.parent) ranges.push([draft.view, [0, draft.view.tokens.length]]);
  for (const [view, [from, to]] of ranges) {
    // What follows "whether" is a question put to the speaker, not something the speaker said, unless the speaker
    // is the one who doubts ("questioned whether").
    // A question put before the speaker is named ("Asked whether Tehran was protecting its partner, the envoy said …",
    // "Asked about the raids, …") ends with its clause; what the speaker then says counts.
    let asked = to;
    const verbAt = view === draft.view && draft.hit ? Math.min(draft.hit.start, draft.hit.subject?.[0] ?? to) : from;
    const opening = questionPutBefore(view);
    let question: [number, number] | undefined = opening > from && opening <= verbAt ? [from, opening] : undefined;
    for (let k = from; k < to; ++k) {
      if (view.tokens[k].lower !== "whether" || doubtingVerbs.has(view.tokens[k - 1]?.lower ?? "")) continue;
      let end = k + 1;
      while (end < verbAt && !clauseBreaks.has(view.tokens[end].lower)) ++end;
      if (end < verbAt) question ??= [k, end];
      else {
        asked = k;
        break;
      }
    }
    // "China's repeated holds shield …", said by another state: the cue tells China's act, not the speaker's stance.
    const matches = codebook.stance
      .findAll(view, from, asked, context)
      .filter((m) => !question || m.start < question[0] || m.start >= question[1])
      .filter(
        (m) =>
          m.data < 0 ||
          (!ownedByOther(view, m.start, [draft.row.actor, draft.row.target]) &&
            !doneByOther(view, m, from, draft.row, codebook))
      );
    if (!matches.length) continue;
    // A cue inside a longer one gives way to it: "lifted its technical hold" is not "technical hold".
    const contained = (m: PatternMatch<number>) =>
      matches.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start);
    const rank = (m: PatternMatch<number>) => (contained(m) ? 2 : 0) + (quotesSomeoneElse(view, m.start) ? 1 : 0);
    matches.sort(
      (a, b) =>
        rank(a) - rank(b) ||
        Math.abs(b.data) - Math.abs(a.data) ||
        b.end - b.start - (a.end - a.start) ||
        a.start - b.start
    );
    const best = matches[0];
    // "would not be willing to extend its hold": a negation a few words before the cue turns it, unless a clause
    // break stands between them, or the cue already means its negation ("not …", "single out any country").
    const negation = /\b(?:not|any)\b/.test(best.pattern.source)
      ? undefined
      : codebook.negations.first(
          view,
          Math.max(from, best.start - 5),
          best.start,
          (m) => !hasClauseJoint(view, m.end, best.start)
        );
    // The subject of the cue's own clause: "summoned the envoy …" is not about the trade withdrawn in the next one.
    // ("Jammu and Kashmir" is one name, not two clauses.)
    let ownEnd = best.end;
    while (
      ownEnd < to &&
      !clauseBreaks.has(view.tokens[ownEnd].lower) &&
      !(clauseJoints.has(view.tokens[ownEnd].lower) && !view.tokens[ownEnd + 1]?.capitalized)
    )
      ++ownEnd;
    if (aboutSomethingElse(view, [from, ownEnd], codebook)) return;
    // "denied that it harbours militants": a charge the speaker denies is a defence.
    const denial = !negation && best.data < 0 ? denialBefore(view, from, best.start, codebook) : -1;
    // "did not oppose the listing" leans the other way without going as far as the cue: a negated cue counts ±1.
    draft.row.stance = negation || denial !== -1 ? -Math.sign(best.data) : best.data;
    // "urged Iran and Iraq to show calm": pressing both parties at once takes neither's side.
    if (draft.row.stance < 0 && !negation && pressesBothSides(view, best, draft.row.target, codebook))
      draft.row.stance = 0;
    // The cue keeps the negation with the words it turns: "not oppose the listing".
    const turnedAt = negation ? negation.start : denial !== -1 ? denial : best.start;
    draft.row.stance_cue = cueText(draft.body, view, {...best, start: turnedAt});
    if (speaksOfItself(draft) && draft.row.stance < 0) {
      // "the attackers will be brought to justice", "no objection to the listing", said by the target: a pledge.
      // The pledge holds the cue ("raised no objection this time") or acts on it ("cleared the area of sanctuaries").
      const pledge = codebook.pledges.first(
        view,
        from,
        asked,
        (m) => m.start < best.end && (m.end > turnedAt || !hasClauseJoint(view, m.end, turnedAt))
      );
      if (pledge) Object.assign(draft.row, {stance: 1, stance_cue: cueText(draft.body, view, pledge)});
    }
    return;
  }
  if (speaksOfItself(draft) && !draft.tellsOthers) {
    // The coding guide: the target that speaks of itself, pressing nobody, defends its record; telling what another
    // state said is no defence of it.
    const [view, [from, to]] = ranges[0];
    if (aboutSomethingElse(view, [from, to], codebook)) return;
    const pledge = codebook.pledges.first(view, from, to);
    draft.row.stance = 1;
    draft.row.stance_cue = pledge ? cueText(draft.body, view, pledge) : draft.row.actor_cue;
  }
}

/**
 * Whether a channel cue names what is talked about rather than how: it follows one of the codebook's
 * `channel.topics` ("denied the rival version of the closed meeting"), an article or a possessive at most between them.
 */
function isTopicOfSpeech(view: SentenceView, cue: PatternMatch<string>, codebook: Codebook): boolean {
  let k = cue.start;
  if (determiners.has(view.tokens[k - 1]?.lower ?? "")) --k;
  return !!codebook.channel.topics.first(view, Math.max(0, k - 3), k, (m) => m.end === k);
}

/**
 * Where the question a sentence opens on ends ("Asked about the private messages, the ministry said …"): the index
 * after its comma, or 0. What the question names is not the channel of the answer.
 */
function questionPutBefore(view: SentenceView): number {
  if (view.tokens[0]?.lower !== "asked") return 0;
  for (let k = 1; k < view.tokens.length; ++k) if (view.tokens[k].lower === ",") return k + 1;
  return 0;
}

/**
 * Whether a pressing cue addresses both parties of a dispute: words for both (codebook `even_handed`: "both sides")
 * or the target named with another state ("India and Pakistan").
 */
function pressesBothSides(view: SentenceView, cue: PatternMatch<number>, target: string, codebook: Codebook): boolean {
  if (codebook.evenHanded.test(view, cue.start, cue.end)) return true;
  for (let k = cue.start; k < cue.end; ++k) {
    const first = view.mentions[k];
    if (first?.start !== k || first.entity.kind !== "state") continue;
    const second = view.tokens[first.end]?.lower === "and" ? view.mentions[first.end + 1] : undefined;
    if (second?.entity.kind !== "state" || second.end > cue.end || second.entity.code === first.entity.code) continue;
    if (first.entity.code === target || second.entity.code === target) return true;
  }
  return false;
}

/** Whether the words at `at` follow the possessive of an actor other than `actors` ("China's repeated holds"). */
function ownedByOther(view: SentenceView, at: number, actors: string[]): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); --k) {
    const token = view.tokens[k];
    if (token.kind === "possessive") {
      const owner = mentionEndingAt(view, k);
      return !!owner && owner.entity.code !== null && !actors.includes(owner.entity.code);
    }
    if (token.kind !== "word") return false;
  }
  return false;
}

/**
 * Whether the act a cue names is done by a state other than the statement's actor (or its target, unless the cue is
 * one of the codebook's acts, which the target can do too): the subject just before the cue's verb chain
 * (over auxiliaries, adverbs and catenatives: "had again", "continues to") names one ("was disappointed that China
 * had blocked the listing") or a party the text does not name (codebook `other_parties`: "one member has again
 * stood in the way"). A speaker who tells of another's shielding act does not shield.
 */
function doneByOther(
  view: SentenceView,
  cue: PatternMatch<number>,
  from: number,
  {actor, target}: Statement,
  codebook: Codebook
): boolean {
  const actors = codebook.stanceActs.has(cue.pattern.source) ? [actor] : [actor, target];
  let k = cue.start;
  while (k > from && view.tokens[k - 1].kind === "word" && isVerbChainWord(view.tokens[k - 1].lower)) --k;
  // "China and Turkey had stood by …": one of the doers may be the actor.
  const doers: string[] = [];
  for (let m = mentionEndingAt(view, k); m; m = mentionEndingAt(view, m.start - 1)) {
    if (m.entity.code) doers.push(m.entity.code);
    const joint = view.tokens[m.start - 1]?.lower;
    if (joint !== "and" && joint !== ",") break;
  }
  if (doers.length)
    return (
      doers.every((code) => !actors.includes(code)) && doers.some((code) => codebook.actorKinds.get(code) === "state")
    );
  return !!codebook.otherParties.first(view, Math.max(from, k - 4), k, (m) => m.end === k);
}

const doubtingVerbs = new Set(["questioned", "questions", "question", "questioning", "doubted", "doubts", "wondered"]);

/** The statement's actor is its target: Pakistan's officials speaking of Pakistan. */
function speaksOfItself(draft: Draft): boolean {
  // "Both sides condemned …" speaks for the target and another state together: no defence of its own record.
  return draft.row.target !== "" && draft.row.actor === draft.row.target && draft.speaker.actors.length <= 1;
}

/** A quotation after a preposition ("objected to the portion on “...”") quotes a text the speaker is answering. */
function quotesSomeoneElse(view: SentenceView, at: number): boolean {
  if (!view.quoted[at]) return false;
  let open = at;
  while (open > 0 && !view.opensQuote[open]) --open;
  const before = view.tokens[open - 1]?.lower ?? "";
  return ["on", "to", "of", "about", "as", "against", "for", "from", "over", "with"].includes(before);
}

/** The coding guide codes remarks about other subjects (trade, Kashmir, the corridor) at 0. */
function aboutSomethingElse(view: SentenceView, [from, to]: [number, number], codebook: Codebook): boolean {
  if (!codebook.otherTopics.test(view, from, to)) return false;
  if (codebook.militancy.test(view, from, to)) return false;
  for (let k = from; k < to; ++k) if (view.mentions[k]?.entity.kind === "group") return false;
  return true;
}

function confidenceOf(draft: Draft): number {
  let confidence =
    draft.row.kind === "continued"
      ? 0.55
      : draft.speaker.via === "name"
        ? 0.9
        : draft.speaker.via === "pronoun" || draft.speaker.via === "description"
          ? 0.75
          : 0.6;
  if (draft.row.kind === "act") confidence -= 0.05;
  if (draft.parent) confidence -= 0.1;
  if (!draft.row.actor) confidence -= 0.3;
  if (!draft.channelFromText) confidence -= 0.1;
  if (!draft.dateFromText) confidence -= 0.05;
  return Math.round(Math.max(0.1, Math.min(1, confidence)) * 100) / 100;
}

function assignIds(docId: string, statements: Statement[]): Statement[] {
  // The id hashes the statement's words only (rows sharing them are numbered in order), so that a review survives a
  // change in how the extractor codes a statement's actor or date.
  const ids = stableIds(statements, {prefix: `${docId}-s`, key: (s) => [s.quote]});
  statements.forEach((statement, k) => Object.assign(statement, {doc_id: docId, statement_id: ids[k]}));
  return statements;
}
