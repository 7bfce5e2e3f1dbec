import {normalizePhrase, type Entity, type Mention} from "./patterns.ts";
import type {Token} from "./tokenize.ts";

interface Entry {
  entity: Entity;
  /** For an acronym such as US or IS, the exact text it must have, so that "us" and "is" never match. */
  exact?: string[];
  /** Whether the first word must be capitalized (true for proper names). */
  capitalized: boolean;
}

interface Node {
  children: Map<string, Node>;
  entries: Entry[];
}

/**
 * A word trie of the names the codebook (and an article, as it introduces people) knows, matched longest first.
 * Proper names must be capitalized in the text ("Dawn", not "dawn"); acronyms must match exactly ("US", not "us");
 * office names ("foreign ministry") match in any case.
 */
export class EntityIndex {
  private root: Node = {children: new Map(), entries: []};

  /** Adds a name. Options: `anyCase` (default false) matches the name whatever its capitalization. */
  add(name: string, entity: Entity, {anyCase = false} = {}): this {
    const words = normalizePhrase(name).replace(/\.$/, "").split(" ");
    const originals = name
      .replace(/(\p{L})-(?=\p{L})/gu, "$1 ")
      .replace(/\.$/, "")
      .split(/\s+/);
    const acronym = !anyCase && originals.every((word) => /^[A-Z][A-Z0-9./]*$/.test(word) && word.length <= 5);
    let node = this.root;
    for (const word of words) {
      let child = node.children.get(word);
      if (!child) node.children.set(word, (child = {children: new Map(), entries: []}));
      node = child;
    }
    // Every entity in one shape, whatever fields its kind has, so that the code reading mentions stays fast.
    const {kind, code, name: canonical, form, base, role} = entity;
    node.entries.push({
      entity: {kind, code, name: canonical, form, base, role},
      exact: acronym ? originals : undefined,
      capitalized: !anyCase
    });
    return this;
  }

  /** The longest name starting at `tokens[i]`, as a mention over `[i, end)`; undefined when none. */
  match(tokens: Token[], i: number): Mention | undefined {
    let node = this.root;
    let best: Mention | undefined;
    for (let j = i; j < tokens.length; ++j) {
      const child = node.children.get(tokens[j].lower);
      if (!child) break;
      node = child;
      for (const entry of node.entries) {
        if (this.accepts(entry, tokens, i, j + 1)) {
          best = {start: i, end: j + 1, entity: entry.entity};
          break;
        }
      }
    }
    return best;
  }

  private accepts(entry: Entry, tokens: Token[], start: number, end: number): boolean {
    if (entry.exact) {
      // An acronym in a line of capitals ("CHINA ON Friday") is still read, but never a lowercase word.
      for (let k = start; k < end; ++k)
        if (tokens[k].text.replace(/-/g, "") !== entry.exact[k - start].replace(/-/g, "")) return false;
      return true;
    }
    // A name that opens on a number ("1267 committee") has no case to check.
    return !entry.capitalized || tokens[start].capitalized || tokens[start].kind === "number";
  }
}
