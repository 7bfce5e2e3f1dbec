import type {Codebook} from "./codebook.ts";
import {connectives} from "./connectives.ts";
import {EntityIndex} from "./EntityIndex.ts";
import type {Mention, PatternMatch} from "./patterns.ts";
import {abbreviations} from "./segment.ts";
import {textOf, type SentenceView} from "./SentenceView.ts";

/** Who spoke, as the text names them, and whom they act for. */
export interface Speaker {
  /** The speaker as the text names them ("Yang Jiechi", "Chinese officials", "Beijing"). */
  text: string;
  /** The role as stated ("State Councilor", "spokeswoman"), or empty. */
  role: string;
  /** The actor codes the speaker acts for; several for "Japan, Brazil and the United States". */
  actors: string[];
  kind: "person" | "state" | "body" | "office" | "collective" | "media" | "document" | "unknown";
  /** Has a proper name of a person. */
  named: boolean;
  /** The text withholds who the source is ("sources", "an official familiar with the talks"). */
  anonymous: boolean;
  /** The words that say so ("familiar with", "on condition of anonymity"), when the text says it outright. */
  anonymityCue: string;
  /** The words that decided the actor. */
  actorCue: string;
  /** How the speaker was found: by name, pronoun, description, context. */
  via: "name" | "pronoun" | "description" | "context" | "none";
  /** Offsets of the speaker's words in the body (the antecedent's for a pronoun). */
  start: number;
  end: number;
}

/**
 * True for a speaker whose own words are nobody's statement: a news outlet, a text, or a person who acts for no
 * state (an analyst). What they report others said still counts, and a later "it said" or "he said" means them.
 *
 * @example
 * isVoiceOfNoState({kind: "media", actors: [], ...}); // true
 */
export function isVoiceOfNoState(speaker: Speaker): boolean {
  return (
    speaker.kind === "media" || speaker.kind === "document" || (speaker.kind === "person" && !speaker.actors.length)
  );
}

/** Words that open a relative clause ("X, who …", "the offensive, which …"). */
export const relativeWords = new Set(["who", "which", "whose"]);
const pronounWords = new Set(["he", "she", "it", "they", "we", "i", "you"]);
const functionWords = new Set([
  "the",
  "a",
  "an",
  ...connectives,
  "even",
  "its",
  "their",
  "his",
  "her",
  "this",
  "that",
  "these",
  "those",
  "of",
  "for",
  "in",
  "within",
  "at",
  "from",
  "on",
  "'s",
  "(",
  ")",
  ",",
  "&"
]);
const locationPrepositions = new Set(["in", "at", "to", "from", "toward", "towards", "into"]);

/**
 * What an article has said so far, for resolving the next speaker: the people it has introduced (so that "Yang"
 * after "Yang Jiechi" is found), the speakers of its statements (for "he", "they", "the official"), the states it
 * has named (for "the country").
 */
export class DocumentContext {
  readonly people = new EntityIndex();
  readonly speakers: Speaker[] = [];
  private readonly stateMentions: {offset: number; code: string; salient: boolean; subject: boolean}[] = [];
  private readonly stateCounts = new Map<string, number>();
  private readonly known = new Set<string>();
  /** The head nouns of the documents the article has called leaked ("a leaked US diplomatic cable": "cable"). */
  readonly leakedDocuments = new Set<string>();
  /** The country each office named without one was found to belong to ("the foreign office": PK), by its words. */
  readonly officeCountries = new Map<string, string>();
  private sentenceStart = 0;
  private previousSentenceStart = 0;
  /** The state the current sentence and the one before it are about as their subject, with the words that name it. */
  private subjects: (Subject | undefined)[] = [undefined, undefined];
  /** The place the current paragraph opens on ("In Islamabad, the mood was …"), with its words. */
  private scene: {paragraph: number; place?: {code: string; start: number; end: number}} = {paragraph: -1};

  /** The country of the article's publisher, when the codebook knows the outlet. */
  readonly publisherCountry: string | undefined;

  constructor(
    readonly codebook: Codebook,
    {publisher}: {publisher?: string} = {}
  ) {
    this.publisherCountry = publisher ? codebook.mediaCountries.get(publisher.toLowerCase()) : undefined;
  }

