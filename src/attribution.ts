import type {Codebook, VerbForm} from "./codebook.ts";
import {connectives} from "./connectives.ts";
import {abbreviations} from "./segment.ts";
import {mentionEndingAt, type SentenceView} from "./SentenceView.ts";
import {nameInAppositive} from "./speakers.ts";

// English function words. They are grammar, not coding decisions, so they live here rather than in the codebook.
/** Auxiliary verbs, which a verb chain walks over ("has been", "will"). */
export const auxiliaries = new Set([
  "has",
  "have",
  "had",
  "having",
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "being",
  "am",
  "do",
  "does",
  "did",
  "will",
  "shall",
  "can",
  "must"
]);
const beForms = new Set(["is", "are", "was", "were", "be", "been", "being", "am"]);
const hypotheticalModals = new Set(["would", "could", "might", "may", "should"]);
const negations = new Set(["not", "n't", "never"]);
const adverbs = new Set([
  "also",
  "only",
  "just",
  "however",
  "now",
  "then",
  "again",
  "still",
  "already",
  "even",
  "once",
  "twice",
  "thrice",
  "further",
  "only",
  "just",
  "later",
  "earlier",
  "today",
  "yesterday",
  "too",
  "since",
  "so",
  "first",
  "ever",
  "all",
  "both",
  "each",
  "reportedly",
  "repeatedly",
  "frequently",
  "categorically",
  "publicly",
  "privately",
  "allegedly",
  "recently",
  "consistently",
  "long",
  "often",
  "always",
  "jointly",
  "separately",
  "formally",
  "officially",
  "personally",
  "directly",
  "indeed",
  "meanwhile",
  "therefore",
  "thus",
  "hence",
  "moreover",
  "furthermore",
  "nevertheless",
  "nonetheless",
  "then"
]);
const notAdverbs = new Set([
  "family",
  "italy",
  "rally",
  "july",
  "supply",
  "ally",
  "belly",
  "reply",
  "apply",
  "fly",
  "only",
  "daily",
  "weekly",
  "monthly",
  "assembly",
  "anomaly",
  "sally",
  "billy"
]);
const catenatives = new Set([
  "try",
  "tries",
  "tried",
  "trying",
  "seek",
  "seeks",
  "sought",
  "seeking",
  "attempt",
  "attempts",
  "attempted",
  "continue",
  "continues",
  "continued",
  "begin",
  "begins",
  "began",
  "begun",
  "start",
  "starts",
  "started",
  "move",
  "moves",
  "moved",
  "want",
  "wants",
  "wanted",
  "decide",
  "decides",
  "decided",
  "keep",
  "keeps",
  "kept",
  "steps",
  "power",
  "went",
  "go",
  "goes",
  "going",
  "came",
  "come",
  "refuse",
  "refused",
  "refuses",
  "declined",
  "decline",
  "failed",
  "fail",
  "chose",
  "choose",
  "agreed",
  "promised",
  "threatened",
  "vowed",
  "pledged",
  "sought",
  "hastened",
  "rushed",
  // Hedges: "Beijing is understood to have told Islamabad", "China is said to have warned".
  "said",
  "understood",
  "believed",
  "reported",
  "thought",
  "known",
  "alleged",
  "learnt",
  "learned",
  "seen"
]);
// "was itself listed", "had themselves conveyed": a reflexive between auxiliary and verb.
const reflexives = new Set(["itself", "himself", "herself", "themselves"]);
const hypotheticalGovernors = new Set([
  "ready",
  "set",
  "expected",
  "likely",
  "poised",
  "plans",
  "planned",
  "plan",
  "hopes",
  "hoped",
  "hope",
  "able",
  "unable",
  "prepared",
  "due",
  "about",
  "supposed",
  "meant",
  "bound",
  "willing"
]);
// Verbs that put their subject after them: “...,” said X; ..., reported BBC Urdu.
const invertingVerbs = new Set([
  "say",
  "add",
  "ask",
  "report",
  "write",
  "note",
  "state",
  "declare",
  "insist",
  "explain",
  "warn",
  "continue",
  "remark",
  "comment",
  "reply",
  "respond",
  "argue",
  "claim",
  "tweet",
  "confirm",
  "stress",
  "emphasise",
  "emphasize",
  "conclude",
  "admit"
]);
/** Words that open a noun phrase ("the", "its", "these"). */
export const determiners = new Set([
  "the",
  "a",
  "an",
  "this",
  "these",
  "those",
  "its",
  "their",
  "his",
  "her",
  "our",
  "your",
  "my",
  "any",
  "some",
  "no",
  "every",
  "each",
  "another",
  "such"
]);
const prepositions = new Set([
  "in",
  "of",
  "from",
  "to",
  "with",
  "at",
  "by",
  "for",
  "on",
  "about",
  "against",
  "over",
  "into",
  "onto",
  "upon",
  "under",
  "between",
  "among",
  "amid",
  "through",
  "during",
  "after",
  "before",
  "despite",
  "towards",
  "toward",
  "without",
  "via",
  "like",
  "than",
  "as",
  "across",
  "behind",
  "beyond",
  "within",
  "around"
]);
const nounPhrasePrepositions = new Set(["of", "for", "within", "from", "at", "in", "on"]);
// Nouns that end like participles, so that "an October meeting X conveyed" is not read as "X, meeting ...".
const ingNouns = new Set([
  "meeting",
  "meetings",
  "briefing",
  "hearing",
  "building",
  "morning",
  "evening",
  "wedding",
  "funding",
  "training",
  "setting",
  "thing",
  "things",
  "ring",
  "spring",
  "string",
  "being",
  "king",
  "landing",
  "ruling",
  "opening",
  "gathering",
  "sitting",
  "standing",
  "understanding",
  "warning",
  "bombing",
  "shooting",
  "killing",
  "uprising",
  "offering",
  "listing",
  "sting",
  "ceiling"
]);
const subjectPronouns = new Set(["he", "she", "it", "they", "we", "i", "you", "who"]);
const relativePronouns = new Set(["which", "who", "that"]);
const subordinators = new Set([
  "after",
  "before",
  "as",
  "when",
  "while",
  "since",
  "because",
  "though",
  "although",
  "if",
  "once",
  "until",
  "whereas",
  "whether",
  "unless"
]);
const clauseOpeners = new Set([
  ...connectives,
  "earlier",
  "later",
  "even",
  "yet",
  "still",
  "furthermore",
  "importantly",
  "separately",
  "instead",
  "indeed",
  "finally",
  "first",
  "second"
]);
const nounPhraseModifiers = new Set([
  "top",
  "senior",
  "most",
  "more",
  "powerful",
  "civilian",
  "military",
  "political",
  "deputy",
  "chief",
  "former",
  "then",
  "current",
  "investigating",
  "external",
  "affairs",
  "state",
  "national",
  "security",
  "defence",
  "defense",
  "interior",
  "foreign",
  "joint",
  "unnamed",
  "anonymous",
  "several",
  "some",
  "many",
  "two",
  "three",
  "four",
  "other",
  "all",
  "both",
  "leading",
  "local",
  "regional",
  "federal",
  "provincial",
  "ruling",
  "opposition",
  "high",
  "level",
  "high-level",
  "permanent",
  "special",
  "assistant",
  "acting",
  "outgoing",
  "incoming",
  "new",
  "own",
  "country",
  "country's",
  "nation",
  "nation's",
  "government",
  "ministry",
  "office",
  "department",
  "council",
  "committee",
  "army",
  "intelligence",
  "press",
  "public",
  "relations",
  "policy",
  "planning",
  "even",
  "key",
  "close",
  "western",
  "regional",
  "islamic",
  "central",
  "main",
  "sanctions",
  "member",
  "members",
  "general",
  "secretary",
  "counterpart",
  "counterparts",
  "bureaucrat",
  "bureaucrats",
  "participants",
  "delegation",
  "delegations",
  "representative",
  "representatives"
]);

/** A verb (or a verb-like phrase, or an owned speech noun) that may report a statement. */
export interface Hit {
  start: number;
  end: number;
  verb: VerbForm | {lemma: string; kind: "noun"};
  form: "base" | "present" | "past" | "ing" | "phrase" | "noun";
  status: "accepted" | "rejected" | "merged";
  reason: string;
  /** Where the subject was found: left of the verb, right of it (inverted), after "according to", the possessor. */
  side: "left" | "right" | "source" | "possessor" | "passive" | "none";
  /** The subject noun phrase, projected indices `[start, end)`; a pronoun is a one-token phrase. */
  subject?: [number, number];
  /** Appositive or parenthetical phrases next to the subject. */
  appositives: [number, number][];
  /** The clause this statement occupies, and the part of it that carries what was said. */
  clauseStart: number;
  clauseEnd: number;
  contentStart: number;
  contentEnd: number;
  negated: boolean;
  /** The subordinator that opens the clause ("after the president warned ..."), if any. */
  subordinator?: string;
  /** Set when the hit continues another (a coordinated verb, an infinitive chain, an agentless passive). */
  mergedInto?: Hit;
  parent?: Hit;
  children: Hit[];
  /** True when found inside a quotation that a news outlet attributes to someone else. */
  inRelayedQuote: boolean;
  /** The auxiliaries of the verb chain before the verb, nearest first ("had", "will"): its tense and mood. */
  auxiliaries: string[];
  /** A clause set off by commas ("China, which calls Pakistan its iron brother, blocked …"): its span ends with it. */
  setOff?: boolean;
}

