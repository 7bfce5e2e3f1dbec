import {readFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {z} from "zod";
import {EntityIndex} from "./EntityIndex.ts";
import {parseYaml} from "./parseYaml.ts";
import {compilePattern, inflect, normalizePhrase, PatternGroup, PatternSet, type Entity} from "./patterns.ts";

const code = z.string().regex(/^[A-Z][A-Z0-9]+$/, "must be an actor code such as CN or BRICS");
const patterns = z.array(z.string().min(1));
/** A pattern of the codebook's syntax, checked by compiling it, so that a mistake is told with its file and line. */
const pattern = z
  .string()
  .min(2)
  .superRefine((value, context) => {
    try {
      compilePattern(value);
    } catch (error) {
      context.addIssue({code: "custom", message: (error as Error).message});
    }
  });
const patternList = z.array(pattern);
const verbKinds = ["speech", "act", "embedded", "media"] as const;
const eventKinds = [
  "attack",
  "summit",
  "declaration",
  "un_action",
  "meeting",
  "military_operation",
  "policy",
  "other"
] as const;

/** The codebook file's schema: what `src/codebook.yaml` must hold. */
export const codebookSchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, "must be a semantic version such as 1.2.0"),
  updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD"),
  focus: z.strictObject({actor: code, target: code}),
  states: z.array(
    z.strictObject({
      code,
      names: patterns,
      adjectives: patterns.default([]),
      metonyms: patterns.default([]),
      // Provinces and cities whose authorities are the state's: "the provincial authorities in Tibet said".
      regions: patterns.default([])
    })
  ),
  bodies: z.array(z.strictObject({code, names: patterns, members: z.array(code).optional()})),
  offices: z.array(z.strictObject({names: patterns, actor: code.nullable().default(null)})),
  persons: z.array(z.strictObject({name: z.string().min(3), actor: code, role: z.string().optional()})),
  titles: patterns,
  collectives: patterns,
  posted_abroad: patterns,
  missions: z.strictObject({offices: patterns, heads: patterns}),
  located_offices: patterns.default([]),
  on_record_titles: patterns.default([]),
  non_state_titles: patterns.default([]),
  non_state_affiliations: patternList.default([]),
  anonymous: patterns,
  media: z.strictObject({
    outlets: z.record(z.string().regex(/^[A-Z]{2}$/, "must be a country code such as PK (XX: unknown)"), patterns),
    nouns: patterns
  }),
  documents: patterns,
  verbs: z.array(
    z.strictObject({
      lemma: z.string().min(2),
      forms: patterns.optional(),
      kind: z.enum(verbKinds),
      agent_after: z.array(z.string()).optional(),
      not_before: z.array(z.string()).optional()
    })
  ),
  phrases: z.array(
    z.strictObject({pattern, kind: z.enum([...verbKinds, "source"]), not_before: z.array(z.string()).optional()})
  ),
  speech_nouns: patterns,
  act_nouns: patterns.default([]),
  act_noun_aims: patterns.default([]),
  act_noun_sponsors: patterns.default([]),
  denials: z.strictObject({verbs: patterns, objects: patterns}),
  hypothetical: patterns,
  negations: patterns,
  even_handed: patterns.default([]),
  other_parties: patterns.default([]),
  channel: z.strictObject({
    record: patternList,
    private: patternList,
    public: patternList,
    topics: patterns.default([]),
    default: z.enum(["public", "private"])
  }),
  disclosure: z.strictObject({
    leak: patternList,
    anonymous: patternList,
    readout: patternList,
    report: patternList,
    default: z.enum(["on_record", "readout", "report", "leak", "anonymous"])
  }),
  militancy: patternList,
  other_topics: patternList,
  stance: z.array(z.strictObject({pattern, value: z.number().int().min(-2).max(2), act: z.boolean().optional()})),
  pledges: patternList,
  no_comment: patternList,
  groups: z.array(
    z.strictObject({name: z.string().min(2), aliases: patterns.default([]), base: code.nullable().default(null)})
  ),
  furniture: z.strictObject({caption_markers: patterns, boilerplate: patterns}),
  events: z.strictObject(
    Object.fromEntries(eventKinds.map((kind) => [kind, patternList])) as Record<
      (typeof eventKinds)[number],
      typeof patternList
    >
  ),
  event_acts: z.strictObject(
    Object.fromEntries(eventKinds.map((kind) => [kind, patternList.optional()])) as Record<
      (typeof eventKinds)[number],
      z.ZodOptional<typeof patternList>
    >
  )
});