  /** Records the states a sentence names and the codebook people it mentions. Call once per sentence, in order. */
  observe(view: SentenceView): void {
    this.previousSentenceStart = this.sentenceStart;
    this.sentenceStart = view.tokens[0]?.start ?? this.sentenceStart;
    this.subjects = [this.subjects[1], undefined];
    const {paragraph} = view.sentence;
    if (this.scene.paragraph !== paragraph) {
      const place = openingPlace(view, this.codebook, view.tokens.length);
      this.scene = {
        paragraph,
        place: place && {code: place.code, start: view.tokens[place.start].start, end: view.tokens[place.end - 1].end}
      };
    }
    const subjectEnd = openingSubjectEnd(view);
    for (let i = 0; i < view.tokens.length; ++i) {
      if (view.tokens[i].lower !== "leaked" || view.quoted[i]) continue;
      const document = this.codebook.documents.first(view, i + 1, Math.min(view.tokens.length, i + 6));
      if (document) this.leakedDocuments.add(view.tokens[document.end - 1].lower);
    }
    view.mentions.forEach((mention, i) => {
      if (!mention || mention.start !== i) return;
      const {entity} = mention;
      if (entity.kind === "state" && entity.code) {
        // A state that opens its sentence or owns what follows ("Pakistan's handling …") is what the passage is about.
        // A dateline in capitals ("ISLAMABAD (AP) —") says where the reporter was, not whom the passage is about.
        const token = view.tokens[i];
        const after = view.tokens[mention.end];
        const dateline =
          i === 0 &&
          token.text.length > 1 &&
          token.text === token.text.toUpperCase() &&
          (after?.text === "(" || after?.kind === "dash" || after?.text === ":" || after?.text === ",");
        const salient = !dateline && !view.quoted[i] && (i === 0 || view.tokens[mention.end]?.kind === "possessive");
        const subject = !dateline && !view.quoted[i] && i < subjectEnd;
        if (subject && !this.subjects[1]) {
          // "Afghanistan's foreign ministry was less restrained", "the Chinese embassy was less restrained": the
          // office the state owns; or the state itself, unless it owns something else ("Beijing's worries are many").
          const possessive = view.tokens[mention.end]?.kind === "possessive";
          const owned = view.mentions[possessive ? mention.end + 1 : mention.end];
          const phraseEnd = owned?.entity.kind === "office" ? owned.end : possessive ? -1 : mention.end;
          if (phraseEnd !== -1 && (phraseEnd !== mention.end || entity.form !== "adjective"))
            this.subjects[1] = {
              code: entity.code,
              kind: phraseEnd === mention.end ? "state" : "office",
              start: view.tokens[i].start,
              end: view.tokens[phraseEnd - 1].end,
              nameEnd: view.tokens[mention.end - 1].end
            };
        }
        this.stateMentions.push({
          offset: view.tokens[i].start,
          code: entity.code,
          salient: salient || subject,
          subject
        });
        this.stateCounts.set(entity.code, (this.stateCounts.get(entity.code) ?? 0) + 1);
      }
      if (entity.kind === "person" && entity.code) this.introduce(entity.name, entity.code, entity.role ?? "");
      if (entity.kind === "state" && entity.code) this.introduceTitled(view, mention.end, entity.code);
      if (entity.kind === "office" && !entity.code) {
        // "the Chinese embassy", "Pakistan's Foreign Office": a later bare "embassy spokesman" is the same office.
        const owner = view.tokens[i - 1]?.kind === "possessive" ? view.mentions[i - 2] : view.mentions[i - 1];
        if (
          owner?.entity.kind === "state" &&
          owner.entity.code &&
          owner.end === (view.tokens[i - 1]?.kind === "possessive" ? i - 1 : i)
        )
          this.officeCountries.set(officeKey(view, mention), owner.entity.code);
        // "The ministry was less restrained. The attack, it said, …": an office named again, whose country is known,
        // as the subject of its sentence.
        const code = this.officeCountries.get(officeKey(view, mention));
        if (code && !owner?.entity.code && !this.subjects[1] && i < subjectEnd && !view.quoted[i])
          this.subjects[1] = {
            code,
            kind: "office",
            start: view.tokens[i].start,
            end: view.tokens[mention.end - 1].end,
            nameEnd: view.tokens[mention.end - 1].end
          };
      }
    });
  }

  /**
   * "Kenya's foreign minister, Amos Wekesa Otieno, flew in", "Chilean President Rosa Ibarra left": a name
   * after a state's title is that state's person, known by name for the rest of the article even when this sentence
   * reports nothing.
   */
  private introduceTitled(view: SentenceView, after: number, code: string): void {
    const {tokens} = view;
    let k = tokens[after]?.kind === "possessive" ? after + 1 : after;
    let role = "";
    for (let title; (title = this.codebook.titles.first(view, k, tokens.length, (m) => m.start === k)); k = title.end)
      role = title.data;
    if (!role) return;
    if (tokens[k]?.lower === ",") ++k;
    const first = k;
    while (
      k < tokens.length &&
      k - first < 4 &&
      tokens[k].kind === "word" &&
      tokens[k].capitalized &&
      !view.quoted[k] &&
      (!view.mentions[k] || view.mentions[k]!.entity.kind === "person")
    )
      ++k;
    if (k - first < 2 || view.mentions[first]?.entity.kind === "person") return;
    this.introduce(
      tokens
        .slice(first, k)
        .map((token) => token.text)
        .join(" "),
      code,
      role
    );
  }

  /** Makes a person's name and its parts resolvable for the rest of the article. */
  introduce(name: string, actor: string, role: string): void {
    if (this.known.has(name)) return;
    this.known.add(name);
    const entity = {kind: "person" as const, code: actor || null, name, form: "name" as const, role};
    this.people.add(name, entity);
    // "Wang Yi" is later "Wang", "Khawaja Muhammad Asif" later "Asif": each part of a full name stands for it.
    const words = name.split(/\s+/);
    if (words.length > 1)
      for (const part of words) if (/^\p{Lu}\p{L}+$/u.test(part)) this.people.add(part, {...entity, form: "alias"});
  }

  /**
   * The state (or a state's office) that the sentence being read or the one before it has as its subject, before a
   * body offset: what "it said" refers to when nobody spoke since ("Afghanistan's foreign ministry was less restrained.
   * The bombing, it said, …").
   */
  subjectBefore(offset: number): Subject | undefined {
    const [previous, current] = this.subjects;
    return current && current.end <= offset ? current : previous;
  }

  /**
   * The place the paragraph of `view` opens on ("In Islamabad, the mood was one of caution …"), which sets the scene
   * for the officials its later sentences quote: its code and body offsets.
   */
  scenePlace(view: SentenceView): {code: string; start: number; end: number} | undefined {
    return this.scene.paragraph === view.sentence.paragraph ? this.scene.place : undefined;
  }

  /**
   * The last state that a sentence opened on or that owned what followed ("Pakistan's handling"), before a body
   * offset, in the sentence being read or the one before it.
   */
  nearbyStateBefore(offset: number): string | undefined {
    // The state of a sentence's subject ("China's foreign ministry answered Pakistan's critics") before any other.
    for (let k = this.stateMentions.length - 1; k >= Math.max(0, this.stateMentions.length - 40); --k) {
      const mention = this.stateMentions[k];
      if (mention.offset < this.previousSentenceStart) break;
      if (mention.offset < offset && mention.subject) return mention.code;
    }
    return this.lastStateBefore(offset, {since: this.previousSentenceStart, salient: true});
  }