/**
 * Finds the reporting verbs of a sentence and works out, for each, its subject, its clause and its content, by the
 * ordinary rules of how news reports speech: "X said", "said X, a Y", "according to X", "X, who ..., told", "X's
 * remarks that ...", an infinitive chain ("tried to block"), coordination ("rejected it and pushed for a probe"), a
 * relative clause ("the ministry, which has started asking"), an agentless passive. Hits that report nothing
 * (participles, nouns, hypotheticals, the author's own narration of intent) are rejected with a reason.
 *
 * Options: `within` restricts the search to a projected range; `ignoreQuotes` reads inside quotation marks (used for
 * a quotation that a news outlet relays).
 *
 * @example
 * const hits = findHits(view, codebook).filter((hit) => hit.status === "accepted");
 */
export function findHits(
  view: SentenceView,
  codebook: Codebook,
  {within = [0, view.tokens.length] as [number, number], ignoreQuotes = false} = {}
): Hit[] {
  const hits: Hit[] = [];
  const [from, to] = within;
  const phraseMatches = codebook.phrases.findAll(view, from, to);
  const covered = new Uint8Array(view.tokens.length);
  for (const match of phraseMatches) {
    if (covered[match.start]) continue;
    if (!ignoreQuotes && isQuoted(view, match.start)) continue;
    covered.fill(1, match.start, match.end);
    hits.push(makeHit(match.start, match.end, match.data, "phrase"));
  }
  for (let i = from; i < to; ++i) {
    if (covered[i]) continue;
    const token = view.tokens[i];
    if (!ignoreQuotes && isQuoted(view, i)) continue;
    // "China's remarks that …", "Beijing's official line was that …": the owner speaks through the noun.
    const modified = view.tokens[i - 1]?.kind === "word" && !view.tokens[i - 1].capitalized;
    const owned = view.tokens[i - 1]?.kind === "possessive" || (modified && view.tokens[i - 2]?.kind === "possessive");
    if (codebook.speechNouns.has(token.lower) && owned) {
      const next = view.tokens[i + 1]?.lower;
      const following = view.tokens[i + 2]?.lower ?? "";
      const start = view.tokens[i - 1].kind === "possessive" ? i : i - 1;
      const copula =
        (next === "was" || next === "is" || next === "remains" || next === "remained") && following === "that";
      if (next === "that" || next === ":" || (next === "of" && following.endsWith("ing")) || copula) {
        hits.push(makeHit(start, copula ? i + 2 : i + 1, {lemma: token.lower, kind: "noun"}, "noun"));
        continue;
      }
      // Right after the possessive it is a noun whatever follows; after a word ("China's leaders call for …") it
      // may be the verb of that word.
      if (view.tokens[i - 1].kind === "possessive") continue;
    }
    // "a bid by France and Japan", "the draft, tabled at the council by Norway": an act
    // whose agent follows "by".
    const by = codebook.actNouns.has(token.lower) && !owned ? agentBy(view, i, codebook) : -1;
    if (by !== -1) {
      hits.push(makeHit(i, by, {lemma: token.lower, kind: "act"}, "noun"));
      continue;
    }
    // "India's proposal to list Azhar", "an Indian request to designate him": an act its owner named.
    if (codebook.actNouns.has(token.lower) && asksOrWasPut(view, i, codebook) && !isQuoted(view, i)) {
      const start = view.tokens[i - 1]?.kind === "possessive" ? i : modified && owned ? i - 1 : -1;
      if (start !== -1 || ownersBefore(view, i)) {
        hits.push(makeHit(start === -1 ? i : start, i + 1, {lemma: token.lower, kind: "act"}, "noun"));
        continue;
      }
    }
    const verb = codebook.verbs.get(token.lower);
    if (
      verb &&
      token.kind === "word" &&
      !(token.capitalized && i > from && !isAllCaps(token.text) && !isSentenceStart(view, i))
    ) {
      hits.push(makeHit(i, i + 1, verb, verbFormOf(token.lower, verb.lemma)));
    }
  }
  hits.sort((a, b) => a.start - b.start);
  for (const hit of hits) analyzeHit(view, codebook, hit, hits, to, ignoreQuotes);
  // "Asked whether Beijing had sought …, she said": the question put to the speaker reports nothing, and what it
  // contains is not the answer's.
  const questionEnd = openingQuestionEnd(view, from, to);
  // The author's own question ("If the group was protected by its hosts, what follows …?") reports nobody.
  const last = view.tokens[to - 1];
  const authorsQuestion = last?.lower === "?" && !view.quoted[to - 1];
  // "who spoke without being named", "who declined to be identified": the words that withhold a source say nothing.
  const withheld = codebook.anonymous.findAll(view, from, to).filter((m) => m.end - m.start > 2);
  for (const hit of hits) {
    if (withheld.some((m) => m.start <= hit.start && hit.start < m.end)) reject(hit, "anonymity phrase");
    else if (hit.start < questionEnd) reject(hit, "question put to the speaker");
    else if (authorsQuestion && !view.quoted[hit.start]) reject(hit, "the author's question");
    else if (inConditional(view, hit.start, from)) reject(hit, "conditional");
  }
  return hits;
}

// Words between an owner and its act: "India's joint proposal", "a fresh US request".
const actNounModifiers = new Set([
  "joint",
  "fresh",
  "new",
  "similar",
  "renewed",
  "latest",
  "earlier",
  "formal",
  "second"
]);

/**
 * The index of the "by" that names the agent of an act noun at `i`, right after it ("a proposal by India") or after a
 * participle that says who put it forward ("the draft, tabled last week at the council by Norway, Chile and Kenya"),
 * or -1.
 */
function agentBy(view: SentenceView, i: number, codebook: Codebook): number {
  const w = (k: number) => view.tokens[k]?.lower ?? "";
  const agentAt = (k: number) => {
    const agent = view.mentions[k + 1] ?? view.mentions[k + 2];
    return !!agent && (agent.entity.kind === "state" || agent.entity.kind === "body");
  };
  if (w(i + 1) === "by") return agentAt(i + 1) ? i + 1 : -1;
  const k = sponsoringParticipleAfter(view, i, codebook, {relative: false});
  if (k === -1) return -1;
  for (let m = k + 1; m < view.tokens.length && m < k + 16; ++m) {
    if (view.quoted[m] || [";", ":", ".", "that"].includes(w(m))) return -1;
    if (w(m) === "by") return agentAt(m) ? m : -1;
  }
  return -1;
}

/**
 * Whether the act noun at `i` says what it asks for ("a proposal to list …") or that it was put forward ("India's
 * draft, which had been tabled in spring").
 */
function asksOrWasPut(view: SentenceView, i: number, codebook: Codebook): boolean {
  const w = (k: number) => view.tokens[k]?.lower ?? "";
  if (w(i + 1) === "to" && codebook.actNounAims.has(w(i + 2))) return true;
  return sponsoringParticipleAfter(view, i, codebook, {relative: true}) > i + 1;
}

/**
 * The index of the participle that tells who put forward the act noun at `i` ("the draft, tabled …", "the draft was
 * tabled …", "the proposal to ban the group was tabled …", with `relative` also "the draft, which had been tabled …"),
 * or -1.
 */
function sponsoringParticipleAfter(
  view: SentenceView,
  i: number,
  codebook: Codebook,
  {relative}: {relative: boolean}
): number {
  const w = (k: number) => view.tokens[k]?.lower ?? "";
  let k = i + 1;
  if (w(k) === "to" && codebook.actNounAims.has(w(k + 1))) {
    // What the act asks for, up to the verb that says it was put forward: a few words within the clause.
    const aim = k;
    for (k += 2; k < aim + 8 && !beForms.has(w(k)); ++k)
      if (view.tokens[k]?.kind !== "word" || view.quoted[k]) return -1;
    if (!beForms.has(w(k))) return -1;
  }
  if (w(k) === ",") ++k;
  if (relative && (w(k) === "which" || w(k) === "that")) ++k;
  while (beForms.has(w(k)) || w(k) === "had" || w(k) === "has") ++k;
  return codebook.actNounSponsors.has(w(k)) ? k : -1;
}

/** A list of states or bodies from `first` ("Norway, Chile and Kenya"): projected indices, or undefined. */
function agentList(view: SentenceView, first: number, end: number): [number, number] | undefined {
  let k = first;
  let last = -1;
  while (k < end) {
    if (determiners.has(view.tokens[k].lower)) ++k;
    const mention = view.mentions[k];
    if (!mention || (mention.entity.kind !== "state" && mention.entity.kind !== "body") || mention.end > end) break;
    last = mention.end;
    k = mention.end;
    if (view.tokens[k]?.lower === ",") ++k;
    if (view.tokens[k]?.lower === "and") ++k;
    else if (view.tokens[k - 1]?.lower !== ",") break;
  }
  return last === -1 ? undefined : [first, last];
}

/** The states or bodies named right before an act noun ("an Indian request", "a joint US-India proposal"). */
function ownersBefore(view: SentenceView, at: number): [number, number] | undefined {
  let k = at - 1;
  while (k >= 0 && actNounModifiers.has(view.tokens[k].lower)) --k;
  const end = k + 1;
  let first = -1;
  while (k >= 0) {
    const mention = mentionEndingAt(view, k + 1);
    if (!mention || (mention.entity.kind !== "state" && mention.entity.kind !== "body")) break;
    first = mention.start;
    k = mention.start - 1;
  }
  return first === -1 ? undefined : [first, end];
}

