/**
 * Builds the site with `npm run build` (which fills the offline npm cache and runs Framework with the network guard
 * scripts/forbid-network.mjs) and fails if the build failed or tried to reach any non-local host.
 */
import {spawn} from "node:child_process";
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DIST = join(ROOT, "dist");
const OUTPUT = join(ROOT, "tests", "output");
export const BUILD_LOG = join(OUTPUT, "build.log");

export async function buildSite(): Promise<{ms: number}> {
  mkdirSync(OUTPUT, {recursive: true});
  const networkLog = join(OUTPUT, "build-network.log");
  rmSync(networkLog, {force: true});
  const start = performance.now();
  const {code, output} = await new Promise<{code: number | null; output: string}>((resolve, reject) => {
    const child = spawn("npm", ["run", "build"], {
      cwd: ROOT,
      env: {...process.env, FORBID_NETWORK_LOG: networkLog, NO_COLOR: "1", FORCE_COLOR: "0"},
      stdio: ["ignore", "pipe", "pipe"]
    });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({code, output: Buffer.concat(chunks).toString("utf-8")}));
  });
  const ms = Math.round(performance.now() - start);
  writeFileSync(BUILD_LOG, output);
  const tail = output.split("\n").slice(-40).join("\n");
  if (code !== 0) throw new Error(`npm run build failed (exit ${code}); log: ${BUILD_LOG}\n${tail}`);
  if (existsSync(networkLog)) {
    throw new Error(`npm run build tried to reach the network:\n${readFileSync(networkLog, "utf-8")}`);
  }
  if (!existsSync(join(DIST, "index.html"))) throw new Error(`npm run build produced no dist/index.html\n${tail}`);
  return {ms};
}

/** Reuses an existing dist/ (e.g. built by the browser project's global setup), else builds. */
export async function ensureBuilt(): Promise<void> {
  if (!existsSync(join(DIST, "index.html"))) await buildSite();
}
