/**
 * What the command-line tools share: reading the command line (node:util's parseArgs, with `--help`), and how they
 * tell a mistake in it: the tool's name, the problem and the usage on stderr, exit code 2.
 */
import {parseArgs, type ParseArgsConfig} from "node:util";

/** The options a tool reads, as parseArgs declares them. */
export type CommandLineOptions = NonNullable<ParseArgsConfig["options"]>;

const helpOption = {help: {type: "boolean", short: "h", default: false}} as const;

/** A tool's command line as parseArgs reads it with the tool's options, positionals allowed. */
export type CommandLine<Options extends CommandLineOptions> = ReturnType<
  typeof parseArgs<{allowPositionals: true; options: Options & typeof helpOption}>
>;

/**
 * Tells a mistake in the command line: prints `<tool>: <problem>` and the usage on stderr, and returns exit code 2.
 *
 * @example
 * if (!positionals.length) return usageError("extract", "no article files given", usage);
 */
export function usageError(tool: string, problem: string, usage: string): number {
  process.stderr.write(`${tool}: ${problem}\n${usage}\n`);
  return 2;
}

/**
 * Reads a tool's options and positional arguments from the command line, with `--help` (`-h`) besides. Returns an
 * exit code instead when there is nothing more to do: 0 once `--help` has printed the usage on stdout, 2 once an
 * unknown or malformed option has been told (see {@link usageError}).
 *
 * @example
 * const parsed = parseCommandLine("extract", usage, {table: {type: "string", default: "statements"}});
 * if (typeof parsed === "number") return parsed;
 */
export function parseCommandLine<Options extends CommandLineOptions>(
  tool: string,
  usage: string,
  options: Options
): CommandLine<Options> | number {
  let parsed: CommandLine<Options>;
  try {
    parsed = parseArgs({allowPositionals: true, options: {...options, ...helpOption}});
  } catch (error) {
    return usageError(tool, (error as Error).message, usage);
  }
  if ((parsed.values as {help?: boolean}).help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  return parsed;
}