/** Whether the clause a verb stands in opens with "if" or "unless" ("If the group was shielded by …"). */
function inConditional(view: SentenceView, at: number, from: number): boolean {
  for (let k = at - 1; k >= from; --k) {
    const word = view.tokens[k].lower;
    if (word === "if" || word === "unless") return !view.quoted[k];
    if (word === "," || word === ";" || word === ":" || word === "that") return false;
  }
  return false;
}

const questionWords = new Set(["whether", "if", "about", "why", "what", "how", "when", "who"]);

/** The end (its comma) of a clause that opens the sentence with a question put to the speaker, or -1. */
function openingQuestionEnd(view: SentenceView, from: number, to: number): number {
  let k = from;
  if (view.tokens[k]?.lower === "when") ++k;
  if (view.tokens[k]?.lower !== "asked" || !questionWords.has(view.tokens[k + 1]?.lower ?? "")) return -1;
  for (let m = k + 2; m < to; ++m) if (view.tokens[m].lower === "," && !view.quoted[m]) return m;
  return -1;
}

function makeHit(start: number, end: number, verb: Hit["verb"], form: Hit["form"]): Hit {
  return {
    start,
    end,
    verb,
    form,
    status: "accepted",
    reason: "",
    side: "none",
    appositives: [],
    clauseStart: start,
    clauseEnd: end,
    contentStart: end,
    contentEnd: end,
    negated: false,
    children: [],
    inRelayedQuote: false,
    auxiliaries: []
  };
}

function isQuoted(view: SentenceView, i: number): boolean {
  // A quotation that opens on the verb ("the leaders “expressed concern ...”"), or on its adverb ("the two sides
  // “strongly condemned” the attack"), quotes the words, not the attribution.
  if (!view.quoted[i]) return false;
  let open = i;
  if (!view.opensQuote[open] && open > 0 && /^\p{L}+ly$/u.test(view.tokens[open - 1].lower)) --open;
  return !(view.opensQuote[open] && (open === 0 || !view.quoted[open - 1]));
}

function isAllCaps(text: string): boolean {
  return text.length > 1 && text === text.toUpperCase();
}

function isSentenceStart(view: SentenceView, i: number): boolean {
  return i === 0 || view.opensQuote[i];
}

function verbFormOf(form: string, lemma: string): Hit["form"] {
  if (form === lemma) return "base";
  if (form.endsWith("ing")) return "ing";
  if (form === lemma + "s" || form === lemma + "es" || (lemma.endsWith("y") && form === lemma.slice(0, -1) + "ies"))
    return "present";
  return "past";
}

function reject(hit: Hit, reason: string): void {
  hit.status = "rejected";
  hit.reason = reason;
}

function merge(hit: Hit, into: Hit, reason: string): void {
  // "tried to convey": the chain reports what its last verb reports.
  if (into.verb.kind === "embedded" && (hit.verb.kind === "speech" || hit.verb.kind === "act")) into.verb = hit.verb;
  hit.status = "merged";
  hit.reason = reason;
  hit.mergedInto = into;
  into.contentEnd = Math.max(into.contentEnd, hit.contentEnd);
  into.clauseEnd = Math.max(into.clauseEnd, hit.clauseEnd);
}

function previousAccepted(hits: Hit[], hit: Hit): Hit | undefined {
  for (let k = hits.indexOf(hit) - 1; k >= 0; --k) {
    const other = hits[k];
    if (other.status === "accepted") return other;
    if (other.status === "merged" && other.mergedInto) return other.mergedInto;
  }
  return undefined;
}

/** The nearest earlier hit, whatever its status: the verb whose content a later verb may stand in. */
function previousHit(hits: Hit[], hit: Hit): Hit | undefined {
  const k = hits.indexOf(hit);
  return k > 0 ? hits[k - 1] : undefined;
}

/** Whether a word can stand inside a verb chain, between a subject and its verb: "had", "again", "continues", "to". */
export function isVerbChainWord(word: string): boolean {
  return auxiliaries.has(word) || isAdverb(word) || catenatives.has(word) || word === "to";
}

function isAdverb(word: string): boolean {
  if (adverbs.has(word)) return true;
  return word.length > 4 && word.endsWith("ly") && !notAdverbs.has(word);
}