export type CodebookData = z.infer<typeof codebookSchema>;
export type VerbKind = (typeof verbKinds)[number];
export type EventKind = (typeof eventKinds)[number];
export type Channel = "public" | "private";
export type Disclosure = "on_record" | "readout" | "report" | "leak" | "anonymous";

/** A reporting verb form: its lemma and how it reports. */
export interface VerbForm {
  lemma: string;
  kind: VerbKind | "source";
  /** Prepositions that, after the verb's passive, name its agent: "was summoned to the foreign ministry". */
  agentAfter?: string[];
  /** Words that, right after the verb, make it another verb: "continued to serve" reports nothing. */
  notBefore?: string[];
}

/** The codebook compiled for matching: every list of words becomes an index the extractor can use in linear time. */
export interface Codebook {
  version: string;
  data: CodebookData;
  focus: {actor: string; target: string};
  entities: EntityIndex;
  /** Body code → its member states, for bodies that have members. */
  bodyMembers: Map<string, string[]>;
  /** Actor code → kind ("state" or "body"). */
  actorKinds: Map<string, "state" | "body">;
  /** Lowercased outlet name → the country it publishes from. */
  mediaCountries: Map<string, string>;
  titles: PatternSet<string>;
  collectives: Set<string>;
  /** Collectives that a capital they sit in does not make that state's ("diplomats in Islamabad"). */
  postedAbroad: Set<string>;
  /** A state's posts abroad ("embassy", "high commission") and the titles of their heads ("ambassador"), lowercase. */
  /**
   * `offices`: the words of each post, lowercase, as an office mention reads; `posts`: posts and heads together, as
   * phrases to match in text ("high commissioner").
   */
  missions: {offices: Set<string>; posts: PatternSet};
  /** Offices of the state whose territory a sentence is in ("police said" after "in northwestern Pakistan"). */
  locatedOffices: Set<string>;
  /** Titles whose holders speak on the record, named or not (lowercase). */
  onRecordTitles: Set<string>;
  /** Titles of people who speak for no state or body: analysts, scholars (lowercase). */
  nonStateTitles: Set<string>;
  /** Institutions whose people speak for no state ("an institute", "a university", "an exile group"). */
  nonStateAffiliations: PatternSet;
  anonymous: PatternSet;
  mediaNouns: PatternSet;
  documents: PatternSet;
  verbs: Map<string, VerbForm>;
  phrases: PatternSet<VerbForm>;
  speechNouns: Set<string>;
  /** Nouns of an act whose agent follows "by" ("a bid by France and Japan"). */
  actNouns: Set<string>;
  /** Verbs an act noun asks for ("a proposal to list"). */
  actNounAims: Set<string>;
  /** Participles that tell who put an act noun forward ("the draft, tabled by Norway"). */
  actNounSponsors: Set<string>;
  /** Verbs that deny a charge and the nouns that name one ("a charge the ministry denies"). */
  denials: {verbs: Set<string>; objects: Set<string>};
  hypothetical: PatternSet;
  negations: PatternSet;
  /** Words that address both parties of a dispute ("both sides", "the two countries"). */
  evenHanded: PatternSet;
  /** Words for a party the text does not name, as the doer of an act ("a single member", "one country"). */
  otherParties: PatternSet;
  channel: {
    record: PatternSet<string>;
    private: PatternSet<string>;
    public: PatternSet<string>;
    /** Words after which a channel cue names what is talked about ("the account of the private talks"). */
    topics: PatternSet;
    default: Channel;
  };
  disclosure: {order: [Disclosure, PatternSet<string>][]; default: Disclosure};
  militancy: PatternSet;
  otherTopics: PatternSet;
  /** Words of action that the target, speaking of itself, pledges rather than is pressed to take. */
  pledges: PatternSet;
  /** Refusals to speak ("declined to comment"): nobody's statement. */
  noComment: PatternSet;
  stance: PatternSet<number>;
  /** The stance cues that name an act its doer does (`act: true`: "blocked the listing"), by pattern. */
  stanceActs: Set<string>;
  /** The pressing stance cues that lay a charge on the target by name ("accus* @TARGET"): who is charged. */
  charges: PatternSet<number>;
  /** The caption markers as one expression (as written) and the boilerplate phrases as another (any case). */
  furniture: {captions: RegExp; boilerplate: RegExp};
  events: PatternSet<EventKind>;
  /** Events told by what someone did ("a bomber detonated explosives", "China placed a hold"): clauses, not nouns. */
  eventActs: PatternSet<EventKind>;
}