  /**
   * The last state named before a body offset, among the last 40 mentions. Options: `since` (default 0), the offset
   * before which mentions do not count; `salient` (default false), only states a sentence opened on or that owned
   * what followed.
   */
  lastStateBefore(offset: number, {since = 0, salient = false} = {}): string | undefined {
    for (let k = this.stateMentions.length - 1; k >= Math.max(0, this.stateMentions.length - 40); --k) {
      const mention = this.stateMentions[k];
      if (mention.offset < since) return undefined;
      if (mention.offset < offset && (mention.salient || !salient)) return mention.code;
    }
    return undefined;
  }

  /** The last two distinct states named before a body offset, among the last 40 mentions, in the order named. */
  lastTwoStatesBefore(offset: number): string[] {
    const found: string[] = [];
    for (let k = this.stateMentions.length - 1; k >= Math.max(0, this.stateMentions.length - 40); --k) {
      const {offset: at, code} = this.stateMentions[k];
      if (at < offset && !found.includes(code)) found.unshift(code);
      if (found.length === 2) return found;
    }
    return [];
  }

  /** Whether the article has named a state so far. */
  hasNamed(code: string): boolean {
    return this.stateCounts.has(code);
  }

  /** The state the article has named most so far (ties: the first named). */
  /** The state the article has named most so far, leaving out `exclude` (default none). */
  mostNamedState(exclude: string[] = []): string | undefined {
    let best: string | undefined;
    let count = 0;
    for (const [code, n] of this.stateCounts) if (n > count && !exclude.includes(code)) [best, count] = [code, n];
    return best;
  }

  /**
   * The most recent speaker that passes `test`, among the last few: a pronoun or description refers to someone who
   * spoke recently, and a bounded search keeps a long article linear.
   */
  lastSpeaker(test: (speaker: Speaker) => boolean, {within = 40} = {}): Speaker | undefined {
    for (let k = this.speakers.length - 1; k >= Math.max(0, this.speakers.length - within); --k) {
      if (test(this.speakers[k])) return this.speakers[k];
    }
    return undefined;
  }
}

/**
 * Resolves the speaker of a subject phrase (projected indices `[start, end)` of `view`) with its appositives: a
 * person by name or by the title and nationality around an unknown name, a state by name, adjective or capital, a
 * body (a list of states equal to a body's members is that body), an office, a collective, a news outlet, a
 * document, or a pronoun or description that refers back to an earlier speaker.
 *
 * @example
 * const speaker = resolveSpeaker(body, view, [3, 7], [], context);
 * speaker.actors; // ["CN"]
 */
export function resolveSpeaker(
  body: string,
  view: SentenceView,
  phrase: [number, number],
  appositives: [number, number][],
  context: DocumentContext,
  {exclude = []}: {exclude?: string[]} = {}
): Speaker {
  // "Ayesha Rafiq, a security analyst": commentary speaks for no state, whatever the words around say of where.
  const commentator = isCommentator(view, phrase, appositives, context.codebook);
  const speaker = findSpeaker(body, view, phrase, appositives, context, {exclude, commentator});
  if (commentator && speaker.kind !== "media" && speaker.kind !== "document" && speaker.via !== "pronoun") {
    return speakerRecord({...speaker, actors: [], actorCue: ""});
  }
  return speakerRecord(speaker);
}

/**
 * Whether a speaker's words describe them as a commentator, who speaks for no state: a title (codebook
 * `non_state_titles`: an analyst, a scholar) outside a relative clause, or an affiliation anywhere in the description
 * (`non_state_affiliations`: "who teaches at a university", "an exile group").
 *
 * @example
 * isCommentator(view, hit.subject, hit.appositives, codebook); // true for "Ayesha Rafiq, a security analyst"
 */
export function isCommentator(
  view: SentenceView,
  phrase: [number, number],
  appositives: [number, number][],
  codebook: Codebook
): boolean {
  if (describedAs(view, phrase, appositives, codebook.nonStateTitles)) return true;
  return [phrase, ...appositives].some(([a, b]) => codebook.nonStateAffiliations.test(view, a, b));
}

function describedAs(
  view: SentenceView,
  phrase: [number, number],
  appositives: [number, number][],
  titles: Set<string>
): boolean {
  for (const [a, b] of [phrase, ...appositives]) {
    // ", who met Chinese experts,": a relative clause tells what the speaker did, not what they are.
    if (relativeWords.has(view.tokens[a]?.lower ?? "")) continue;
    for (let k = a; k < b; ++k) if (titles.has(view.tokens[k].lower)) return true;
  }
  return false;
}

/**
 * The speaker's fields in one order: every speaker has the same shape, whichever way it was found, which keeps the
 * code that reads speakers fast.
 */
function speakerRecord(s: Speaker): Speaker {
  return {
    text: s.text,
    role: s.role,
    actors: s.actors,
    kind: s.kind,
    named: s.named,
    anonymous: s.anonymous,
    anonymityCue: s.anonymityCue,
    actorCue: s.actorCue,
    via: s.via,
    start: s.start,
    end: s.end
  };
}

