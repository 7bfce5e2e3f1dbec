/**
 * `npm run dev` (observable preview, with the network guard) must serve pages that work offline too: the preview
 * server bundles Framework's client and serves npm modules itself, on a different path than the build.
 */
import {spawn, type ChildProcess} from "node:child_process";
import {existsSync, readFileSync, rmSync} from "node:fs";
import {createServer} from "node:net";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {DIST, OUTPUT, ROOT, checkPage, launchBrowser, listBuiltPages, type BrowserSession} from "./harness.ts";

const pages = listBuiltPages(DIST);
const networkLog = join(OUTPUT, "preview-network.log");
let preview: ChildProcess | undefined;
let origin: string;
let output = "";
let browser: BrowserSession;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

beforeAll(async () => {
  rmSync(networkLog, {force: true});
  const port = await freePort();
  preview = spawn("npm", ["run", "dev", "--", "--no-open", "--port", String(port)], {
    cwd: ROOT,
    env: {...process.env, FORBID_NETWORK_LOG: networkLog, NO_COLOR: "1", FORCE_COLOR: "0"},
    stdio: ["ignore", "pipe", "pipe"],
    detached: true // own process group, so that npm, sh and observable all stop together
  });
  origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`preview did not start:\n${output}`)), 120_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString("utf-8");
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${match[1]}`);
      }
    };
    preview!.stdout!.on("data", onData);
    preview!.stderr!.on("data", onData);
    preview!.on("exit", (code) => reject(new Error(`preview exited (${code}):\n${output}`)));
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (preview?.pid && preview.exitCode === null) {
    const exited = new Promise((resolve) => preview!.once("exit", resolve));
    process.kill(-preview.pid, "SIGTERM");
    await exited;
  }
});

describe.each(pages)("preview of $path", (page) => {
  test("renders without problems", async () => {
    const report = await checkPage(browser, `${origin}${page.path}`, {
      width: 1280,
      screenshot: `preview-${page.name}-1280`
    });
    expect(report.problems, `problems on ${report.url}`).toEqual([]);
  });
});

test("the preview server made no network request", () => {
  expect(existsSync(networkLog) ? readFileSync(networkLog, "utf-8") : "").toBe("");
  expect(output).not.toMatch(/forbid-network: blocked|unable to fetch/);
});