function analyzeHit(
  view: SentenceView,
  codebook: Codebook,
  hit: Hit,
  hits: Hit[],
  end: number,
  ignoreQuotes: boolean
): void {
  const w = (i: number) => view.tokens[i]?.lower ?? "";
  if (hit.verb.kind === "source") return analyzeSource(view, codebook, hit, end);
  if (hit.verb.lemma === "quote") return analyzeQuotedAsSaying(view, codebook, hit, end);
  // "continued to serve as a haven": the word after the verb makes it another verb (codebook `not_before`).
  if ("notBefore" in hit.verb && hit.verb.notBefore?.includes(w(hit.end)))
    return reject(hit, `not a reporting verb before ${w(hit.end)}`);
  if (hit.form === "noun" && w(hit.end) === "by") {
    hit.side = "passive";
    hit.subject =
      agentList(view, hit.end + 1, end) ??
      collectNounPhraseRight(view, codebook, hit.end + 1, end, {appositive: false})?.phrase;
    if (!hit.subject) return reject(hit, "no agent");
    let start = hit.start;
    while (start > 0 && (determiners.has(w(start - 1)) || w(start - 1) === "joint")) --start;
    hit.clauseStart = start;
    hit.contentStart = hit.subject[1];
    hit.contentEnd = actNounEnd(view, hit.subject[1], end);
    hit.clauseEnd = hit.contentEnd;
    return;
  }
  if (hit.form === "noun") {
    hit.side = "possessor";
    hit.subject =
      view.tokens[hit.start - 1]?.kind === "possessive"
        ? possessorOf(view, codebook, hit.start - 1)
        : ownersBefore(view, hit.start);
    if (!hit.subject) return reject(hit, "no owner");
    hit.clauseStart = hit.subject[0];
    hit.contentStart = hit.end + 1;
    hit.contentEnd = clauseEndFrom(view, hit.end, end);
    hit.clauseEnd = hit.contentEnd;
    return;
  }

  // Walk left over the verb chain: adverbs, auxiliaries, negation, dates, "to" with its governor.
  let j = hit.start - 1;
  const auxiliariesSeen: string[] = [];
  let infinitive = false;
  let catenative = false;
  while (j >= 0) {
    const word = w(j);
    if (view.dateAt[j] !== -1 && !view.quoted[j]) {
      j = view.dates[view.dateAt[j]].start - 1;
    } else if (
      (isAdverb(word) || reflexives.has(word)) &&
      view.tokens[j].kind === "word" &&
      (!view.tokens[j].capitalized || j === 0)
    ) {
      --j;
    } else if (auxiliaries.has(word)) {
      if (!catenative) auxiliariesSeen.push(word);
      --j;
    } else if (hypotheticalModals.has(word)) {
      if (!(word === "would" && restrictive.has(w(j + 1)))) return reject(hit, `hypothetical (${word})`);
      if (!catenative) auxiliariesSeen.push(word);
      --j;
    } else if (negations.has(word)) {
      hit.negated = true;
      --j;
    } else if (word === "to") {
      infinitive = true;
      let g = j - 1;
      while (g >= 0 && isAdverb(w(g))) --g;
      const governor = w(g);
      const previous = previousHit(hits, hit);
      // "is said to have questioned": the hedge, rejected as an agentless passive, leaves the verb its subject.
      const hedge = previous?.status === "rejected" && previous.reason === "passive" && catenatives.has(governor);
      if (previous && g >= previous.start && g < previous.end + 3 && !hedge) {
        if (previous.status === "rejected") return reject(hit, `complement of a rejected verb (${previous.reason})`);
        return merge(hit, previous.mergedInto ?? previous, "infinitive chain");
      }
      if (hypotheticalGovernors.has(governor)) return reject(hit, `hypothetical (${governor} to)`);
      if (catenatives.has(governor)) {
        catenative = true;
        // "is understood to have told": auxiliaries before the catenative are its own, not the verb's.
        j = g - 1;
        if (governor === "steps" || governor === "power") {
          while (j >= 0 && !auxiliaries.has(w(j)) && j > g - 4) --j;
        }
        continue;
      }
      // "used a visit to Kabul to press …", "took the opportunity to urge …": the subject of the
      // verb that sets up the occasion is the one who presses.
      let u = g;
      while (u >= 0 && j - u <= 8 && !instrumentVerbs.has(w(u)) && !clauseBreakWords.has(w(u)) && !view.quoted[u]) --u;
      if (u >= 0 && instrumentVerbs.has(w(u)) && u < g) {
        catenative = true;
        j = u - 1;
        continue;
      }
      return reject(hit, "infinitive complement");
    } else if (
      (word === "begun" || word === "began" || word === "started" || word === "continued" || word === "kept") &&
      hit.form === "ing"
    ) {
      catenative = true;
      --j;
    } else {
      break;
    }
  }

  hit.auxiliaries = auxiliariesSeen;
  const previous = previousAccepted(hits, hit);
  const left = w(j);
  // "praised Iran for what she called its help": the speaker naming something in passing says nothing new.
  if (subjectPronouns.has(left) && w(j - 1) === "what" && previous && previous.start < hit.start)
    return merge(hit, previous.mergedInto ?? previous, "what the speaker called it");
  // "hailed the talks, which she called a milestone": so is naming it in a relative clause.
  const naming = hit.verb.lemma === "call" && !["for", "on", "upon"].includes(w(hit.end));
  if (naming && subjectPronouns.has(left) && w(j - 1) === "which" && previous && previous.start < hit.start)
    return merge(hit, previous.mergedInto ?? previous, "what the speaker called it");
  // Coordination: "rejected it ... and pushed for a probe" shares the subject of the verb before.
  if ((left === "and" || left === "or" || left === "but" || (left === "," && w(j - 1) === "and")) && !infinitive) {
    // "said officials were more blunt than ever and had warned that …": the verb joins the reported clause, whose
    // subject it shares, not the verb that reports it.
    const shared = clauseSubjectBefore(view, codebook, j);
    const joinsContent =
      previous && shared && shared.phrase[0] >= previous.contentStart && hit.start < previous.contentEnd;
    if (previous && previous.start < hit.start && !joinsContent) {
      return merge(hit, previous.mergedInto ?? previous, "coordinated verb");
    }
    if (!shared) return reject(hit, "coordinated with nothing");
    hit.side = "left";
    hit.subject = shared.phrase;
    hit.appositives = shared.appositives;
    hit.clauseStart = shared.phrase[0];
    hit.contentStart = hit.end;
    hit.contentEnd = clauseEndFrom(view, hit.end, end, ignoreQuotes);
    hit.clauseEnd = hit.contentEnd;
    hit.inRelayedQuote = ignoreQuotes;
    return;
  }

  // "was put on hold by China": a phrase after a form of be, with an agent, is passive like a participle.
  const afterBe = auxiliariesSeen.some((a) => beForms.has(a)) && hit.verb.kind !== "embedded";
  const passive =
    afterBe &&
    (hit.form === "past" ||
      (hit.form === "phrase" && hit.verb.kind === "act" && passiveAgent(view, codebook, hit, end) !== undefined));
  // "blocked the bid four times before lifting its hold in May", "placed a hold, having blocked similar bids in
  // 2009": an act told by a participle after "before" or "after", or a perfect participle set off by a comma, is the
  // main clause's subject's own act, at its own time.
  const participle =
    ((left === "before" || left === "after") && w(hit.start).endsWith("ing")) ||
    (auxiliariesSeen.length === 1 && auxiliariesSeen[0] === "having" && (left === "," || left === "after"));
  if (hit.verb.kind === "act" && participle && !view.quoted[j] && previous?.subject && previous.start < hit.start) {
    hit.side = "left";
    hit.subject = previous.subject;
    hit.appositives = previous.appositives;
    hit.subordinator = left === "," ? undefined : left;
    hit.clauseStart = left === "," ? j + 1 : j;
    hit.contentStart = hit.end;
    hit.contentEnd = clauseEndFrom(view, hit.end, end, ignoreQuotes);
    hit.clauseEnd = hit.contentEnd;
    hit.inRelayedQuote = ignoreQuotes;
    return;
  }
  if (hit.form === "ing" && !catenative && !auxiliariesSeen.some((a) => beForms.has(a))) {
    // "X restated the line on Monday, telling the press that …": a participle of speech set off by a comma
    // reports with the subject of the clause it follows, whatever that clause's own verb.
    const main =
      left === "," && hit.verb.kind === "speech" && !previous && !view.quoted[j]
        ? openingSubject(view, codebook, j)
        : undefined;
    // "…, with both leaders vowing to …": the phrase after "with" is the participle's subject.
    const absolute = main || hit.verb.kind !== "speech" || view.quoted[j] ? undefined : withSubject(view, codebook, j);
    if (!main && !absolute) return reject(hit, "participle or gerund");
    hit.side = "left";
    hit.subject = (main ?? absolute)!.phrase;
    hit.appositives = main?.appositives ?? [];
    hit.clauseStart = main ? j + 1 : absolute!.phrase[0] - 1;
    hit.contentStart = hit.end;
    hit.contentEnd = clauseEndFrom(view, hit.end, end, ignoreQuotes);
    hit.clauseEnd = hit.contentEnd;
    hit.inRelayedQuote = ignoreQuotes;
    return;
  }
  if (passive) return analyzePassive(view, codebook, hit, hits, j, end);
  const leftToken = view.tokens[j];
  if ((hit.form === "base" || hit.form === "present") && auxiliariesSeen.some((a) => beForms.has(a))) {
    return reject(hit, "a noun after a form of be");
  }
  if ((hit.form === "base" || hit.form === "present" || hit.form === "past") && j < 0 && !auxiliariesSeen.length) {
    return reject(hit, "no subject before it");
  }
  // "the 1267 sanctions committee", "two bans": after a number, a verb form is a plural noun.
  if ((hit.form === "base" || hit.form === "present") && leftToken?.kind === "number" && !auxiliariesSeen.length) {
    return reject(hit, "a noun after a number");
  }
  if ((hit.form === "base" || hit.form === "present") && !infinitive && !auxiliariesSeen.length && leftToken) {
    if (
      determiners.has(left) ||
      prepositions.has(left) ||
      left === "'s" ||
      (nounPhraseModifiers.has(left) && !leftToken.capitalized)
    ) {
      return reject(hit, "a noun here");
    }
    if (
      leftToken.kind === "word" &&
      !leftToken.capitalized &&
      !subjectPronouns.has(left) &&
      !relativePronouns.has(left) &&
      !codebook.collectives.has(left) &&
      !isRoleWord(codebook, left)
    ) {
      return reject(hit, "no subject before it");
    }
    // "the UN ban", "the Pakistan army list": a bare verb needs a plural subject, so after a name that heads its
    // phrase it is a noun; after a name that ends a phrase ("Officials in Beijing say") it is a verb.
    if (
      hit.form === "base" &&
      !auxiliariesSeen.length &&
      (endsActorMention(view, j) || insideMention(view, j) || (leftToken.capitalized && !left.endsWith("s")))
    ) {
      let m = j;
      while (m > 0 && (insideMention(view, m) || view.tokens[m - 1]?.capitalized)) --m;
      if (!prepositions.has(w(m - 1))) return reject(hit, "a noun after a name");
    }
  }
  if (hit.form === "past" && leftToken && (determiners.has(left) || prepositions.has(left) || left === "'s")) {
    return reject(hit, "an adjective here");
  }
  // "attempts to have Azhar listed", "got the group banned": the participle is what someone caused, not an act of
  // the name before it.
  if (hit.form === "past" && !auxiliariesSeen.length && causativeBefore(view, codebook, j))
    return reject(hit, "causative");
  if (hit.negated && hit.verb.kind !== "embedded") return reject(hit, "negated");

  // Inverted attribution: “...,” said Hua Chunying, a ... spokeswoman; ..., reported BBC Urdu on Thursday. A comma
  // before the verb may also close a parenthetical ("X, now Pakistan's ambassador, told"), which the left reading
  // takes first unless a quotation has just closed.
  const afterQuote = j >= 0 && (view.closesQuote[j] || (left === "," && view.closesQuote[j - 1]));
  const invertible =
    !auxiliariesSeen.length && !infinitive && invertingVerbs.has(hit.verb.lemma) && hit.form !== "base";
  const tryInverted = (): boolean => {
    if (!invertible) return false;
    if (!(left === "," || j < 0 || view.closesQuote[j] || left === ":")) return false;
    if (!view.tokens[hit.end] || !startsNounPhrase(view, codebook, hit.end)) return false;
    const np = collectNounPhraseRight(view, codebook, hit.end, end);
    if (!np) return false;
    // "X, the envoy, said Pakistan must act": a phrase followed by its own verb is the content's subject; one that
    // ends on a possessive ("said China's turnaround was …") owns what follows it.
    const next = w(np.end);
    if (auxiliaries.has(next) || hypotheticalModals.has(next) || codebook.verbs.has(next)) return false;
    if (view.tokens[np.phrase[1] - 1]?.kind === "possessive") return false;
    hit.side = "right";
    hit.subject = np.phrase;
    hit.appositives = np.appositives;
    hit.contentStart = 0;
    hit.contentEnd = j >= 0 && w(j) === "," ? j : j + 1;
    hit.clauseStart = 0;
    hit.clauseEnd = np.end;
    hit.inRelayedQuote = ignoreQuotes;
    return true;
  };
  if ((afterQuote || j < 0) && tryInverted()) {
    if (hit.contentEnd <= hit.contentStart && previous) merge(hit, previous, "attribution of the quote before");
    return;
  }

  const subject = findSubjectLeft(view, codebook, j, hit);
  if (!subject) {
    if (tryInverted()) return;
    if (hit.verb.kind === "act" && previous && previous.start < hit.start)
      return merge(hit, previous, "shares the subject before");
    return reject(hit, "no subject");
  }
  hit.side = "left";
  hit.subject = subject.phrase;
  hit.appositives = subject.appositives;
  hit.subordinator = subject.subordinator;
  hit.clauseStart = subject.clauseStart;
  hit.contentStart = hit.end;
  hit.contentEnd = clauseEndFrom(view, hit.end, end, ignoreQuotes);
  // "China, which calls Pakistan its iron brother, blocked …": a clause set off by commas ends at its closing comma.
  if ((subject.relative === "which" || subject.relative === "who") && w(j) === subject.relative && w(j - 1) === ",") {
    for (let k = hit.end; k < hit.contentEnd; ++k) {
      if (w(k) === "," && !view.quoted[k]) {
        hit.contentEnd = k;
        hit.setOff = true;
        break;
      }
    }
  }
  hit.clauseEnd = hit.contentEnd;
  hit.inRelayedQuote = ignoreQuotes;
  // “...,” the paper reported; ..., NDTV has learnt. The words reported stand before the attribution.
  const s0 = subject.phrase[0];
  const quoteBefore = s0 > 0 && (view.closesQuote[s0 - 1] || w(s0 - 1) === ",");
  if (quoteBefore && onlyPunctuation(view, hit.end, hit.contentEnd)) {
    hit.contentStart = 0;
    hit.contentEnd = w(s0 - 1) === "," ? s0 - 1 : s0;
    hit.clauseStart = 0;
    // The words reported are not a description of whoever reports them.
    hit.appositives = hit.appositives.filter(([, b]) => b <= hit.contentStart || b > hit.contentEnd);
    return;
  }
  // "China, the official said, had pressed Pakistan to act": a reporting clause set inside the clause it reports,
  // between that clause's subject and its verb, reports the whole of it.
  const closing = s0 > 1 && w(s0 - 1) === "," ? parentheticalClose(view, codebook, hit.end, end) : -1;
  const reported = closing !== -1 ? reportedSubjectBefore(view, hits, s0 - 1) : -1;
  if (reported !== -1) {
    hit.contentStart = reported;
    hit.contentEnd = clauseEndFrom(view, closing + 1, end, ignoreQuotes);
    hit.clauseStart = reported;
    hit.clauseEnd = hit.contentEnd;
  }
}