function findSpeaker(
  body: string,
  view: SentenceView,
  phrase: [number, number],
  appositives: [number, number][],
  context: DocumentContext,
  {exclude, commentator}: {exclude: string[]; commentator: boolean}
): Speaker {
  const {codebook} = context;
  const [start, end] = phrase;
  const words = view.tokens.slice(start, end).map((token) => token.lower);
  const charStart = view.tokens[start].start;
  const charEnd = view.tokens[end - 1].end;
  // Where the speaker's words and their description end: what follows says where or when they spoke.
  const described = Math.max(end, ...appositives.map(([, b]) => b));
  // ", who toured the Iranian consulate,": a relative clause tells what the speaker did, not whom they speak for.
  const describing = appositives.filter(([a]) => !relativeWords.has(view.tokens[a]?.lower ?? ""));
  const describedBy = Math.max(end, ...describing.map(([, b]) => b));
  const text = textOf(body, view, start, end);
  let cue = codebook.anonymous.first(view, start, end);
  for (const [a, b] of appositives) cue ??= codebook.anonymous.first(view, a, b);
  const anonymityCue = cue ? textOf(body, view, cue.start, cue.end) : "";
  const onRecord = words.some((word) => codebook.onRecordTitles.has(word));
  // "an official", "two Pakistani officials", "several diplomats": people the text counts but does not name (and not
  // "several members of Congress", who are named by the body they sit in).
  const unnamed =
    words[0] === "a" ||
    words[0] === "an" ||
    (countWords.has(words[0]) && !mentionsIn(view, start, end).some((m) => m.entity.kind !== "state"));
  const anonymous = !!cue || (unnamed && !hasProperName(view, start, end) && !onRecord);
  const base = {
    text,
    role: "",
    actors: [] as string[],
    named: false,
    anonymous,
    anonymityCue,
    actorCue: "",
    start: charStart,
    end: charEnd
  };

  if (end - start === 1 && pronounWords.has(words[0])) return resolvePronoun(body, words[0], base, context);
  // "its spokesman Alim Dolkun": the spokesman of the body, office or group that spoke last, for whom they speak.
  const ownedFrom = words[0] === "its" ? start + 1 : view.tokens[start - 1]?.lower === "its" ? start : -1;
  if (ownedFrom !== -1 && ownedFrom < end) {
    const owner = context.lastSpeaker((s) => s.kind !== "media" && s.via !== "pronoun");
    if (owner && !owner.actors.length) {
      const name = properName(body, view, codebook, ownedFrom, end);
      return {...base, text: name || text, named: !!name, kind: "person", via: "description"};
    }
  }
  // "One of them said": one of the group that spoke last, anonymous if it was.
  if (words[0] === "one" && words[1] === "of" && (words[2] === "them" || words[2] === "those") && words.length === 3) {
    const group = context.lastSpeaker((s) => s.kind === "collective" || (s.anonymous && s.kind !== "media"));
    if (group) {
      const {actors, actorCue, anonymous: wasAnonymous, anonymityCue: groupCue} = group;
      return {
        ...base,
        actors,
        actorCue,
        anonymous: wasAnonymous,
        anonymityCue: groupCue,
        kind: "person",
        via: "pronoun"
      };
    }
  }

  // "The two sides agreed", "both countries": the two states the passage is about.
  const pair = words[0] === "both" ? 1 : words[0] === "the" && words[1] === "two" ? 2 : 0;
  if (pair && words.length === pair + 1 && pairNouns.has(words[pair])) {
    const actors = context.lastTwoStatesBefore(charStart);
    if (actors.length === 2) return {...base, actors, kind: "collective", actorCue: text, via: "description"};
  }

  const mentions = mentionsIn(view, start, end);
  // "Rebels in Sindh, who accuse …": a province or a city is where people are, not a voice of its state;
  // its authorities are ("local authorities in Xinjiang", "the Xinjiang government").
  if (mentions.length && mentions.every((m) => m.entity.form === "region") && !isCollective(codebook, words))
    return {...base, kind: "unknown", via: "name"};
  // "The group, an outfit that attacks foreign-built roads, said …": a militant group speaks for no state, whatever
  // its description names.
  const head = mentions.find((m) => m.end === end || (m.end === end - 1 && view.tokens[end - 1].text === ")"));
  if (head?.entity.kind === "group" && !mentions.some((m) => m.entity.kind === "person")) {
    return {...base, kind: "unknown", via: "name"};
  }
  const role = roleIn(body, view, codebook, [[start, end], ...appositives]);
  // "The Indian envoy to Beijing, Ravi Kant, said": the name may stand in the appositive.
  const name =
    properName(body, view, codebook, start, end) ||
    appositives
      .map((appositive) => {
        const found = nameInAppositive(view, codebook, appositive);
        return found ? textOf(body, view, found[0], found[1]) : "";
      })
      .find(Boolean) ||
    "";
  const person = mentions.find((m) => m.entity.kind === "person");
  if (person) {
    const entity = person.entity;
    const actor =
      entity.code ?? actorFromWords(body, view, context, [[start, end], ...describing], charStart)?.actors[0] ?? "";
    context.introduce(entity.name, actor, role || entity.role || "");
    return {
      ...base,
      text: entity.name,
      role: role || entity.role || "",
      actors: actor ? [actor] : [],
      kind: "person",
      named: true,
      actorCue: textOf(body, view, person.start, person.end),
      via: "name"
    };
  }
  const media = mentions.find((m) => m.entity.kind === "media");
  const isDocument = codebook.documents.test(view, start, end);
  // A news outlet, or a phrase headed by a media noun ("Chinese state media", "the paper"), reports; it is no actor.
  const mediaHead = !!codebook.mediaNouns.first(view, start, end, (m) => m.end === end);
  if ((media && !name) || (mediaHead && !isDocument && !name)) {
    return {...base, kind: "media", via: "name"};
  }
  const fromWords = actorFromWords(body, view, context, [[start, end]], charStart);
  if (isDocument && !name) {
    // A text speaks for whoever its words or its description name: "the joint statement, signed by the leaders of …".
    const issuedBy = fromWords ?? actorFromWords(body, view, context, appositives, charStart);
    if (issuedBy) return {...base, ...issuedBy, kind: "document", via: "name"};
    const issuer = context.lastSpeaker(
      (s) => s.kind === "body" || s.kind === "document" || s.kind === "state" || s.kind === "office"
    );
    return {
      ...base,
      actors: issuer?.actors ?? [],
      kind: "document",
      actorCue: issuer ? issuer.text : "",
      via: "description"
    };
  }
  if (name) {
    const found = fromWords ?? actorFromWords(body, view, context, describing, charStart);
    const fromContext = found
      ? undefined
      : contextActor(body, context, view, [start, describedBy], exclude, {titled: !!role});
    const actors = found?.actors ?? fromContext!.actors;
    // A commentator's later mentions ("Rafiq said") carry no state either.
    if (actors.length || commentator) context.introduce(name, commentator ? "" : actors[0], role);
    return {
      ...base,
      text: name,
      role,
      actors,
      kind: "person",
      named: true,
      actorCue: found?.actorCue ?? fromContext!.cue,
      via: found ? "name" : "context"
    };
  }
  // A description that only adds the nationality of the one it refers to refers back too ("the Indian official" after
  // "a senior Indian official said"), keeping their anonymity.
  const nationality =
    (words[0] === "the" || words[0] === "this") && words.length === 3 && isRole(codebook, words[2])
      ? mentionsIn(view, start + 1, start + 2).find((m) => m.entity.kind === "state" && m.entity.form === "adjective")
          ?.entity.code
      : undefined;
  if (nationality) {
    const head = words[2];
    const previous = context.lastSpeaker(
      (s) =>
        (s.kind === "person" || s.kind === "collective" || s.anonymous) &&
        s.actors.length === 1 &&
        s.actors[0] === nationality &&
        (s.role.toLowerCase().includes(head) || s.text.toLowerCase().includes(head))
    );
    if (previous) return describedAgain(base, previous, head);
  }
  if (fromWords) {
    const kind = fromWords.kind;
    return {
      ...base,
      ...fromWords,
      role,
      kind:
        role && kind === "state" && !isCollective(codebook, words)
          ? "person"
          : isCollective(codebook, words) && kind === "state"
            ? "collective"
            : kind,
      via: "name"
    };
  }
  // A bare description refers back ("the official", "the ministry"); a modified one ("the interior secretary")
  // introduces someone new.
  if ((words[0] === "the" || words[0] === "this") && words.length === 2) {
    const head = words[words.length - 1];
    const previous =
      context.lastSpeaker(
        (s) =>
          (s.kind === "person" || s.kind === "collective" || s.anonymous) &&
          (s.role.toLowerCase().includes(head) || s.text.toLowerCase().includes(head))
      ) ??
      (isRole(codebook, head) ? context.lastSpeaker((s) => s.kind === "person") : undefined) ??
      context.lastSpeaker((s) => (s.kind === "office" || s.kind === "body") && s.text.toLowerCase().includes(head));
    if (previous) return describedAgain(base, previous, role);
  }
  const fromAppositive = actorFromWords(body, view, context, describing, charStart);
  if (fromAppositive)
    return {
      ...base,
      ...fromAppositive,
      role,
      kind: isCollective(codebook, words) ? "collective" : "person",
      via: "name"
    };
  if (isCollective(codebook, words)) {
    // "Officials in Beijing", "diplomats in Islamabad": a collective is of the capital it sits in.
    const place = mentions.find((m) => m.entity.kind === "state" && m.entity.code && m.entity.form !== "adjective");
    if (place && !words.some((word) => codebook.postedAbroad.has(word)))
      return {
        ...base,
        role,
        actors: [place.entity.code!],
        kind: "collective",
        actorCue: textOf(body, view, place.start, place.end),
        via: "name"
      };
    // "Following the riots in Hotan, city authorities said": a state's organs named without their state are of the
    // place their sentence told of before them.
    const territory = mentions.some((m) => m.entity.kind === "office") ? placeToldBefore(view, start) : undefined;
    if (territory && !exclude.includes(territory.entity.code!))
      return {
        ...base,
        role,
        actors: [territory.entity.code!],
        kind: "collective",
        actorCue: textOf(body, view, territory.start, territory.end),
        via: "context"
      };
    return {...base, role, kind: "collective", via: "none"};
  }
  // An official without a stated country ("the interior secretary told a meeting"): the words around must say.
  if (role || mentions.some((m) => m.entity.kind === "office")) {
    const {actors, cue} = contextActor(body, context, view, [start, describedBy], exclude, {titled: !!role});
    const kind = role ? "person" : "office";
    return {...base, role, actors, kind, actorCue: cue, via: actors.length ? "context" : "none"};
  }
  return {...base, role, kind: "unknown", via: "none"};
}