/** The path of the codebook that ships with the library. */
export const defaultCodebookPath = fileURLToPath(new URL("./codebook.yaml", import.meta.url));

const cache = new Map<string, Codebook>();

/**
 * Loads, validates and compiles a codebook file. The default codebook is read once per process and shared.
 *
 * Options: `path` (default {@link defaultCodebookPath}); `cached` (default `true`) reuses an earlier load of the same
 * path.
 *
 * @example
 * const codebook = loadCodebook();
 * codebook.version; // "1.4.0"
 */
export function loadCodebook({path = defaultCodebookPath, cached = true} = {}): Codebook {
  if (cached && cache.has(path)) return cache.get(path)!;
  const data = parseYaml(readFileSync(path, "utf8"), codebookSchema, {file: path});
  const codebook = compileCodebook(data);
  cache.set(path, codebook);
  return codebook;
}

/**
 * Compiles validated codebook data. Throws `invalid pattern: …` for a pattern that cannot be compiled.
 *
 * @example
 * const codebook = compileCodebook(codebookSchema.parse(data));
 */
export function compileCodebook(data: CodebookData): Codebook {
  const entities = new EntityIndex();
  const actorKinds = new Map<string, "state" | "body">();
  const bodyMembers = new Map<string, string[]>();
  for (const state of data.states) {
    actorKinds.set(state.code, "state");
    for (const name of state.names)
      entities.add(name, {kind: "state", code: state.code, name: state.names[0], form: "name"});
    for (const name of state.adjectives)
      entities.add(name, {kind: "state", code: state.code, name: state.names[0], form: "adjective"});
    for (const name of state.metonyms)
      entities.add(name, {kind: "state", code: state.code, name: state.names[0], form: "metonym"});
    for (const name of state.regions)
      entities.add(name, {kind: "state", code: state.code, name: state.names[0], form: "region"});
  }
  for (const body of data.bodies) {
    actorKinds.set(body.code, "body");
    if (body.members) bodyMembers.set(body.code, [...body.members].sort());
    for (const name of body.names)
      entities.add(name, {kind: "body", code: body.code, name: body.names[0], form: "name"});
  }
  for (const office of data.offices) {
    for (const name of office.names) {
      entities.add(name, {kind: "office", code: office.actor, name: office.names[0], form: "name"}, {anyCase: true});
    }
  }
  for (const person of data.persons) {
    entities.add(person.name, {kind: "person", code: person.actor, name: person.name, form: "name", role: person.role});
  }
  for (const group of data.groups) {
    const entity: Entity = {kind: "group", code: null, name: group.name, form: "name", base: group.base};
    for (const name of new Set([group.name, ...group.aliases]))
      entities.add(name, {...entity, form: name === group.name ? "name" : "alias"});
  }
  const mediaCountries = new Map<string, string>();
  for (const [country, names] of Object.entries(data.media.outlets)) {
    for (const name of names) {
      entities.add(name, {kind: "media", code: null, name, form: "name", base: country === "XX" ? null : country});
      if (country !== "XX") mediaCountries.set(name.toLowerCase(), country);
    }
  }

  const verbs = new Map<string, VerbForm>();
  const phrases = new PatternSet<VerbForm>();
  for (const verb of data.verbs) {
    const entry: VerbForm = {
      lemma: verb.lemma,
      kind: verb.kind,
      ...(verb.agent_after && {agentAfter: verb.agent_after}),
      ...(verb.not_before && {notBefore: verb.not_before})
    };
    for (const form of verb.forms ?? inflect(verb.lemma)) {
      if (form.includes(" ")) phrases.add(form, entry);
      else if (!verbs.has(form)) verbs.set(form, entry);
    }
  }
  for (const phrase of data.phrases)
    phrases.add(phrase.pattern, {
      lemma: normalizePhrase(phrase.pattern),
      kind: phrase.kind,
      ...(phrase.not_before && {notBefore: phrase.not_before})
    });

  const literal = (list: string[]) =>
    new PatternSet(list.map((pattern) => ({pattern: escapeLiteral(pattern), data: undefined})));
  const labelled = (list: string[]) => new PatternSet(list.map((pattern) => ({pattern, data: pattern})));
  // Lowercased, as tokens are looked up ("Officials" and "officials" are one word).
  const words = (list: string[]) => new Set(list.map((word) => word.toLowerCase()));
  const codebook: Codebook = {
    version: data.version,
    data,
    focus: data.focus,
    entities,
    bodyMembers,
    actorKinds,
    mediaCountries,
    titles: new PatternSet(
      data.titles.map((title) => ({pattern: escapeLiteral(title), data: title.replace(/\.$/, "")}))
    ),
    collectives: words(data.collectives),
    postedAbroad: words(data.posted_abroad),
    missions: {
      offices: words(data.missions.offices),
      posts: literal([...data.missions.offices, ...data.missions.heads])
    },
    locatedOffices: words(data.located_offices),
    onRecordTitles: words(data.on_record_titles),
    nonStateTitles: words(data.non_state_titles),
    nonStateAffiliations: new PatternSet(data.non_state_affiliations.map((pattern) => ({pattern, data: undefined}))),
    anonymous: literal(data.anonymous),
    mediaNouns: literal(data.media.nouns),
    documents: literal(data.documents),
    verbs,
    phrases,
    speechNouns: words(data.speech_nouns),
    actNouns: words(data.act_nouns),
    actNounAims: words(data.act_noun_aims),
    actNounSponsors: words(data.act_noun_sponsors),
    denials: {
      verbs: words(data.denials.verbs),
      objects: words(data.denials.objects)
    },
    hypothetical: literal(data.hypothetical),
    negations: literal(data.negations),
    evenHanded: literal(data.even_handed),
    otherParties: literal(data.other_parties),
    channel: {
      record: labelled(data.channel.record),
      private: labelled(data.channel.private),
      public: labelled(data.channel.public),
      topics: literal(data.channel.topics),
      default: data.channel.default
    },
    disclosure: {
      order: (["leak", "anonymous", "readout", "report"] as const).map((label) => [
        label,
        labelled(data.disclosure[label])
      ]),
      default: data.disclosure.default
    },
    militancy: new PatternSet(data.militancy.map((pattern) => ({pattern, data: undefined}))),
    otherTopics: new PatternSet(data.other_topics.map((pattern) => ({pattern, data: undefined}))),
    stance: new PatternSet(data.stance.map(({pattern, value}) => ({pattern, data: value}))),
    stanceActs: new Set(data.stance.filter(({act}) => act).map(({pattern}) => pattern)),
    charges: new PatternSet(
      data.stance
        .filter(({pattern, value}) => value < 0 && /@TARGET\b/i.test(pattern))
        .map(({pattern, value}) => ({pattern, data: value}))
    ),
    pledges: new PatternSet(data.pledges.map((pattern) => ({pattern, data: undefined}))),
    noComment: new PatternSet(data.no_comment.map((pattern) => ({pattern, data: undefined}))),
    furniture: {
      captions: new RegExp(data.furniture.caption_markers.map(escapeRegExp).join("|")),
      boilerplate: new RegExp(data.furniture.boilerplate.map(escapeRegExp).join("|"), "i")
    },
    events: new PatternSet(eventKinds.flatMap((kind) => data.events[kind].map((pattern) => ({pattern, data: kind})))),
    eventActs: new PatternSet(
      eventKinds.flatMap((kind) => (data.event_acts[kind] ?? []).map((pattern) => ({pattern, data: kind})))
    )
  };
  // Every set but stance (whose @TARGET depends on the statement) is read in one pass per sentence.
  new PatternGroup([
    codebook.titles,
    codebook.anonymous,
    codebook.mediaNouns,
    codebook.documents,
    codebook.missions.posts,
    codebook.phrases,
    codebook.hypothetical,
    codebook.negations,
    codebook.evenHanded,
    codebook.otherParties,
    codebook.channel.record,
    codebook.channel.private,
    codebook.channel.public,
    codebook.channel.topics,
    ...codebook.disclosure.order.map(([, set]) => set),
    codebook.militancy,
    codebook.otherTopics,
    codebook.pledges,
    codebook.nonStateAffiliations,
    codebook.noComment,
    codebook.events,
    codebook.eventActs
  ]);
  return codebook;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A plain phrase of the codebook (a title, a name) read as a pattern that matches exactly its words. */
function escapeLiteral(phrase: string): string {
  return phrase
    .replace(/\.$/, "")
    .replace(/[~*|@]/g, "")
    .replace(/\.\.\.\d*/g, " ");
}
