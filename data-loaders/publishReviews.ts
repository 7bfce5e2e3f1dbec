import {orphanMessage, reviewReport} from "../src/reviewReport.ts";
import {runLoader} from "./runLoader.ts";
import {loadReviewedTables} from "./tables.ts";

/**
 * The body of the reviews loader: writes how the reviews file fared against the current extraction (applied and
 * orphaned counts, and every orphan with its line; see {@link reviewReport}) as JSON to stdout, and names each orphan
 * on stderr, where the preview's and the build's logs show it.
 *
 * @example
 * // docs/data/reviews.json.ts
 * await publishReviews();
 */
export async function publishReviews(): Promise<void> {
  await runLoader(() => {
    const {tables, reviews, applied, orphans} = loadReviewedTables();
    const report = reviewReport(reviews.file, {applied, orphans}, tables.documents);
    for (const orphan of report.orphans) process.stderr.write(`${orphanMessage(report.file, orphan)}\n`);
    return `${JSON.stringify(report, null, 2)}\n`;
  });
}