const countWords = new Set(["two", "three", "four", "five", "several", "some", "many", "other"]);

// What "both" or "the two" counts when it means the two states of a passage.
const pairNouns = new Set(["sides", "countries", "governments", "nations", "leaders", "delegations", "neighbours"]);

/**
 * The name an appositive consists of, after a title's abbreviation (", Gen. Khalid Awan,"), or undefined when the
 * appositive is more than a name.
 *
 * @example
 * nameInAppositive(view, codebook, [5, 10]); // [7, 10] for ", Gen. Khalid Rasheed Awan,"
 */
export function nameInAppositive(
  view: SentenceView,
  codebook: Codebook,
  [a, b]: [number, number]
): [number, number] | undefined {
  while (a < b && (view.tokens[a].lower === "." || abbreviations.has(view.tokens[a].lower))) ++a;
  return isOnlyName(view, codebook, a, b) ? [a, b] : undefined;
}

function isOnlyName(view: SentenceView, codebook: Codebook, start: number, end: number): boolean {
  if (end - start < 1 || end - start > 4) return false;
  for (let k = start; k < end; ++k) {
    const token = view.tokens[k];
    if (token.kind !== "word" || !token.capitalized || functionWords.has(token.lower)) return false;
    const mention = view.mentions[k];
    if (mention && mention.entity.kind !== "person") return false;
  }
  return !codebook.titles.test(view, start, end);
}

/**
 * The speaker a pronoun stands for: the last one that spoke and can be meant by it ("he": a person), unless "it"
 * follows a sentence about a state or its office with no such speaker since, which it then means.
 */
