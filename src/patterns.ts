import type {Token} from "./tokenize.ts";

/** A named thing the codebook knows: a state, a body, an office, a person, a militant group or a news outlet. */
export interface Entity {
  kind: "state" | "body" | "office" | "person" | "group" | "media";
  /** The actor code it stands for (CN, BRICS), or null when the words around it must say. */
  code: string | null;
  /** The canonical name. */
  name: string;
  /** How the text names it. */
  form: "name" | "adjective" | "metonym" | "region" | "alias";
  /** For a group, the state it is based in; for a news outlet, its country; for a person, the role they hold. */
  base?: string | null;
  role?: string;
}

/** A mention of an entity in a projection: projection indices `[start, end)`. */
export interface Mention {
  start: number;
  end: number;
  entity: Entity;
}

/**
 * The tokens of a sentence that patterns match against: words, possessives and clause punctuation, without the
 * hyphens, quotation marks and brackets that vary between outlets ("Jaish-e Mohammad", “technical hold”).
 */
export interface Projection {
  tokens: Token[];
  /** For each projected token, its index among the sentence's tokens. */
  index: number[];
  /** The longest entity mention starting at each projected index, if any. */
  mentions: (Mention | undefined)[];
  /** Matches already found in this projection, by pattern set (and target): a sentence is scanned once per set. */
  memo?: Map<number | string, PatternMatch<unknown>[]>;
}

/** What `@TARGET` stands for while matching: the target code and the codes of groups based there. */
export interface MatchContext {
  target?: string;
}

type Slot =
  | {type: "word"; words: Set<string>; prefixes: string[]; text: string}
  | {type: "gap"; max: number}
  | {type: "entity"; ref: string};

/** A compiled pattern of the codebook's pattern syntax (see `src/codebook.yaml`). */
export interface Pattern {
  source: string;
  slots: Slot[];
}

/** A match: the pattern and the projection indices `[start, end)` it covers. */
export interface PatternMatch<T = unknown> {
  pattern: Pattern;
  data: T;
  start: number;
  end: number;
}

const clauseBreaks = new Set([";", ":", ".", "!", "?"]);

/**
 * Inflects an English word for the `word~` pattern syntax: the base, -s/-es, -d/-ed, -ing, with a final e dropped, a
 * final y turned to i, and a short consonant-vowel-consonant word doubled (prod, prodded).
 *
 * @example
 * inflect("urge"); // ["urge", "urges", "urged", "urging"]
 */
export function inflect(word: string): string[] {
  const forms = new Set([word]);
  const last = word[word.length - 1];
  const vowels = "aeiou";
  if (last === "e") {
    forms
      .add(word + "s")
      .add(word + "d")
      .add(word.slice(0, -1) + "ing");
  } else if (last === "y" && !vowels.includes(word[word.length - 2])) {
    const stem = word.slice(0, -1);
    forms
      .add(stem + "ies")
      .add(stem + "ied")
      .add(word + "ing");
  } else {
    const sibilant = /(?:s|sh|ch|x|z|o)$/.test(word);
    forms.add(word + (sibilant ? "es" : "s"));
    const double = word.length <= 4 && /[^aeiou][aeiou][bdglmnprt]$/.test(word) ? word + last : word;
    forms.add(double + "ed").add(double + "ing");
  }
  return [...forms];
}

/**
 * Compiles a pattern of the codebook syntax: words separated by spaces; `a|b` alternatives; `word~` inflections;
 * `pre*` prefixes; `...` or `...N` a gap of up to 5 (or N) words within a clause; `@TARGET`, `@GROUP` or an actor
 * code for an entity mention.
 *
 * @example
 * compilePattern("urge~ ... to act|move");
 */
