/**
 * The live half of the loaders' freshness (see freshenLoaders.ts), run by `npm run dev` beside `observable preview`:
 * watches the directories of every loader's inputs and, shortly after any change there, touches the loaders whose
 * inputs changed. Preview's own watcher on each loader file then tells open pages to fetch the new data, and the
 * loader re-runs on that request.
 */
import {watch, type FSWatcher} from "node:fs";
import {join} from "node:path";
import {freshenLoaders, repositoryRoot, type FreshenOptions} from "./freshenLoaders.ts";
import {watchedDirectories} from "./loaderInputs.ts";

/** A running watcher. */
export interface LoaderWatcher {
  /** Resolves after the check that follows the latest change (or the first check) has finished. */
  settled(): Promise<void>;
  close(): void;
}

/**
 * Watches the inputs of every data loader and touches the loaders whose inputs change (without removing cached
 * outputs: preview re-runs a loader newer than its output by itself). Checks once at start, then 100 ms after the
 * last of a burst of changes; the set of watched directories follows the inputs (a new import, a new corpus file).
 *
 * Options: as {@link freshenLoaders} (`root`, `sourceRoot`, `log`), plus `delay` (default 100 ms).
 *
 * @example
 * const watcher = await watchLoaders();
 * // … later
 * watcher.close();
 */
export async function watchLoaders({
  delay = 100,
  ...options
}: Omit<FreshenOptions, "removeStale"> & {delay?: number} = {}): Promise<LoaderWatcher> {
  const root = options.root ?? repositoryRoot;
  const log = options.log ?? console.log;
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let pending = false;
  let closed = false;

  const check = async (): Promise<void> => {
    try {
      const {inputs} = await freshenLoaders({...options, removeStale: false});
      if (!closed) rewatch(watchedDirectories(root, inputs));
    } catch (error) {
      log(`data loader watcher: ${(error as Error).message}`);
    }
  };
  const schedule = (): void => {
    if (closed) return;
    pending = true;
    clearTimeout(timer);
    timer = setTimeout(() => {
      pending = false;
      running = running.then(check);
    }, delay);
  };
  const rewatch = (dirs: string[]): void => {
    for (const [dir, watcher] of watchers) {
      if (!dirs.includes(dir)) {
        watcher.close();
        watchers.delete(dir);
      }
    }
    for (const dir of dirs) {
      if (watchers.has(dir)) continue;
      try {
        const watcher = watch(join(root, dir), schedule);
        watcher.on("error", () => {
          watcher.close();
          watchers.delete(dir);
          schedule(); // the directory went away: look again
        });
        watchers.set(dir, watcher);
      } catch {
        // gone already; the next check will not list it
      }
    }
  };

  running = check();
  await running;
  return {
    async settled() {
      while (pending) await new Promise((resolve) => setTimeout(resolve, delay));
      await running;
    },
    close() {
      closed = true;
      clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    }
  };
}
