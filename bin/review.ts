/**
 * Reviews extracted statements from the command line, editing corpus/reviews.yaml in place (comments and formatting
 * kept): accept, reject or correct a statement by its id, remove a review, or list the reviews with whether each
 * still finds its statement.
 *
 * usage: npm run review -- list
 *        npm run review -- accept|reject ID [--reviewer NAME] [--note TEXT] [--date YYYY-MM-DD]
 *        npm run review -- set ID FIELD=VALUE... [--reviewer NAME] [--note TEXT] [--date YYYY-MM-DD]
 *        npm run review -- remove ID
 */
import {execFileSync} from "node:child_process";
import {readFileSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {relative} from "node:path";
import {applyReviews} from "../src/applyReviews.ts";
import {editReview, type ReviewEntry} from "../src/editReview.ts";
import {formatTextTable} from "../src/formatTextTable.ts";
import {InputError} from "../src/InputError.ts";
import {correctionsSchema, parseReviews, type Review, type ReviewableField} from "../src/readReviews.ts";
import {orphanMessage, reviewReport} from "../src/reviewReport.ts";
import {reviewableFields} from "../src/schemas.ts";
import type {StatementRow} from "../src/tables.ts";
import {paths} from "../data-loaders/paths.ts";
import {loadMachineTables} from "../data-loaders/tables.ts";
import {parseCommandLine, usageError} from "./commandLine.ts";

const usage = `usage: npm run review -- list
       npm run review -- accept|reject ID [--reviewer NAME] [--note TEXT] [--date YYYY-MM-DD]
       npm run review -- set ID FIELD=VALUE... [--reviewer NAME] [--note TEXT] [--date YYYY-MM-DD]
       npm run review -- remove ID
  ID is a statement id, or its end (s0123456789) when that is unique. FIELD is one of
  ${reviewableFields.join(", ")}. NAME defaults to $BACKCHANNEL_REVIEWER, then git's user.name.`;
const file = relative(paths.root, paths.reviews);

/** A mistake in the command line: printed with the usage, exit code 2. */
class UsageError extends Error {}

/** A request that cannot be done (an unknown id, an invalid value): printed, exit code 1. */
class RefusedError extends Error {}

function main(): number {
  const parsed = parseCommandLine("review", usage, {
    reviewer: {type: "string"},
    note: {type: "string"},
    date: {type: "string"}
  });
  if (typeof parsed === "number") return parsed;
  const {values, positionals} = parsed;
  try {
    const [command, id, ...assignments] = positionals;
    if (command === "list") {
      if (positionals.length > 1) throw new UsageError("list takes no arguments");
      process.stdout.write(list());
      return 0;
    }
    if (!["accept", "reject", "set", "remove"].includes(command)) {
      throw new UsageError(command ? `unknown command ${command}` : "no command");
    }
    if (!id) throw new UsageError(`${command} needs a statement id`);
    if (command !== "set" && assignments.length) throw new UsageError(`${command} takes one id only`);
    if (command === "set" && !assignments.length) throw new UsageError("set needs at least one FIELD=VALUE");
    const text = readReviewsText();
    if (command === "remove") {
      const statementId = resolveId(
        id,
        parseReviews(text, {file}).reviews.map((r) => r.statement_id),
        "review"
      );
      writeReviews(editReview(text, statementId, null, {file}));
      process.stdout.write(`removed the review of ${statementId}\n`);
      return 0;
    }
    const statements = loadMachineTables({log: () => {}}).statements;
    const statement = statements.find(
      (s) =>
        s.statement_id ===
        resolveId(
          id,
          statements.map((s) => s.statement_id),
          "statement"
        )
    )!;
    const existing = parseReviews(text, {file}).reviews.find((r) => r.statement_id === statement.statement_id);
    const status = command === "accept" ? "accepted" : command === "reject" ? "rejected" : "corrected";
    const entry: ReviewEntry = {
      status,
      reviewer: values.reviewer ?? defaultReviewer(),
      date: values.date ?? today(),
      note: values.note ?? (existing?.status === status ? existing.note : undefined)
    };
    if (status === "corrected") entry.set = corrections(statement, existing, assignments);
    writeReviews(editReview(text, statement.statement_id, entry, {file}));
    process.stdout.write(`${confirmation(statement, entry)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) return usageError("review", error.message, usage);
    if (error instanceof InputError || error instanceof RefusedError) {
      process.stderr.write(`review: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

function readReviewsText(): string {
  try {
    return readFileSync(paths.reviews, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "";
    throw new InputError(`cannot read the file (${(error as NodeJS.ErrnoException).code})`, {file});
  }
}

function writeReviews(text: string): void {
  const temporary = `${paths.reviews}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, paths.reviews);
  } finally {
    rmSync(temporary, {force: true});
  }
}

/** The full id an argument names: itself, or the one id that ends with it. */
function resolveId(argument: string, ids: string[], what: "statement" | "review"): string {
  if (ids.includes(argument)) return argument;
  const matches = ids.filter((id) => id.endsWith(argument.startsWith("-") ? argument : `-${argument}`));
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) throw new RefusedError(`${argument} names ${matches.length} ${what}s: ${matches.join(", ")}`);
  const hint =
    what === "statement"
      ? "not in the current extraction (npm run --silent extract -- FILE lists an article's statement ids)"
      : `has no review in ${file}`;
  throw new RefusedError(`${argument}: ${hint}`);
}

function corrections(statement: StatementRow, existing: Review | undefined, assignments: string[]): Review["set"] {
  const set: Record<string, unknown> = existing?.status === "corrected" ? {...existing.set} : {};
  for (const assignment of assignments) {
    const match = /^([a-z_]+)=(.*)$/s.exec(assignment);
    if (!match) throw new UsageError(`${assignment}: expected FIELD=VALUE`);
    const [, field, text] = match;
    if (!(reviewableFields as readonly string[]).includes(field)) {
      throw new UsageError(`${field} is not a field an editor can correct (${reviewableFields.join(", ")})`);
    }
    const value = field === "stance" && /^[+-]?\d+$/.test(text.trim()) ? Number(text) : text;
    const parsed = correctionsSchema.safeParse({
      ...(field === "date_precision" ? {date: set.date ?? statement.date} : {}),
      [field]: value
    });
    if (!parsed.success) {
      const issue = parsed.error.issues.find((i) => i.path[0] === field) ?? parsed.error.issues[0];
      throw new RefusedError(`${field}=${text}: ${issue.message}`);
    }
    if (statement[`machine_${field as ReviewableField}`] === value) delete set[field];
    else set[field] = value;
  }
  if (!Object.keys(set).length) {
    throw new RefusedError(`${statement.statement_id}: the values given are the extractor's; accept it instead`);
  }
  return set as Review["set"];
}

function defaultReviewer(): string {
  const fromEnvironment = process.env.BACKCHANNEL_REVIEWER?.trim();
  if (fromEnvironment) return fromEnvironment;
  try {
    const name = execFileSync("git", ["config", "user.name"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"]
    }).trim();
    if (name) return name;
  } catch {
    // no git, or no name configured
  }
  throw new UsageError("who is reviewing? give --reviewer NAME (or set BACKCHANNEL_REVIEWER)");
}

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function describe(statement: StatementRow): string {
  const stance = statement.machine_stance > 0 ? `+${statement.machine_stance}` : String(statement.machine_stance);
  const quote = statement.quote.length > 70 ? `${statement.quote.slice(0, 69)}…` : statement.quote;
  return `${statement.machine_speaker || "?"}, ${statement.machine_channel}, ${stance}: “${quote}”`;
}

function confirmation(statement: StatementRow, entry: ReviewEntry): string {
  const head = `${entry.status} ${statement.statement_id} (${describe(statement)})`;
  const changes = Object.entries(entry.set ?? {}).map(
    ([field, value]) => `  ${field}: ${statement[`machine_${field as ReviewableField}`] || "–"} → ${value || "–"}`
  );
  return [head, ...changes, `in ${file}; the tables follow at the next build, or now in npm run dev`].join("\n");
}

function list(): string {
  const reviews = parseReviews(readReviewsText(), {file});
  if (!reviews.reviews.length) return `no reviews in ${file}\n`;
  const tables = loadMachineTables({log: () => {}});
  const outcome = applyReviews(tables.statements, reviews.reviews);
  const report = reviewReport(file, outcome, tables.documents);
  const orphaned = new Set(outcome.orphans.map((r) => r.statement_id));
  const machine = new Map(tables.statements.map((s) => [s.statement_id, s]));
  const rows = reviews.reviews.map((review) => {
    const statement = machine.get(review.statement_id);
    const changes = Object.entries(review.set)
      .map(([field, value]) => `${field} ${statement?.[`machine_${field as ReviewableField}`] ?? "?"}→${value}`)
      .join(", ");
    return [
      review.statement_id,
      review.status,
      orphaned.has(review.statement_id) ? "ORPHANED" : "applied",
      review.reviewer,
      review.date,
      [changes, review.note].filter(Boolean).join("; ")
    ];
  });
  const lines = [
    formatTextTable(["statement", "status", "", "reviewer", "date", "changes; note"], rows, {maxWidths: {5: 70}}),
    `${report.reviews} review${report.reviews === 1 ? "" : "s"}: ${report.applied} applied, ${report.orphaned} orphaned`
  ];
  for (const orphan of report.orphans) lines.push(orphanMessage(file, orphan));
  return `${lines.join("\n")}\n`;
}

process.exitCode = main();