function resolvePronoun(
  body: string,
  word: string,
  base: Omit<Speaker, "kind" | "via">,
  context: DocumentContext
): Speaker {
  const test =
    word === "he" || word === "she"
      ? (s: Speaker) => s.kind === "person"
      : word === "it"
        ? (s: Speaker) => s.kind !== "person" && (s.kind === "media" || s.kind === "document" || s.actors.length > 0)
        : word === "they"
          ? (s: Speaker) => (s.kind === "collective" && !s.anonymous) || (s.kind !== "media" && s.actors.length > 0)
          : () => false;
  const antecedent = context.lastSpeaker(test);
  const subject = word === "it" ? context.subjectBefore(base.start) : undefined;
  if (subject && !(antecedent && antecedent.end > subject.start)) {
    return {
      ...base,
      text: body.slice(subject.start, subject.end),
      role: "",
      actors: [subject.code],
      kind: subject.kind,
      named: false,
      anonymous: false,
      anonymityCue: "",
      actorCue: body.slice(subject.start, subject.nameEnd),
      via: "pronoun"
    };
  }
  if (!antecedent) return {...base, kind: "unknown", via: "none"};
  return {
    ...base,
    text: antecedent.text,
    role: antecedent.role,
    actors: antecedent.actors,
    kind: antecedent.kind,
    named: antecedent.named,
    anonymous: antecedent.anonymous,
    anonymityCue: antecedent.anonymityCue,
    actorCue: antecedent.actorCue,
    via: "pronoun"
  };
}

/** A speaker named again by a description ("the official"): who they were, as the description now names them. */
function describedAgain(base: Omit<Speaker, "kind" | "via">, previous: Speaker, role: string): Speaker {
  const {text, actors, kind, named, actorCue, anonymous, anonymityCue} = previous;
  return {
    ...base,
    text,
    role: previous.role || role,
    actors,
    kind,
    named,
    actorCue,
    anonymous,
    anonymityCue,
    via: "description"
  };
}

/**
 * The country of an official the text does not give one for, from the words around. The first of these that names a
 * state the speaker can be wins:
 * 1. the state "its" or "their" stands for ("Beijing moved to calm the row, and its foreign ministry …");
 * 2. a place the sentence opens on ("In Beijing, foreign ministry spokesman X said") or where they spoke;
 * 3. the place their paragraph opens on ("In Islamabad, the mood was one of caution. …");
 * 4. the outlet that relays the sentence ("a weekly wrote that the trade secretary …");
 * 5. for an office: the state whose territory a located force acts on, the country the office was found to have
 *    earlier, then the publisher's country (never for a post abroad, "the embassy");
 * 6. a state named just before (the subject of this sentence or of the one before first);
 * 7. for a titled official, the publisher's country;
 * 8. the last state that spoke; the publisher's country; the state the article names most.
 *
 * The publisher counts only when the article names its country (a national paper's "Foreign Office" is its own; a wire
 * service's country says nothing). `exclude` drops states the speaker cannot be (one whose message they relay). The
 * cue is the words that decided, when they are in the text (a place, an outlet, an office).
 */
function contextActor(
  body: string,
  context: DocumentContext,
  view: SentenceView,
  [speakerStart, speakerEnd]: [number, number],
  exclude: string[],
  {titled = false} = {}
): {actors: string[]; cue: string} {
  const place =
    placeWithin(view, context.codebook, speakerStart, speakerEnd) ??
    openingPlace(view, context.codebook, speakerStart) ??
    placeOfSpeaking(view, speakerEnd);
  // Each candidate country with the words that name it, when words in this sentence do.
  const scene = place ? undefined : context.scenePlace(view);
  // "Beijing moved to calm the row, and its foreign ministry praised …": the state the pronoun stands for.
  const owner = possessivePronouns.has(view.tokens[speakerStart].lower)
    ? {
        code: context.nearbyStateBefore(view.tokens[speakerStart].start),
        cue: [speakerStart, speakerEnd] as [number, number]
      }
    : undefined;
  const candidates: {code: string | undefined; cue?: [number, number]; cueText?: string}[] = [
    {code: owner?.code, cue: owner?.cue},
    {code: place?.code, cue: place && [place.start, place.end]},
    {code: scene?.code, cueText: scene && body.slice(scene.start, scene.end)}
  ];
  for (const mention of view.mentions)
    if (mention?.entity.kind === "media" && mention.entity.base)
      candidates.push({code: mention.entity.base, cue: [mention.start, mention.end]});
  const office = mentionsIn(view, speakerStart, speakerEnd).find((m) => m.entity.kind === "office" && !m.entity.code);
  const publisherCountry =
    context.publisherCountry && context.hasNamed(context.publisherCountry) ? context.publisherCountry : undefined;
  // An office named again is the same office ("the Foreign Office", then "Foreign Office spokesman X"); a national
  // paper's unqualified ministry is its own country's, whatever state the passage was about.
  if (office) {
    const cue: [number, number] = [office.start, office.end];
    // "… in northwestern Pakistan on Tuesday, police said": a force acts on its own state's territory.
    const territory = context.codebook.locatedOffices.has(officeKey(view, office)) ? territoryOf(view) : undefined;
    if (territory) candidates.push({code: territory.entity.code!, cue: [territory.start, territory.end]});
    candidates.push(
      {code: context.officeCountries.get(officeKey(view, office)), cue},
      {code: context.codebook.missions.offices.has(officeKey(view, office)) ? undefined : publisherCountry, cue}
    );
  }
  candidates.push(
    {code: context.nearbyStateBefore(view.tokens[speakerStart].start)},
    // A national paper's unqualified "Foreign Secretary X" is its own country's, rather than the last state's.
    {code: titled ? publisherCountry : undefined},
    {
      code: context.lastSpeaker(
        (s) =>
          s.actors.length === 1 &&
          context.codebook.actorKinds.get(s.actors[0]) === "state" &&
          !exclude.includes(s.actors[0])
      )?.actors[0]
    },
    {code: publisherCountry},
    {code: context.mostNamedState(exclude)}
  );
  const chosen = candidates.find(({code}) => code && !exclude.includes(code) && context.codebook.actorKinds.has(code));
  if (!chosen) return {actors: [], cue: ""};
  const actor = chosen.code!;
  if (office) context.officeCountries.set(officeKey(view, office), actor);
  return {actors: [actor], cue: chosen.cue ? textOf(body, view, chosen.cue[0], chosen.cue[1]) : (chosen.cueText ?? "")};
}

const possessivePronouns = new Set(["its", "their"]);

/** A state, or an office a state owns, that a sentence has as its subject: body offsets of its words and its name's. */
interface Subject {
  code: string;
  kind: "state" | "office";
  start: number;
  end: number;
  nameEnd: number;
}

