/**
 * The codebook as the Methodology page shows it: the coding rules of src/codebook.yaml, grouped for reading, with the
 * names of the story's focus actor and target (so that pages say "China" and "Chinese" without typing them).
 */
import {loadCodebook, type CodebookData} from "../src/codebook.ts";

export interface CodebookActor {
  code: string;
  kind: "state" | "body";
  name: string;
  names: string[];
  adjectives: string[];
  metonyms: string[];
  members: string[];
}

export interface CodebookView {
  version: string;
  updated: string;
  focus: {
    actor: string;
    actorName: string;
    adjective: string;
    target: string;
    targetName: string;
    targetAdjective: string;
  };
  actors: CodebookActor[];
  offices: {names: string[]; actor: string}[];
  persons: {name: string; actor: string; role: string}[];
  titles: string[];
  collectives: string[];
  anonymous: string[];
  /** News outlets by the country they are based in (XX: unknown), and nouns that name the media. */
  media: {outlets: {country: string; names: string[]}[]; nouns: string[]};
  documents: string[];
  verbs: {lemma: string; forms: string[]; kind: string}[];
  phrases: {pattern: string; kind: string}[];
  speech_nouns: string[];
  hypothetical: string[];
  negations: string[];
  channel: {private: string[]; public: string[]; default: string};
  disclosure: {order: string[]; cues: Record<string, string[]>; default: string};
  militancy: string[];
  /** Subjects other than militancy: a statement about them has stance 0. */
  other_topics: string[];
  stance: {pattern: string; value: number}[];
  groups: {name: string; aliases: string[]; base: string}[];
  events: {kind: string; cues: string[]}[];
  furniture: {caption_markers: string[]; boilerplate: string[]};
}

/**
 * The codebook data grouped for the Methodology page.
 *
 * @example
 * codebookView().focus.actorName; // "China"
 */
export function codebookView(data: CodebookData = loadCodebook().data): CodebookView {
  const actors: CodebookActor[] = [
    ...data.states.map((s) => ({
      code: s.code,
      kind: "state" as const,
      name: s.names[0],
      names: s.names,
      adjectives: s.adjectives,
      metonyms: s.metonyms,
      members: []
    })),
    ...data.bodies.map((b) => ({
      code: b.code,
      kind: "body" as const,
      name: b.names[0],
      names: b.names,
      adjectives: [],
      metonyms: [],
      members: b.members ?? []
    }))
  ];
  const actorOf = (code: string) => actors.find((a) => a.code === code);
  const disclosureOrder = ["leak", "anonymous", "readout", "report"] as const;
  return {
    version: data.version,
    updated: data.updated,
    focus: {
      actor: data.focus.actor,
      actorName: actorOf(data.focus.actor)?.name ?? data.focus.actor,
      adjective: actorOf(data.focus.actor)?.adjectives[0] ?? "",
      target: data.focus.target,
      targetName: actorOf(data.focus.target)?.name ?? data.focus.target,
      targetAdjective: actorOf(data.focus.target)?.adjectives[0] ?? ""
    },
    actors,
    offices: data.offices.map((o) => ({names: o.names, actor: o.actor ?? ""})),
    persons: data.persons.map((p) => ({name: p.name, actor: p.actor, role: p.role ?? ""})),
    titles: data.titles,
    collectives: data.collectives,
    anonymous: data.anonymous,
    media: {
      outlets: Object.entries(data.media.outlets).map(([country, names]) => ({country, names})),
      nouns: data.media.nouns
    },
    documents: data.documents,
    verbs: data.verbs.map((v) => ({lemma: v.lemma, forms: v.forms ?? [], kind: v.kind})),
    phrases: data.phrases,
    speech_nouns: data.speech_nouns,
    hypothetical: data.hypothetical,
    negations: data.negations,
    channel: data.channel,
    disclosure: {
      order: [...disclosureOrder],
      cues: Object.fromEntries(disclosureOrder.map((d) => [d, data.disclosure[d]])),
      default: data.disclosure.default
    },
    militancy: data.militancy,
    other_topics: data.other_topics,
    stance: data.stance,
    groups: data.groups.map((g) => ({name: g.name, aliases: g.aliases, base: g.base ?? ""})),
    events: Object.entries(data.events).map(([kind, cues]) => ({kind, cues})),
    furniture: data.furniture
  };
}
