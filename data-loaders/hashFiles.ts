import {createHash} from "node:crypto";
import {readFileSync, readdirSync} from "node:fs";
import {join, relative, sep} from "node:path";

/**
 * A hash of files' paths (relative to `root`) and contents, in path order; a missing file counts as missing, so that
 * deleting a file changes the hash too. Pass the same `digests` map to several calls to read each file only once.
 *
 * @example
 * hashFiles(root, ["src/codebook.yaml", "corpus/articles/x.md"]); // "3f0a…" (64 hex digits)
 */
export function hashFiles(root: string, files: Iterable<string>, digests = new Map<string, string>()): string {
  const hash = createHash("sha256");
  for (const file of [...new Set(files)].sort()) {
    let digest = digests.get(file);
    if (digest === undefined) {
      try {
        digest = createHash("sha256")
          .update(readFileSync(join(root, file)))
          .digest("hex");
      } catch {
        digest = "missing";
      }
      digests.set(file, digest);
    }
    hash.update(`${file}\0${digest}\n`);
  }
  return hash.digest("hex");
}

/**
 * Every file under `dir` (recursively, skipping dot-directories and node_modules), as paths relative to `root` with `/`
 * separators, sorted.
 *
 * @example
 * filesUnder(root, "src"); // ["src/EntityIndex.ts", …, "src/codebook.yaml", …]
 */
export function filesUnder(root: string, dir: string): string[] {
  const files: string[] = [];
  const walk = (path: string): void => {
    let entries;
    try {
      entries = readdirSync(path, {withFileTypes: true});
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const child = join(path, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) files.push(relative(root, child).split(sep).join("/"));
    }
  };
  walk(join(root, dir));
  return files.sort();
}