export function compilePattern(source: string): Pattern {
  // An alternative of several words ("all-weather|iron", once hyphens split) would silently become several slots.
  for (const part of source.split(/\s+/)) {
    if (!part.includes("|")) continue;
    if (part.includes("@")) throw new Error(`invalid pattern: ${source} (an entity cannot be an alternative: ${part})`);
    for (const alternative of part.split("|")) {
      if (normalizePhrase(alternative).includes(" ")) {
        throw new Error(`invalid pattern: ${source} (the alternative ${alternative} is several words)`);
      }
    }
  }
  const slots: Slot[] = [];
  for (const part of normalizePhrase(source).split(" ")) {
    if (!part) continue;
    const gap = /^\.\.\.(\d*)$/.exec(part);
    if (gap) {
      if (!slots.length) throw new Error(`invalid pattern: ${source} (starts with a gap)`);
      slots.push({type: "gap", max: gap[1] ? Number(gap[1]) : 5});
    } else if (part.startsWith("@")) {
      slots.push({type: "entity", ref: part.slice(1).toUpperCase()});
    } else {
      const words = new Set<string>();
      const prefixes: string[] = [];
      for (const alternative of part.split("|")) {
        if (!alternative) throw new Error(`invalid pattern: ${source} (empty alternative)`);
        if (alternative.endsWith("*")) prefixes.push(alternative.slice(0, -1));
        else if (alternative.endsWith("~")) for (const form of inflect(alternative.slice(0, -1))) words.add(form);
        else words.add(alternative);
      }
      slots.push({type: "word", words, prefixes, text: part});
    }
  }
  // "made it clear|made clear" reads as made · it · clear|made · clear: a word repeated in the next slot is a phrase
  // alternative written where the syntax has none.
  for (let k = 1; k < slots.length; ++k) {
    const [a, b] = [slots[k - 1], slots[k]];
    if (a.type !== "word" || b.type !== "word" || (a.words.size < 2 && b.words.size < 2)) continue;
    for (const word of a.words) {
      if (b.words.has(word))
        throw new Error(
          `invalid pattern: ${source} (${word} in two slots in a row: write each phrase as its own pattern)`
        );
    }
  }
  if (!slots.length) throw new Error(`invalid pattern: ${JSON.stringify(source)}`);
  if (slots[slots.length - 1].type === "gap") throw new Error(`invalid pattern: ${source} (ends with a gap)`);
  return {source, slots};
}

/**
 * Lowercases a phrase and splits it the way the tokenizer does, dropping hyphens and quotation marks: the form in
 * which codebook names and patterns are compared with text.
 */