type Place = {code: string; start: number; end: number};

/** A state named as a place after a preposition at `k` ("in Beijing", "from Islamabad"), not as an adjective. */
function placeAt(view: SentenceView, k: number): Place | undefined {
  const word = view.tokens[k]?.lower;
  if (word !== "in" && word !== "from") return undefined;
  const mention = view.mentions[k + 1];
  if (mention?.entity.kind !== "state" || !mention.entity.code || mention.entity.form === "adjective") return undefined;
  return {code: mention.entity.code, start: k, end: mention.end};
}

/**
 * Where the speaker spoke, in the words that follow them and their description up to what they said: "spokesman X
 * told reporters in Beijing", "told a weekly briefing in Islamabad" (not "X, who served in Islamabad, said").
 */
function placeOfSpeaking(view: SentenceView, after: number): Place | undefined {
  for (let k = after; k + 1 < view.tokens.length && k < after + 8; ++k) {
    const word = view.tokens[k].lower;
    // "said the organisers were hiding in Quetta": past the reported clause's verb, a place is what it tells.
    if (view.quoted[k] || word === "that" || word === ":" || word === ";" || auxiliaries.has(word)) return undefined;
    const place = word === "in" ? placeAt(view, k) : undefined;
    if (place) return place;
  }
  return undefined;
}

const auxiliaries = new Set([
  "had",
  "has",
  "have",
  "was",
  "were",
  "is",
  "are",
  "would",
  "will",
  "could",
  "should",
  "must"
]);

/** A place named in the speaker's own words: "the police in Hotan", "a ministry spokesman in Kabul". */
function placeWithin(view: SentenceView, codebook: Codebook, start: number, end: number): Place | undefined {
  for (let k = start + 1; k + 1 < end; ++k) {
    // "A European envoy in Islamabad" is posted there by another state.
    if (codebook.postedAbroad.has(view.tokens[k - 1].lower)) return undefined;
    const place = placeAt(view, k);
    if (place && place.end <= end) return place;
  }
  return undefined;
}

/**
 * A place that opens the sentence before the speaker, set off by a comma: "In Islamabad, ...", "From Beijing, ...";
 * or the place of the briefing, conference or meeting the sentence opens on ("At a news conference in Beijing on
 * Monday, the spokesman …", "Asked about it at a briefing in Kabul, …"): a venue of the codebook's channel cues.
 */
function openingPlace(view: SentenceView, codebook: Codebook, speakerStart: number): Place | undefined {
  for (let k = 0; k + 1 < speakerStart; ++k) {
    const word = view.tokens[k].lower;
    // Only a place that opens the sentence, after a date at most ("On Friday, in Beijing, …"), not "talks in X".
    if (word !== "in" && word !== "from") {
      if (view.dateAt[k] === -1 && word !== ",") break;
      continue;
    }
    const place = placeAt(view, k);
    if (place && place.end < speakerStart && view.tokens[place.end].lower === ",") return place;
  }
  for (let k = 1; k + 1 < speakerStart; ++k) {
    const word = view.tokens[k].lower;
    if (word === "," || view.quoted[k]) return undefined;
    if (word !== "in") continue;
    const venue = (m: PatternMatch<string>) => m.end === k;
    if (!codebook.channel.public.first(view, 0, k, venue) && !codebook.channel.private.first(view, 0, k, venue))
      continue;
    const place = placeAt(view, k);
    if (!place || place.end >= speakerStart) continue;
    let after = place.end;
    while (view.dateAt[after] !== -1 && after < speakerStart) after = view.dates[view.dateAt[after]].end;
    if (view.tokens[after]?.lower === ",") return place;
  }
  return undefined;
}

/**
 * Where the noun phrase a sentence opens on ends (after an opening place or date: "From Kabul, the Afghan Foreign
 * Office replied …" ends before "replied"): at the first lowercase word other than an article or a possessive.
 */
function openingSubjectEnd(view: SentenceView): number {
  const {tokens} = view;
  let k = 0;
  if ((tokens[0]?.lower === "in" || tokens[0]?.lower === "from") && view.mentions[1]) {
    const comma = tokens.findIndex((t, m) => m > 1 && m < 6 && t.lower === ",");
    if (comma !== -1) k = comma + 1;
  }
  while (k < tokens.length && view.dateAt[k] !== -1) k = view.dates[view.dateAt[k]].end;
  if (tokens[k]?.lower === ",") ++k;
  for (; k < tokens.length; ++k) {
    const token = tokens[k];
    if (token.kind === "possessive" || view.mentions[k]) continue;
    if (token.kind !== "word" || (!token.capitalized && !["the", "a", "an"].includes(token.lower))) return k;
  }
  return k;
}

/** An office by its words as written, lowercased: "foreign office" and "interior ministry" are different offices. */
/** The first state named as a place in a sentence ("in northwestern Pakistan", "across Xinjiang"), if any. */
function territoryOf(view: SentenceView): Mention | undefined {
  for (const mention of view.mentions) {
    if (!mention || mention.entity.kind !== "state" || !mention.entity.code || mention.entity.form === "adjective")
      continue;
    let k = mention.start - 1;
    // "in northwestern Pakistan": a direction word between the preposition and the name.
    if (/(?:north|south|east|west)(?:ern)?$/.test(view.tokens[k]?.lower ?? "")) --k;
    if (locationPrepositions.has(view.tokens[k]?.lower ?? "") && view.tokens[mention.end]?.kind !== "possessive")
      return mention;
  }
  return undefined;
}

/** The last state, capital or region a sentence names before `end`, other than as an adjective ("Chinese"). */
function placeToldBefore(view: SentenceView, end: number): Mention | undefined {
  for (let k = end - 1; k >= 0; --k) {
    const mention = view.mentions[k];
    if (
      mention?.entity.kind === "state" &&
      mention.entity.code &&
      mention.entity.form !== "adjective" &&
      mention.end <= end
    )
      return mention;
  }
  return undefined;
}

