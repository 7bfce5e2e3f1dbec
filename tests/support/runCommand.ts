import {spawn} from "node:child_process";

/** What a command printed and how it exited. */
export interface CommandRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command the way a user types it (e.g. `npm run --silent add -- …`) in a directory, with text on stdin if
 * given, and collects its output. Never rejects for a non-zero exit: the test looks at `status`.
 *
 * Options: `input` (default: stdin closed empty), `env` (added to the environment).
 *
 * @example
 * const run = await runCommand(clone.root, "npm", ["run", "--silent", "add", "--", "--title", "T", "-"], {input: body});
 */
export function runCommand(
  cwd: string,
  command: string,
  args: string[],
  {input, env = {}}: {input?: string; env?: Record<string, string>} = {}
): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {cwd, env: {...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...env}});
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (status) => resolve({status, stdout, stderr: stderr.replace(/^npm warn .*\n/gm, "")}));
    child.stdin.end(input ?? "");
  });
}