export function normalizePhrase(phrase: string): string {
  // Most names are plain words: lowercase them and be done.
  if (/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(phrase)) return phrase.toLowerCase();
  return phrase
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[“”"]/g, " ")
    .replace(/(\p{L})-(?=\p{L})/gu, "$1 ")
    .replace(/(\S)'s\b/g, "$1 's")
    .replace(/(\S)n't\b/g, "$1 n't")
    .replace(/([,;:])/g, " $1 ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A set of patterns indexed by their first word, so that matching a sentence costs one lookup per word. */
export class PatternSet<T = undefined> {
  readonly patterns: {pattern: Pattern; data: T}[] = [];
  private byWord = new Map<string, number[]>();
  /** Patterns whose first word is a prefix (`urg*`), indexed by the prefix's first two letters. */
  private byPrefix = new Map<number, number[]>();
  /** Patterns that start with an entity (`@GROUP`), tried only where a mention starts. */
  private byEntity: number[] = [];
  private static nextId = 0;
  /** Identifies the set in per-sentence caches. */
  readonly id = PatternSet.nextId++;
  /** The group that scans this set together with others, if any (see {@link PatternGroup}). */
  group?: PatternGroup;

  constructor(entries: Iterable<{pattern: string | Pattern; data: T}> = []) {
    for (const entry of entries) this.add(entry.pattern, entry.data);
  }

  add(pattern: string | Pattern, data: T): this {
    const compiled = typeof pattern === "string" ? compilePattern(pattern) : pattern;
    const id = this.patterns.push({pattern: compiled, data}) - 1;
    const first = compiled.slots[0];
    const push = <K>(map: Map<K, number[]>, key: K) => {
      const list = map.get(key);
      if (!list) map.set(key, [id]);
      else if (list[list.length - 1] !== id) list.push(id);
    };
    if (first.type === "word") {
      for (const word of first.words) push(this.byWord, word);
      for (const prefix of first.prefixes) {
        if (prefix.length < 2) throw new Error(`invalid pattern: ${compiled.source} (a prefix needs two letters)`);
        push(this.byPrefix, prefixKey(prefix));
      }
    } else {
      this.byEntity.push(id);
    }
    return this;
  }

  /**
   * Finds every match in `projection` starting within `[from, to)` and ending by `to`, in order of start. At each
   * start, each pattern contributes its shortest match.
   */
  findAll(
    projection: Projection,
    from = 0,
    to = projection.tokens.length,
    context: MatchContext = {}
  ): PatternMatch<T>[] {
    if (!projection.memo) return this.scan(projection, from, to, context);
    const all = this.memoized(projection, context);
    if (from === 0 && to === projection.tokens.length) return all.slice();
    return all.filter((m) => m.start >= from && m.end <= to);
  }

  /** Every match in the whole projection, from its memo (filled on first use): shared, not to be changed. */
  private memoized(projection: Projection, context: MatchContext): readonly PatternMatch<T>[] {
    const memo = projection.memo!;
    const key: number | string = context.target ? `${this.id}:${context.target}` : this.id;
    let all = memo.get(key) as PatternMatch<T>[] | undefined;
    if (!all && this.group && !context.target) {
      this.group.scanInto(projection, memo);
      all = memo.get(key) as PatternMatch<T>[];
    }
    if (!all) memo.set(key, (all = this.scan(projection, 0, projection.tokens.length, context)));
    return all;
  }

  private scan(projection: Projection, from: number, to: number, context: MatchContext): PatternMatch<T>[] {
    const matches: PatternMatch<T>[] = [];
    const {tokens} = projection;
    for (let i = from; i < to; ++i) {
      const lower = tokens[i].lower;
      const words = this.byWord.get(lower);
      const prefixed = lower.length >= 2 ? this.byPrefix.get(prefixKey(lower)) : undefined;
      const entities = projection.mentions[i] ? this.byEntity : undefined;
      if (words) this.tryAll(words, projection, i, to, context, matches);
      if (prefixed) this.tryAll(prefixed, projection, i, to, context, matches);
      if (entities) this.tryAll(entities, projection, i, to, context, matches);
    }
    return matches;
  }

  private tryAll(
    ids: number[],
    projection: Projection,
    i: number,
    to: number,
    context: MatchContext,
    matches: PatternMatch<T>[]
  ): void {
    for (const id of ids) {
      const {pattern, data} = this.patterns[id];
      const end = matchSlots(pattern.slots, 0, projection, i, to, context);
      if (end !== -1) matches.push({pattern, data, start: i, end});
    }
  }

  /** The first match, by start, then by length (longest first). */
  findFirst(projection: Projection, from?: number, to?: number, context?: MatchContext): PatternMatch<T> | undefined {
    const matches = this.findAll(projection, from, to, context);
    matches.sort((a, b) => a.start - b.start || b.end - a.end);
    return matches[0];
  }

  /** The first match (by start) within `[from, to)` that passes `accept`, without building a list. */
  first(
    projection: Projection,
    from: number,
    to: number,
    accept: (match: PatternMatch<T>) => boolean = () => true,
    context: MatchContext = {}
  ): PatternMatch<T> | undefined {
    if (!projection.memo) return this.scan(projection, from, to, context).find(accept);
    for (const m of this.memoized(projection, context)) if (m.start >= from && m.end <= to && accept(m)) return m;
    return undefined;
  }

  /** True when some pattern matches within `[from, to)`. */
  test(projection: Projection, from = 0, to = projection.tokens.length, context: MatchContext = {}): boolean {
    if (!projection.memo) return this.scan(projection, from, to, context).length > 0;
    for (const m of this.memoized(projection, context)) if (m.start >= from && m.end <= to) return true;
    return false;
  }
}

/**
 * Several pattern sets scanned in one pass: a sentence is read once, with one lookup per word, and every set's
 * matches are filed in the sentence's memo. Sets whose patterns refer to `@TARGET` must not be grouped, as their
 * matches depend on the target.
 */
export class PatternGroup {
  private readonly sets: PatternSet<unknown>[] = [];
  private readonly byWord = new Map<string, [number, number][]>();
  private readonly byPrefix = new Map<number, [number, number][]>();
  private readonly byEntity: [number, number][] = [];

  constructor(sets: PatternSet<any>[]) {
    sets.forEach((set, s) => {
      if (set.group) throw new Error(`invalid pattern set: already grouped (${set.id})`);
      set.group = this;
      this.sets.push(set);
      set.patterns.forEach(({pattern}, p) => {
        const first = pattern.slots[0];
        const push = <K>(map: Map<K, [number, number][]>, key: K) => {
          const list = map.get(key);
          if (!list) map.set(key, [[s, p]]);
          else if (list[list.length - 1][0] !== s || list[list.length - 1][1] !== p) list.push([s, p]);
        };
        if (first.type === "word") {
          for (const word of first.words) push(this.byWord, word);
          for (const prefix of first.prefixes) push(this.byPrefix, prefixKey(prefix));
        } else this.byEntity.push([s, p]);
      });
    });
  }

  /** Scans a projection once and files every set's matches in `memo` under the set's id. */
  scanInto(projection: Projection, memo: Map<number | string, PatternMatch<unknown>[]>): void {
    const results = this.sets.map(() => [] as PatternMatch<unknown>[]);
    const {tokens, mentions} = projection;
    const to = tokens.length;
    for (let i = 0; i < to; ++i) {
      const lower = tokens[i].lower;
      this.tryAll(this.byWord.get(lower), projection, i, results);
      if (lower.length >= 2) this.tryAll(this.byPrefix.get(prefixKey(lower)), projection, i, results);
      if (mentions[i]) this.tryAll(this.byEntity, projection, i, results);
    }
    // Within a set, matches come in order of start, as a set's own scan gives them.
    this.sets.forEach((set, s) => memo.set(set.id, results[s]));
  }

  private tryAll(
    entries: [number, number][] | undefined,
    projection: Projection,
    i: number,
    results: PatternMatch<unknown>[][]
  ): void {
    if (!entries) return;
    const to = projection.tokens.length;
    for (let e = 0; e < entries.length; ++e) {
      const [s, p] = entries[e];
      const {pattern, data} = this.sets[s].patterns[p];
      const end = matchSlots(pattern.slots, 0, projection, i, to, noContext);
      if (end !== -1) results[s].push({pattern, data, start: i, end});
    }
  }
}

const noContext: MatchContext = {};

/** The first two characters of a word as one number: the key of prefix patterns, without making a string. */
function prefixKey(word: string): number {
  return (word.charCodeAt(0) << 16) | word.charCodeAt(1);
}

function matchSlots(
  slots: Slot[],
  s: number,
  projection: Projection,
  i: number,
  to: number,
  context: MatchContext
): number {
  // Word slots one after another need no backtracking: walk them in a loop.
  while (s < slots.length) {
    const slot = slots[s];
    if (slot.type !== "word") break;
    if (i >= to) return -1;
    const word = projection.tokens[i].lower;
    if (!slot.words.has(word) && !hasPrefix(word, slot.prefixes)) return -1;
    ++s;
    ++i;
  }
  if (s === slots.length) return i;
  const slot = slots[s];
  if (slot.type === "gap") {
    for (let skip = 0, j = i; skip <= slot.max && j < to; ++skip, ++j) {
      const end = matchSlots(slots, s + 1, projection, j, to, context);
      if (end !== -1) return end;
      if (clauseBreaks.has(projection.tokens[j].lower)) break;
    }
    return -1;
  }
  if (i >= to) return -1;
  if (slot.type === "entity") {
    // "urged the Pakistani authorities to": an article before a name that does not take it in.
    const at = !projection.mentions[i] && projection.tokens[i].lower === "the" && i + 1 < to ? i + 1 : i;
    const mention = projection.mentions[at];
    if (!mention || mention.end > to || !entityMatches(mention.entity, slot.ref, context)) return -1;
    return matchSlots(slots, s + 1, projection, mention.end, to, context);
  }
  const word = projection.tokens[i].lower;
  if (!slot.words.has(word) && !hasPrefix(word, slot.prefixes)) return -1;
  return matchSlots(slots, s + 1, projection, i + 1, to, context);
}

function hasPrefix(word: string, prefixes: string[]): boolean {
  for (let k = 0; k < prefixes.length; ++k) if (word.startsWith(prefixes[k])) return true;
  return false;
}

function entityMatches(entity: Entity, ref: string, context: MatchContext): boolean {
  switch (ref) {
    case "GROUP":
      return entity.kind === "group";
    case "TARGET":
      return (
        context.target !== undefined &&
        (entity.kind === "group" ? entity.base === context.target : entity.code === context.target)
      );
    default:
      return entity.code === ref;
  }
}
