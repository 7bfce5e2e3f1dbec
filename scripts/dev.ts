/**
 * `npm run dev`: Observable Framework's preview with live reload, plus the data loaders' freshness. Before the server
 * starts, loaders whose inputs changed since the last run are marked stale (see freshenLoaders.ts); while it runs, a
 * watcher marks them as their inputs change (see watchLoaders.ts): editing, adding or deleting an article, the
 * codebook or the extractor's code re-runs the affected loaders and updates open pages, without a restart. The
 * library module the notebooks import (docs/lib/backchannel.js, see bundleLibrary.ts) is bundled before the server
 * starts and again whenever src/analysis changes.
 *
 * usage: tsx scripts/dev.ts [observable preview options]    e.g. npm run dev -- --no-open --port 4000
 */
import {spawn} from "node:child_process";
import {join} from "node:path";
import {watchLibrary} from "./bundleLibrary.ts";
import {freshenLoaders, repositoryRoot} from "./freshenLoaders.ts";
import {watchLoaders} from "./watchLoaders.ts";

const log = (line: string) => console.log(`[data] ${line}`);
await freshenLoaders({log});
const watcher = await watchLoaders({log});
const library = await watchLibrary({log: (line) => console.log(`[lib] ${line}`)});
const observable = join(repositoryRoot, "node_modules", "@observablehq", "framework", "dist", "bin", "observable.js");
const preview = spawn(process.execPath, [observable, "preview", ...process.argv.slice(2)], {stdio: "inherit"});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => preview.kill(signal)); // exit once preview has
}
preview.on("exit", (code, signal) => {
  watcher.close();
  void library.close();
  process.exit(code ?? (signal === "SIGINT" || signal === "SIGTERM" || signal === "SIGHUP" ? 0 : 1));
});
