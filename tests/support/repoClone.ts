/**
 * A throwaway copy of the parts of this repository that data loaders need (code, corpus, lockfile), with
 * node_modules linked, so that tests can edit articles and run loaders without touching the real corpus or caches.
 */
import {spawn} from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  type CopySyncOptions
} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const TSX = join(ROOT, "node_modules", ".bin", "tsx");

export interface LoaderRun {
  status: number | null;
  stdout: Buffer;
  stderr: string;
}

/** A throwaway copy of some paths of this repository, with node_modules linked. */
export interface Clone {
  root: string;
  /** Path of a file of the clone, from a path relative to the repository root. */
  path(relativePath: string): string;
  read(relativePath: string): string;
  write(relativePath: string, text: string): void;
  remove(): void;
}

export interface RepoClone extends Clone {
  /** Runs a loader (e.g. `docs/data/statements.csv.ts`) the way Framework does: `tsx <loader>` from the root. */
  runLoader(loader: string): Promise<LoaderRun>;
}

/**
 * Copies paths of this repository (relative to its root) into a new temporary directory whose name starts with
 * `prefix`, and links node_modules. `copyOptions` go to `cpSync` after `recursive: true`.
 *
 * @example
 * const clone = clonePaths("backchannel-site-", ["src", "docs"], {preserveTimestamps: true});
 */
export function clonePaths(prefix: string, paths: readonly string[], copyOptions: CopySyncOptions = {}): Clone {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const path of paths) {
    mkdirSync(dirname(join(root, path)), {recursive: true});
    cpSync(join(ROOT, path), join(root, path), {recursive: true, ...copyOptions});
  }
  symlinkSync(join(ROOT, "node_modules"), join(root, "node_modules"), "dir");
  const path = (relativePath: string) => join(root, relativePath);
  return {
    root,
    path,
    read: (relativePath) => readFileSync(path(relativePath), "utf8"),
    write: (relativePath, text) => writeFileSync(path(relativePath), text),
    remove: () => rmSync(root, {recursive: true, force: true})
  };
}

/**
 * Copies `src/`, `data-loaders/`, `corpus/`, the lockfile and the given loaders (paths relative to the root) into a
 * new temporary directory.
 *
 * @example
 * const clone = cloneRepo(["docs/data/statements.csv.ts"]);
 */
export function cloneRepo(loaders: string[]): RepoClone {
  const clone = clonePaths("backchannel-clone-", [
    "src",
    "data-loaders",
    "corpus",
    "package.json",
    "package-lock.json",
    "tsconfig.json",
    ...loaders
  ]);
  return {
    ...clone,
    runLoader(loader) {
      return new Promise((resolve, reject) => {
        const child = spawn(TSX, [loader], {cwd: clone.root, env: {...process.env, NO_COLOR: "1"}});
        const stdout: Buffer[] = [];
        const stderr: Buffer[] = [];
        child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
        child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
        child.on("error", reject);
        child.on("close", (status) =>
          resolve({status, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr).toString("utf8")})
        );
      });
    }
  };
}