function officeKey(view: SentenceView, office: Mention): string {
  let key = view.tokens[office.start].lower;
  for (let k = office.start + 1; k < office.end; ++k) key += " " + view.tokens[k].lower;
  return key;
}

function mentionsIn(view: SentenceView, start: number, end: number): Mention[] {
  const found: Mention[] = [];
  for (let k = start; k < end;) {
    const mention = view.mentions[k];
    if (mention && mention.end <= end) {
      found.push(mention);
      k = mention.end;
    } else ++k;
  }
  return found;
}

function isCollective(codebook: Codebook, words: string[]): boolean {
  return words.some((word) => codebook.collectives.has(word));
}

function isRole(codebook: Codebook, word: string): boolean {
  return codebook.data.titles.some((title) => title.toLowerCase() === word);
}

/** The state, body or office actor that words name, skipping places ("ambassador in Washington"). */
function actorFromWords(
  body: string,
  view: SentenceView,
  context: DocumentContext,
  ranges: [number, number][],
  before: number
): {actors: string[]; actorCue: string; kind: Speaker["kind"]} | undefined {
  const {codebook} = context;
  const states: Mention[] = [];
  let bodyMention: Mention | undefined;
  let office: Mention | undefined;
  for (const [start, end] of ranges) {
    for (const mention of mentionsIn(view, start, end)) {
      const previous = view.tokens[mention.start - 1]?.lower ?? "";
      if (mention.start > start && locationPrepositions.has(previous)) continue;
      const {entity} = mention;
      if (entity.kind === "state" && entity.code && !states.some((m) => m.entity.code === entity.code))
        states.push(mention);
      else if (entity.kind === "body" && !bodyMention) bodyMention = mention;
      else if (entity.kind === "office" && !office) office = mention;
    }
    const words = view.tokens.slice(start, end).map((token) => token.lower);
    const country = words.findIndex((word, k) => (word === "country" || word === "nation") && words[k - 1] === "the");
    if (!states.length && !bodyMention && country !== -1) {
      const code = context.lastStateBefore(before);
      if (code)
        return {actors: [code], actorCue: textOf(body, view, start + country - 1, start + country + 1), kind: "state"};
    }
  }
  if (states.length > 1) {
    const codes = states.map((m) => m.entity.code!).sort();
    for (const [code, members] of codebook.bodyMembers) {
      if (members.length === codes.length && members.every((member, k) => member === codes[k])) {
        return {
          actors: [code],
          actorCue: textOf(body, view, states[0].start, states[states.length - 1].end),
          kind: "body"
        };
      }
    }
  }
  if (bodyMention && (!states.length || bodyMention.start < states[0].start)) {
    return {
      actors: [bodyMention.entity.code!],
      actorCue: textOf(body, view, bodyMention.start, bodyMention.end),
      kind: "body"
    };
  }
  if (states.length) {
    if (office && !office.entity.code) context.officeCountries.set(officeKey(view, office), states[0].entity.code!);
    return {
      actors: states.map((m) => m.entity.code!),
      actorCue: states.map((m) => textOf(body, view, m.start, m.end)).join("; "),
      kind: office ? "office" : "state"
    };
  }
  if (office?.entity.code)
    return {actors: [office.entity.code], actorCue: textOf(body, view, office.start, office.end), kind: "office"};
  return undefined;
}

function hasProperName(view: SentenceView, start: number, end: number): boolean {
  for (let k = start; k < end; ++k) if (view.mentions[k]?.entity.kind === "person") return true;
  return false;
}

/** The proper name of a person in a phrase: the last run of capitalized words that are not titles or known names. */
function properName(body: string, view: SentenceView, codebook: Codebook, start: number, end: number): string {
  const titled = new Uint8Array(end - start);
  for (const match of codebook.titles.findAll(view, start, end)) titled.fill(1, match.start - start, match.end - start);
  let runStart = -1;
  let best: [number, number] | undefined;
  for (let k = start; k <= end; ++k) {
    const token = view.tokens[k];
    const mention = k < end ? view.mentions[k] : undefined;
    // A capitalized run after "in", "at" or "from" is a place ("diplomats in New York"), not a name.
    const afterPlaceWord = runStart === -1 && k > start && locationPrepositions.has(view.tokens[k - 1]?.lower ?? "");
    const isName =
      k < end &&
      !afterPlaceWord &&
      token.kind === "word" &&
      token.capitalized &&
      !titled[k - start] &&
      !functionWords.has(token.lower) &&
      !codebook.collectives.has(token.lower) &&
      !(token.text.length > 1 && token.text === token.text.toUpperCase() && !mention) &&
      (!mention || mention.entity.kind === "person") &&
      !isInsideMention(view, k, start);
    if (isName) {
      if (runStart === -1) runStart = k;
    } else if (runStart !== -1) {
      best = [runStart, k];
      runStart = -1;
    }
  }
  if (!best) return "";
  const single = best[1] - best[0] === 1;
  // One capitalized word is a name only after a title ("President Obama") or as a known person's part; before a
  // title it describes ("a Western diplomat").
  const afterTitle = best[0] > start && titled[best[0] - 1 - start] === 1;
  if (single && !view.mentions[best[0]] && !afterTitle) return "";
  return textOf(body, view, best[0], best[1]);
}

function isInsideMention(view: SentenceView, k: number, start: number): boolean {
  for (let m = k - 1; m >= start && m >= k - 6; --m) {
    const mention = view.mentions[m];
    if (mention && mention.end > k) return true;
  }
  return false;
}

/** The role: the longest title in the phrase, else in its appositives ("a Chinese Foreign Ministry spokeswoman"). */
function roleIn(body: string, view: SentenceView, codebook: Codebook, ranges: [number, number][]): string {
  for (const [start, end] of ranges) {
    const matches = codebook.titles.findAll(view, start, end);
    if (!matches.length) continue;
    matches.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const best = matches[0];
    // A title run may be longer than any one title: "Deputy Director for Treaty Affairs in the Foreign Ministry".
    return textOf(body, view, best.start, best.end);
  }
  return "";
}
