import {LineCounter, parseDocument, isMap, isSeq, type Node} from "yaml";
import type {z} from "zod";
import {InputError} from "./InputError.ts";

/**
 * Parses YAML text and validates it with a zod schema. Any problem becomes an {@link InputError} that names the
 * file, the line of the offending node and the field's path (`stance.3.value`), so an editor can go straight to it.
 *
 * Options: `file` (required) names the file; `firstLine` (default 1) is the file line on which `text` starts, for YAML
 * embedded in a larger file such as an article's front matter.
 *
 * @example
 * const reviews = parseYaml(readFileSync(path, "utf8"), reviewsSchema, {file: path});
 */
export function parseYaml<S extends z.ZodType>(
  text: string,
  schema: S,
  {file, firstLine = 1}: {file: string; firstLine?: number}
): z.infer<S> {
  const counter = new LineCounter();
  const document = parseDocument(text, {lineCounter: counter, uniqueKeys: true, prettyErrors: false});
  const lineAt = (offset: number) => firstLine + counter.linePos(offset).line - 1;
  if (document.errors.length) {
    const [error] = document.errors;
    throw new InputError(`invalid YAML: ${error.message.split("\n")[0]}`, {file, line: lineAt(error.pos[0])});
  }
  const data: unknown = document.toJS() ?? {};
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  let path = issue.path.map(String);
  let message = issue.message;
  if (issue.code === "unrecognized_keys") {
    path = [...path, issue.keys[0]];
    message = "unknown field";
  } else if (issue.code === "invalid_key") {
    message = issue.issues[0]?.message ?? message; // a record's key: say what is wrong with it
  } else if (issue.code === "invalid_type" && valueAt(data, path) === undefined) {
    message = "is missing";
  }
  const node = nodeAt(document.contents as Node | null, path);
  const line = node?.range ? lineAt(node.range[0]) : firstLine;
  return fail(message, {file, line, field: path.join(".") || undefined});
}

function fail(message: string, where: {file: string; line: number; field?: string}): never {
  throw new InputError(message, where);
}

function valueAt(data: unknown, path: string[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The deepest YAML node along `path` (for a missing field, its parent). */
function nodeAt(node: Node | null, path: string[]): Node | undefined {
  let current: Node | null = node;
  for (const key of path) {
    let next: unknown;
    if (isMap(current)) next = current.get(key, true);
    else if (isSeq(current)) next = current.get(Number(key), true);
    if (!next || typeof next !== "object") break;
    current = next as Node;
  }
  return current ?? undefined;
}