/**
 * The start of the words before a parenthetical reporting clause whose comma is at `comma` ("China, the official
 * said, had …"), when they are a phrase that opens the sentence, or its clause, without a verb of their own; else -1.
 */
function reportedSubjectBefore(view: SentenceView, hits: Hit[], comma: number): number {
  let start = comma;
  while (start > 0 && ![";", ":", ","].includes(view.tokens[start - 1].lower) && !view.closesQuote[start - 1]) --start;
  if (start === comma || comma - start > 8 || view.quoted[start]) return -1;
  if (start > 0 && view.tokens[start - 1].lower === ",") return -1;
  return hits.some((other) => other.start >= start && other.start < comma) ? -1 : start;
}

/**
 * The comma that closes a reporting clause set inside another, at `from` just after its verb or after the few words
 * that say to whom or where ("he told the participants,", "the official said on Monday,"), or -1.
 */
function parentheticalClose(view: SentenceView, codebook: Codebook, from: number, end: number): number {
  for (let k = from; k < end && k < from + 6; ++k) {
    const token = view.tokens[k];
    if (token.lower === ",") return view.quoted[k] ? -1 : k;
    if (view.quoted[k] || token.kind === "punct" || token.lower === "that" || codebook.verbs.has(token.lower))
      return -1;
  }
  return -1;
}

function onlyPunctuation(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; ++k)
    if (view.tokens[k].kind === "word" || view.tokens[k].kind === "number") return isLocativeTail(view, k, to);
  return true;
}

/** "she said in an interview with a television channel": what follows the verb says where, not what. */
function isLocativeTail(view: SentenceView, k: number, to: number): boolean {
  const word = view.tokens[k].lower;
  if (!["in", "at", "on", "during", "to", "while", "after", "before", "when"].includes(word)) return false;
  for (let m = k; m < to; ++m) if (view.tokens[m].lower === "that" || view.tokens[m].lower === ":") return false;
  return true;
}

/** "according to X, ..." and "..., according to X." */
function analyzeSource(view: SentenceView, codebook: Codebook, hit: Hit, end: number): void {
  const np = collectNounPhraseRight(view, codebook, hit.end, end, {appositive: false});
  if (!np) return reject(hit, "according to nothing");
  hit.side = "source";
  hit.subject = np.phrase;
  hit.appositives = np.appositives;
  hit.clauseStart = 0;
  const w = (i: number) => view.tokens[i]?.lower ?? "";
  if (codebook.anonymous.first(view, np.end, end, (m) => m.start === np.end)) {
    // "According to aides with knowledge of the talks, ...": what the source knows describes it.
    let close = np.end;
    while (close < end && w(close) !== "," && close - np.end < 15) ++close;
    hit.appositives = [...hit.appositives, [np.end, close]];
    np.end = close;
  }
  if (w(np.end) === "," && ["a", "an", "the"].includes(w(np.end + 1))) {
    // "According to X, a Pakistani senator, ...": the description belongs to the source.
    let close = np.end + 1;
    while (close < end && w(close) !== "," && close - np.end < 15) ++close;
    if (w(close) === ",") {
      hit.appositives = [...hit.appositives, [np.end + 1, close]];
      np.end = close;
    }
  }
  if (hit.start <= 1) {
    let k = np.end;
    while (k < end && view.tokens[k].lower !== ",") ++k;
    hit.contentStart = Math.min(k + 1, end);
    hit.contentEnd = end;
  } else {
    hit.contentStart = 0;
    hit.contentEnd = view.tokens[hit.start - 1]?.lower === "," ? hit.start - 1 : hit.start;
  }
  hit.clauseEnd = end;
}

/** "Xinhua quoted Wang Yi as saying that ...": the outlet relays; the one quoted is the speaker. */
function analyzeQuotedAsSaying(view: SentenceView, codebook: Codebook, hit: Hit, end: number): void {
  if (beForms.has(view.tokens[hit.start - 1]?.lower ?? "")) return analyzeQuotedPassive(view, codebook, hit, end);
  const np = collectNounPhraseRight(view, codebook, hit.end, end);
  if (!np) return reject(hit, "quoted nobody");
  const as = np.end;
  if (
    view.tokens[as]?.lower !== "as" ||
    !/^(?:saying|telling|stating|adding)$/.test(view.tokens[as + 1]?.lower ?? "")
  ) {
    return reject(hit, "quoted without 'as saying'");
  }
  hit.side = "right";
  hit.subject = np.phrase;
  hit.appositives = np.appositives;
  hit.clauseStart = 0;
  hit.contentStart = as + 2;
  hit.contentEnd = clauseEndFrom(view, as + 2, end);
  hit.clauseEnd = hit.contentEnd;
  hit.verb = {lemma: "say", kind: "speech"};
}

/** "“…,” Bukhari was quoted as saying": the speaker stands before the verb, the words in the quotation around it. */
function analyzeQuotedPassive(view: SentenceView, codebook: Codebook, hit: Hit, end: number): void {
  const as = hit.end;
  if (
    view.tokens[as]?.lower !== "as" ||
    !/^(?:saying|telling|stating|adding)$/.test(view.tokens[as + 1]?.lower ?? "")
  ) {
    return reject(hit, "quoted without 'as saying'");
  }
  const np = collectNounPhraseLeft(view, codebook, hit.start - 2);
  if (!np) return reject(hit, "quoted nobody");
  hit.side = "left";
  hit.subject = np.phrase;
  hit.appositives = np.appositives;
  hit.verb = {lemma: "say", kind: "speech"};
  const [first] = np.phrase;
  const quoteBefore = first > 0 && (view.closesQuote[first - 1] || (first > 1 && view.closesQuote[first - 2]));
  if (quoteBefore) {
    // The quotation comes first: its words are the content, up to the comma before the speaker.
    hit.clauseStart = 0;
    hit.contentStart = 0;
    hit.contentEnd = view.tokens[first - 1].lower === "," ? first - 1 : first;
    hit.clauseEnd = clauseEndFrom(view, as + 2, end);
  } else {
    hit.clauseStart = first;
    hit.contentStart = as + 2;
    hit.contentEnd = clauseEndFrom(view, as + 2, end);
    hit.clauseEnd = hit.contentEnd;
  }
}

// Between a passive's subject and its verb: "is said to have been", "was also", "had reportedly been".
const passiveChainWords = new Set([
  ...beForms,
  ...["has", "have", "had", "to", "also", "reportedly", "said", "reported", "believed", "understood", "thought"]
]);

/**
 * Verbs that take a listener ("told a US diplomat", "urged Pakistani leaders"), whose passive subject is the one spoken
 * to ("was told by", "had been urged by").
 */
export const listenerVerbs = new Set([
  "tell",
  "inform",
  "assure",
  "brief",
  "warn",
  "urge",
  "ask",
  "press",
  "remind",
  "advise"
]);

/**
 * Whether a hit is speech told in the passive to people, not to a state ("Awan was told by his counterparts that …",
 * not "Pakistan was urged by China to act"): a message to individuals is meant for them.
 */
export function spokenToPeopleInPassive(view: SentenceView, hit: Hit): boolean {
  if (hit.side !== "passive" || !listenerVerbs.has(hit.verb.lemma)) return false;
  let k = hit.start - 1;
  while (k >= 0 && passiveChainWords.has(view.tokens[k].lower)) --k;
  if (k < 0 || view.quoted[k]) return false;
  const entity = mentionEndingAt(view, k + 1)?.entity;
  return !(entity && (entity.kind === "state" || entity.kind === "body"));
}

