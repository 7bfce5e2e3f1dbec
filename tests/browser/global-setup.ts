import {rmSync} from "node:fs";
import {join} from "node:path";
import {ROOT, buildSite} from "../build/build-site.ts";

/**
 * Builds the site once before the browser tests (vitest runs every project's global setup before any test), and
 * clears old screenshots so that none is left from a page that no longer exists.
 */
export default async function setup(): Promise<void> {
  rmSync(join(ROOT, "tests", "output", "screenshots"), {recursive: true, force: true});
  const {ms} = await buildSite();
  console.log(`built dist/ in ${ms} ms`);
}
