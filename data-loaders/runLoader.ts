import {basename} from "node:path";
import {InputError} from "../src/InputError.ts";

/**
 * Runs a data loader's work and writes its output to stdout, all at once and only on success: on failure stdout stays
 * empty, the error goes to stderr (an {@link InputError} as its message: file, line, field; anything else with its
 * stack) and the exit code is 1, so Framework reports the loader as failed instead of serving half a file.
 *
 * @example
 * await runLoader(() => toCSV(statementsSchema, loadTables().statements));
 */
export async function runLoader(produce: () => string | Uint8Array | Promise<string | Uint8Array>): Promise<void> {
  let output: string | Uint8Array;
  try {
    output = await produce();
  } catch (error) {
    const loader = basename(process.argv[1] ?? "loader");
    const message = error instanceof InputError ? error.message : error instanceof Error ? error.stack : String(error);
    process.stderr.write(`${loader}: ${message}\n`);
    process.exitCode = 1;
    return;
  }
  await new Promise<void>((resolve, reject) =>
    process.stdout.write(output, (error) => (error ? reject(error) : resolve()))
  );
}