/** A passive act: "were named in the summit statement", "was summoned". */
function analyzePassive(view: SentenceView, codebook: Codebook, hit: Hit, hits: Hit[], j: number, end: number): void {
  // "was told by his Chinese counterparts that …", "had been urged by Beijing to …": speech with its agent.
  if (listenerVerbs.has(hit.verb.lemma) && view.tokens[hit.end]?.lower === "by" && !view.quoted[hit.end]) {
    const agent = collectNounPhraseRight(view, codebook, hit.end + 1, end);
    if (agent && agent.phrase[1] > agent.phrase[0]) {
      hit.side = "passive";
      hit.subject = agent.phrase;
      hit.appositives = agent.appositives;
      hit.clauseStart = hit.start;
      hit.contentStart = agent.end;
      hit.contentEnd = clauseEndFrom(view, agent.end, end);
      hit.clauseEnd = hit.contentEnd;
      return;
    }
  }
  if (hit.verb.kind !== "act") return reject(hit, "passive");
  const agent = passiveAgent(view, codebook, hit, end);
  const previous = previousAccepted(hits, hit);
  if (!agent) {
    if (previous && previous.start < hit.start) return merge(hit, previous, "agentless passive");
    return reject(hit, "passive without agent");
  }
  hit.side = "passive";
  hit.subject = agent;
  const patient = collectNounPhraseLeft(view, codebook, j);
  hit.clauseStart = patient ? patient.phrase[0] : hit.start;
  hit.contentStart = hit.clauseStart;
  hit.contentEnd = clauseEndFrom(view, hit.end, end);
  hit.clauseEnd = hit.contentEnd;
}

/**
 * The subject of the clause that a coordinating word at `j` ends: the noun phrase after the clause's opening ("said",
 * "that", a comma or the sentence start), when a predicate follows it.
 */
function clauseSubjectBefore(view: SentenceView, codebook: Codebook, j: number): NounPhrase | undefined {
  let k = j - 1;
  while (k >= 0 && !view.quoted[k]) {
    const word = view.tokens[k].lower;
    if (word === "that" || word === "," || word === ";" || word === ":" || codebook.verbs.has(word)) break;
    --k;
  }
  const np = collectNounPhraseRight(view, codebook, k + 1, j, {appositive: false});
  if (!np || np.end >= j || np.end === np.phrase[0]) return undefined;
  // The phrase must have a predicate of its own before the coordination: "officials … were more blunt", "leaders
  // hosted the prime minister and praised …".
  for (let m = np.end; m < j; ++m) if (auxiliaries.has(view.tokens[m].lower)) return np;
  const verb = view.tokens[np.end];
  if (verb && !verb.capitalized && (/[^e]ed$|eed$/.test(verb.lower) || irregularPasts.has(verb.lower))) return np;
  return undefined;
}

/** The phrase ending at `j` when "with" opens it: "with both leaders vowing …". */
function withSubject(view: SentenceView, codebook: Codebook, j: number): NounPhrase | undefined {
  const np = collectNounPhraseLeft(view, codebook, j);
  if (!np || np.phrase[1] !== j + 1 || view.tokens[np.phrase[0] - 1]?.lower !== "with") return undefined;
  return np;
}

/** The subject a sentence opens on, when a verb in the past follows it before `j`: "Foreign office spokesman X repeated". */
function openingSubject(view: SentenceView, codebook: Codebook, j: number): NounPhrase | undefined {
  const np = collectNounPhraseRight(view, codebook, 0, j, {appositive: false});
  if (!np || np.end >= j || np.end === np.phrase[0]) return undefined;
  const verb = view.tokens[np.end];
  if (auxiliaries.has(verb.lower)) return np;
  return !verb.capitalized && (/[^e]ed$|eed$/.test(verb.lower) || irregularPasts.has(verb.lower)) ? np : undefined;
}

// Past tenses that do not end in -ed, for a verb that is not a reporting verb but has a subject to share.
const irregularPasts = new Set([
  "met",
  "held",
  "sent",
  "made",
  "took",
  "gave",
  "went",
  "paid",
  "led",
  "won",
  "saw",
  "flew"
]);

const causatives = new Set(["have", "has", "had", "having", "get", "gets", "got", "getting"]);

/** Whether a causative verb and its object come just before projected index `j` + 1: "to have [Azhar]", "get [it]". */
function causativeBefore(view: SentenceView, codebook: Codebook, j: number): boolean {
  for (let k = j; k >= 0 && k > j - 5; --k) {
    const token = view.tokens[k];
    // "countries that have vetoes opposed …": a "have" with a subject of its own is not a causative.
    if (causatives.has(token.lower)) return k < j && !relativePronouns.has(view.tokens[k - 1]?.lower ?? "");
    // The object is a noun phrase: a clause word, a verb or punctuation means the causative is not its governor.
    if (token.kind === "punct" || view.quoted[k] || relativePronouns.has(token.lower) || subordinators.has(token.lower))
      return false;
    if (codebook.verbs.has(token.lower)) return false;
  }
  return false;
}

function passiveAgent(view: SentenceView, codebook: Codebook, hit: Hit, end: number): [number, number] | undefined {
  const from = hit.end;
  for (let k = from; k < Math.min(end, from + 4); ++k) {
    const word = view.tokens[k].lower;
    if (word === "by") return collectNounPhraseRight(view, codebook, k + 1, end)?.phrase;
    if ("agentAfter" in hit.verb && hit.verb.agentAfter?.includes(word)) {
      // "was summoned to the Indian foreign office": the office one is summoned to is the one summoning.
      const np = collectNounPhraseRight(view, codebook, k + 1, end);
      if (!np) return undefined;
      for (let m = np.phrase[0]; m < np.phrase[1]; ++m) if (view.mentions[m]?.entity.code) return np.phrase;
      return undefined;
    }
    if (word === "in") {
      // "named in the summit statement": a document speaks for whoever issued it.
      const np = collectNounPhraseRight(view, codebook, k + 1, end);
      if (np && codebook.documents.test(view, np.phrase[0], np.phrase[1])) return np.phrase;
      return undefined;
    }
    if (word === "," || word === ";") return undefined;
  }
  return undefined;
}

/** The end of the clause that starts at `from`: the next ";" (outside quotes, unless reading a quote) or `end`. */
function clauseEndFrom(view: SentenceView, from: number, end: number, ignoreQuotes = false): number {
  for (let k = from; k < end; ++k) if (view.tokens[k].lower === ";" && (ignoreQuotes || !view.quoted[k])) return k;
  return end;
}

function isRoleWord(codebook: Codebook, word: string): boolean {
  return roleWords(codebook).has(word);
}

const roleWordCache = new WeakMap<Codebook, Set<string>>();
/** Lowercase words that can head or modify a speaker phrase: titles, collectives, offices, media and documents. */
function roleWords(codebook: Codebook): Set<string> {
  let words = roleWordCache.get(codebook);
  if (!words) {
    words = new Set<string>(nounPhraseModifiers);
    const add = (phrase: string) =>
      phrase
        .toLowerCase()
        .split(/[\s-]+/)
        .forEach((word) => words!.add(word.replace(/\.$/, "")));
    codebook.data.titles.forEach(add);
    codebook.data.collectives.forEach(add);
    codebook.data.media.nouns.forEach(add);
    codebook.data.documents.forEach(add);
    codebook.data.offices.forEach((office) => office.names.forEach(add));
    roleWordCache.set(codebook, words);
  }
  return words;
}

function isNounPhraseWord(view: SentenceView, codebook: Codebook, k: number): boolean {
  const token = view.tokens[k];
  if (!token) return false;
  if (token.kind === "possessive" || token.kind === "number") return true;
  if (token.kind !== "word") return token.text === "(" || token.text === ")" || token.text === "&";
  if (view.mentions[k] || insideMention(view, k)) return true;
  if (token.capitalized) return !subordinators.has(token.lower) || k > 0;
  return isRoleWord(codebook, token.lower);
}

function insideMention(view: SentenceView, k: number): boolean {
  for (let m = k - 1; m >= 0 && m > k - 6; --m) if (view.mentions[m] && view.mentions[m]!.end > k) return true;
  return false;
}

interface NounPhrase {
  phrase: [number, number];
  appositives: [number, number][];
  end: number;
}

/**
 * Collects the noun phrase that ends at `last`, walking left: names, titles, roles, possessives ("the country's
 * powerful army"), lists of names ("Japan, Brazil and the United States"), and "of"/"for"/"in" between nouns
 * ("Deputy Director for Treaty Affairs ... in the Chinese Foreign Ministry").
 */
function collectNounPhraseLeft(view: SentenceView, codebook: Codebook, last: number): NounPhrase | undefined {
  const w = (i: number) => view.tokens[i]?.lower ?? "";
  if (last >= 0 && view.tokens[last].kind === "word" && subjectPronouns.has(w(last)) && w(last) !== "who") {
    return {phrase: [last, last + 1], appositives: [], end: last + 1};
  }
  let k = last;
  let start = last + 1;
  while (k >= 0 && !view.quoted[k]) {
    const word = w(k);
    if (
      isNounPhraseWord(view, codebook, k) &&
      !(view.tokens[k].kind === "word" && subjectPronouns.has(word) && k !== last)
    ) {
      start = k;
      --k;
      continue;
    }
    if (determiners.has(word) && start <= last) {
      start = k;
      // "of the", "in the": a determiner inside the phrase, after a preposition that joins two nouns.
      const roleTo = w(k - 1) === "to" && isRoleWord(codebook, w(k - 2));
      if ((nounPhrasePrepositions.has(w(k - 1)) || roleTo) && isNounPhraseWord(view, codebook, k - 2)) {
        k -= 2;
        start = k + 1;
        continue;
      }
      if ((w(k - 1) === "and" || w(k - 1) === ",") && isListOfNames(view, k - 1, start, last)) {
        k -= 1;
        continue;
      }
      break;
    }
    if (
      nounPhrasePrepositions.has(word) &&
      start <= last &&
      isNounPhraseWord(view, codebook, k - 1) &&
      view.tokens[k + 1]?.capitalized !== false
    ) {
      --k;
      continue;
    }
    // "the Chinese ambassador to Pakistan", "envoy to the UN"
    if (word === "to" && start <= last && isRoleWord(codebook, w(k - 1))) {
      --k;
      continue;
    }
    if ((word === "and" || word === ",") && start <= last && isListOfNames(view, k, start, last)) {
      --k;
      continue;
    }
    break;
  }
  // "the two sides", "both countries": the count belongs to the phrase.
  if (start <= last && w(start - 1) === "both") start -= 1;
  else if (start <= last && w(start - 1) === "two" && w(start - 2) === "the") start -= 2;
  while (start <= last && (clauseOpeners.has(w(start)) || w(start) === "(") && view.tokens[start].capitalized) ++start;
  while (start <= last && (w(start) === "," || w(start) === "and" || nounPhrasePrepositions.has(w(start)))) ++start;
  if (start > last) return undefined;
  return {phrase: [start, last + 1], appositives: [], end: last + 1};
}

/** True when the "and" or comma at `k` joins names in a list whose later items are mentions. */
function isListOfNames(view: SentenceView, k: number, start: number, last: number): boolean {
  const before = k - 1;
  if (before < 0 || view.quoted[before]) return false;
  if (!endsActorMention(view, before)) return false;
  let conjunction = view.tokens[k].lower === "and";
  let actors = 0;
  for (let m = start; m <= last; ++m) {
    const mention = view.mentions[m];
    if (
      mention &&
      mention.entity.kind !== "state" &&
      mention.entity.kind !== "body" &&
      mention.entity.kind !== "person"
    )
      return false;
    if (mention) ++actors;
    if (view.tokens[m].lower === "and") conjunction = true;
  }
  return conjunction && actors > 0;
}

/** True when the token at `k` ends a mention of a state, body or person. */
function endsActorMention(view: SentenceView, k: number): boolean {
  const mention = mentionEndingAt(view, k + 1);
  return !!mention && ["state", "body", "person"].includes(mention.entity.kind);
}

function startsNounPhrase(view: SentenceView, codebook: Codebook, k: number): boolean {
  const token = view.tokens[k];
  if (!token || view.quoted[k]) return false;
  if (token.kind !== "word") return false;
  if (subjectPronouns.has(token.lower)) return token.lower !== "who";
  if (token.lower === "a" || token.lower === "an" || token.lower === "the")
    return isNounPhraseWord(view, codebook, k + 1);
  return token.capitalized || isRoleWord(codebook, token.lower);
}

/**
 * Collects the noun phrase that starts at `first`, walking right, with a following appositive (", a Chinese Foreign
 * Ministry spokeswoman") and a following participle phrase ("familiar with the talks").
 */
function collectNounPhraseRight(
  view: SentenceView,
  codebook: Codebook,
  first: number,
  end: number,
  {appositive = true} = {}
): NounPhrase | undefined {
  const w = (i: number) => view.tokens[i]?.lower ?? "";
  let k = first;
  if (subjectPronouns.has(w(k))) return {phrase: [k, k + 1], appositives: [], end: k + 1};
  if (determiners.has(w(k))) ++k;
  const start = first;
  let last = -1;
  while (k < end && !view.quoted[k]) {
    if (view.dateAt[k] !== -1) break;
    if (isNounPhraseWord(view, codebook, k) || (determiners.has(w(k)) && nounPhrasePrepositions.has(w(k - 1)))) {
      if (w(k) === "(") {
        const close = findClosingParen(view, k, end);
        if (close === -1) break;
        k = close + 1;
        last = close;
        continue;
      }
      last = k++;
      continue;
    }
    if (
      nounPhrasePrepositions.has(w(k)) &&
      last >= 0 &&
      (isNounPhraseWord(view, codebook, k + 1) || determiners.has(w(k + 1)))
    ) {
      ++k;
      continue;
    }
    break;
  }
  if (last < 0) return undefined;
  const phrase: [number, number] = [start, last + 1];
  const appositives: [number, number][] = [];
  let next = last + 1;
  if (!appositive) return {phrase, appositives, end: next};
  // A phrase that describes the speaker: "familiar with the talks", "speaking on condition ...".
  const describes = !!codebook.anonymous.first(view, next, end, (m) => m.start === next);
  if (next < end && (describes || (/(?:ing|ed)$/.test(w(next)) && !codebook.verbs.has(w(next))))) {
    const from = next;
    while (next < end && w(next) !== "," && w(next) !== "." && !view.quoted[next]) ++next;
    appositives.push([from, next]);
  }
  // ", a spokeswoman", ", the envoy", ", who …", or a title: ", Secretary (East) in the External Affairs Ministry".
  if (
    w(next) === "," &&
    (w(next + 1) === "a" ||
      w(next + 1) === "an" ||
      w(next + 1) === "the" ||
      w(next + 1) === "who" ||
      isRoleWord(codebook, w(next + 1)))
  ) {
    const from = next + 1;
    let to = from;
    const stops = (k: number) => w(k) === "," || w(k) === ";" || (w(k) === "." && !abbreviations.has(w(k - 1)));
    while (to < end && !stops(to) && !view.quoted[to]) ++to;
    appositives.push([from, to]);
    next = to;
  }
  return {phrase, appositives, end: next};
}

/** Where an act noun's phrase ends: its agent, then an infinitive of purpose ("to designate X"), up to a comma. */
function actNounEnd(view: SentenceView, from: number, end: number): number {
  const stops = [",", ";", ":", "."];
  // "a bid by Japan in Geneva to bar …": a place may stand between the agent and what the act asks for.
  let to = from;
  while (to < end && to < from + 6 && view.tokens[to].lower !== "to" && !stops.includes(view.tokens[to].lower)) ++to;
  if (view.tokens[to]?.lower !== "to") {
    // "… moved by France on 27 February": the act's time, told after its agent, is the act's own.
    const at = view.dateAt[from] !== -1 ? from : view.dateAt[from + 1] !== -1 && from + 1 < end ? from + 1 : -1;
    return at === -1 ? from : Math.min(end, view.dates[view.dateAt[at]].end);
  }
  let k = to;
  while (k < end && !stops.includes(view.tokens[k].lower) && !view.quoted[k]) ++k;
  return k;
}

function findClosingParen(view: SentenceView, open: number, end: number): number {
  for (let k = open + 1; k < Math.min(end, open + 8); ++k) if (view.tokens[k].text === ")") return k;
  return -1;
}

/** The owner of a speech noun: "China's remarks", "Beijing's stand". */
function possessorOf(view: SentenceView, codebook: Codebook, possessive: number): [number, number] | undefined {
  return collectNounPhraseLeft(view, codebook, possessive - 1)?.phrase;
}

interface Subject {
  phrase: [number, number];
  appositives: [number, number][];
  clauseStart: number;
  subordinator?: string;
  relative?: string;
}

const agentParticiples = new Set(["led", "headed", "accompanied", "chaired", "sent", "dispatched"]);
const clauseBreakWords = new Set([",", ";", ":", "that", "and", "but"]);

function findSubjectLeft(view: SentenceView, codebook: Codebook, j: number, hit: Hit): Subject | undefined {
  const w = (i: number) => view.tokens[i]?.lower ?? "";
  const appositives: [number, number][] = [];
  let k = j;
  let relative: string | undefined;
  // "<subject>, signed by A, B and C, <verb>": a participle phrase with its agent, however many commas its list of
  // agents holds, stands between the subject and the verb.
  if (w(k) === ",") {
    for (let p = k - 2; p > 0 && p > k - 30; --p) {
      if (view.quoted[p]) break;
      if (w(p) === "," && /(?:ed|en)$/.test(w(p + 1)) && w(p + 2) === "by") {
        appositives.push([p + 1, k]);
        k = p - 1;
        break;
      }
    }
  }
  // A parenthetical between subject and verb: "China, on Monday, said"; "X, now Pakistan's ambassador, told".
  for (
    let guard = 0;
    guard < 3 && k >= 0 && (w(k) === "," || view.tokens[k].kind === "dash" || w(k) === ")");
    ++guard
  ) {
    const closer = w(k);
    let open = k - 1;
    const opener = closer === ")" ? "(" : null;
    while (
      open >= 0 &&
      !(opener ? w(open) === opener : w(open) === "," || view.tokens[open].kind === "dash") &&
      k - open < 20
    )
      --open;
    if (open < 0 || k - open >= 20) return undefined;
    appositives.push([open + 1, k]);
    k = open - 1;
    while (k >= 0 && ((isAdverb(w(k)) && !view.tokens[k].capitalized) || auxiliaries.has(w(k)) || negations.has(w(k))))
      --k;
  }
  if (relativePronouns.has(w(k)) || w(k) === "what") {
    relative = w(k);
    if (relative === "what") return undefined;
    k -= 1;
    if (w(k) === ",") --k;
  }
  if (k < 0 || (view.quoted[k] && !view.closesQuote[k])) return undefined;
  if (view.quoted[k]) return undefined;
  // "One of them said": one of a group the text spoke of before.
  if ((w(k) === "them" || w(k) === "those") && w(k - 1) === "of" && w(k - 2) === "one")
    return {phrase: [k - 2, k + 1], appositives, clauseStart: k - 2};
  // "People familiar with the matter said": a source described by what it knows.
  const anonymous = codebook.anonymous.first(view, 0, k + 1, (m) => m.end === k + 1 && m.start > 0);
  if (anonymous) {
    const head = collectNounPhraseLeft(view, codebook, anonymous.start - 1);
    const from = head ? head.phrase[0] : anonymous.start;
    return {phrase: [from, k + 1], appositives, clauseStart: from};
  }
  // "A French team headed by a deputy minister urged …": the phrase that the participle and
  // its agent describe is the subject.
  for (let p = k - 1; p > 0 && p > k - 12; --p) {
    if (view.quoted[p] || clauseBreakWords.has(w(p))) break;
    if (w(p + 1) === "by" && agentParticiples.has(w(p)) && !view.tokens[p].capitalized) {
      const described = collectNounPhraseLeft(view, codebook, p - 1);
      if (described) {
        appositives.push([p, k + 1]);
        k = p - 1;
      }
      break;
    }
  }
  let np = collectNounPhraseLeft(view, codebook, k);
  if (!np) return undefined;
  let before = np.phrase[0] - 1;
  // "Li Wei currently visiting Kabul said": the phrase before a participle is the subject.
  const participle = view.tokens[before];
  if (
    participle &&
    /ing$/.test(participle.lower) &&
    !participle.capitalized &&
    !ingNouns.has(participle.lower) &&
    !relative &&
    view.mentions[np.phrase[0]]
  ) {
    let m = before - 1;
    while (m >= 0 && isAdverb(w(m))) --m;
    const earlier = m >= 0 ? collectNounPhraseLeft(view, codebook, m) : undefined;
    if (earlier && view.tokens[m].capitalized) {
      np = earlier;
      before = np.phrase[0] - 1;
    }
  }
  // "Iran's minister for planning, X, said": a title's own phrase after it is part of the subject.
  // Its object may open on an adjective or two: "minister for economic affairs".
  let complement = before;
  while (
    complement > 0 &&
    before - complement < 2 &&
    !titleComplements.has(w(complement)) &&
    /^\p{Ll}+$/u.test(w(complement)) &&
    !codebook.verbs.has(w(complement))
  )
    --complement;
  if (titleComplements.has(w(complement)) && !relative) {
    const title = collectNounPhraseLeft(view, codebook, complement - 1);
    if (title && codebook.titles.test(view, title.phrase[0], title.phrase[1])) {
      np = {...np, phrase: [title.phrase[0], np.phrase[1]]};
      before = title.phrase[0] - 1;
    }
  }
  // "Reza Karimi, Iran's minister for trade, who led …, told": the name before a title set off by
  // commas is the subject, the title its appositive.
  if (w(before) === "," && !relative && codebook.titles.test(view, np.phrase[0], np.phrase[1])) {
    const name = collectNounPhraseLeft(view, codebook, before - 1);
    if (name && name.phrase[1] === before && properNameAt(view, name.phrase)) {
      appositives.push(np.phrase);
      np = name;
      before = np.phrase[0] - 1;
    }
  }
  const beforeWord = w(before);
  if (beforeWord === "," && !appositives.length) {
    // "Deputy Director General ... in the Foreign Ministry, X said": a title phrase set off before a name.
    let open = before - 1;
    while (open >= 0 && w(open) !== "," && before - open < 20) --open;
    const segment: [number, number] = [open + 1, before];
    if (segment[1] > segment[0] && codebook.titles.test(view, segment[0], segment[1])) appositives.push(segment);
  }
  if (before >= 0 && prepositions.has(beforeWord) && !relative && !subordinators.has(beforeWord)) return undefined;
  if (before >= 0 && (beforeWord === "the" || beforeWord === "a" || beforeWord === "an")) return undefined;
  let clauseStart = np.phrase[0];
  let subordinator: string | undefined;
  if (before >= 0 && subordinators.has(beforeWord)) {
    subordinator = beforeWord;
    clauseStart = before;
  }
  if (hit.start - np.phrase[1] > 25) return undefined;
  return {phrase: np.phrase, appositives: [...appositives, ...np.appositives], clauseStart, subordinator, relative};
}

/** Whether a phrase is a person's name: two or more capitalized words, none of them a known entity but a person. */
function properNameAt(view: SentenceView, [a, b]: [number, number]): boolean {
  if (b - a < 2) return false;
  for (let k = a; k < b; ++k)
    if (!view.tokens[k].capitalized || (view.mentions[k] && view.mentions[k]!.entity.kind !== "person")) return false;
  return true;
}

// Verbs that set up an occasion for what the infinitive after their object does: "used a meeting to press".
const instrumentVerbs = new Set(["used", "uses", "using", "took", "takes", "seized"]);

// "The spokesman would only say that …": a past habit of restraint in telling, not a hypothesis.
const restrictive = new Set(["only", "merely", "simply", "just"]);

// Prepositions that join a title to what it is over: "adviser on foreign affairs", "minister for planning".
const titleComplements = new Set(["on", "for", "of"]);

/** Whether a hit's subject is a bare pronoun. */
/**
 * The person a sentence opens on, when the sentence is about them without reporting what they said ("Zhang Ruiqing,
 * the party chief of Kashgar, went further."): a later "he" refers to them. A capitalized name of two words or more
 * that the codebook does not know as something else, followed by its verb.
 *
 * @example
 * const subject = sentenceSubject(view, codebook); // {phrase: [0, 2], appositives: [[3, 9]]}
 */
export function sentenceSubject(
  view: SentenceView,
  codebook: Codebook
): {phrase: [number, number]; appositives: [number, number][]} | undefined {
  const opening = openingPhraseEnd(view);
  const np = collectNounPhraseRight(view, codebook, opening, view.tokens.length);
  if (!np || view.quoted[opening]) return undefined;
  const [start, end] = np.phrase;
  // "Envoys in Kabul told another story": a group of people, whatever places it names.
  const collective = codebook.collectives.has(view.tokens[start].lower) && view.tokens[start].capitalized;
  // A name may follow what it is of ("Pakistan's Foreign Office spokeswoman Tehmina Aziz"), but a state or an
  // office alone is no person.
  let names = 0;
  let described = false;
  for (let k = start; k < end; ++k) {
    const token = view.tokens[k];
    const mention = view.mentions[k] ?? (insideMention(view, k) ? true : undefined);
    if (mention && (mention === true || mention.entity.kind !== "person")) described = true;
    else if (token.kind === "word" && token.capitalized && !determiners.has(token.lower)) ++names;
  }
  // "Pakistan's army chief, Gen. Khalid Awan, visited": the name may stand in the appositive.
  const nameAfter = np.appositives.some((appositive) => nameInAppositive(view, codebook, appositive));
  const named = (!view.mentions[end - 1] && !insideMention(view, end - 1) && names >= 2) || nameAfter;
  // "A Nepali official, speaking anonymously, shrugged it off": someone the text describes by title alone.
  const titled = described && names === 0 && isRoleWord(codebook, view.tokens[end - 1].lower);
  if (described && !collective && !named && !titled) return undefined;
  // Appositives are set off by commas ("Zhang, the party chief, went further"); without one, the verb follows.
  const setOff = view.tokens[end]?.lower === ",";
  const after = setOff ? np.end : end;
  const next = view.tokens[after]?.lower === "," ? view.tokens[after + 1] : view.tokens[after];
  if ((names < 2 && !collective && !nameAfter && !titled) || !next || next.kind !== "word" || next.capitalized)
    return undefined;
  return {phrase: np.phrase, appositives: setOff ? np.appositives : []};
}

const openingWords = new Set([
  "in",
  "on",
  "at",
  "from",
  "after",
  "before",
  "during",
  "while",
  "following",
  "since",
  "within"
]);

/**
 * The index just past the comma that closes a sentence's opening phrase of time or place ("A day after the bombing,",
 * "In Islamabad,"), or 0 when the sentence opens on its subject.
 */
export function openingPhraseEnd(view: SentenceView): number {
  const first = view.tokens[0];
  if (!first || (view.dateAt[0] === -1 && !openingWords.has(first.lower))) return 0;
  for (let k = 1; k < view.tokens.length && k <= 10; ++k) {
    const token = view.tokens[k];
    if (token.lower === ",") return view.quoted[k] ? 0 : k + 1;
    if (view.quoted[k] || token.kind === "punct") return 0;
  }
  return 0;
}

export function subjectIsPronoun(view: SentenceView, hit: Hit): boolean {
  return (
    !!hit.subject && hit.subject[1] - hit.subject[0] === 1 && subjectPronouns.has(view.tokens[hit.subject[0]].lower)
  );
}
