#!/usr/bin/env -S npx tsx
/**
 * Scores the extractor against the gold annotations in tests/fixtures/gold (seed and dev splits): statement
 * precision, recall and F1, and on matched pairs the accuracy of actor, channel, stance sign, stance within ±1 and
 * date; recall of China's statements and their channel accuracy; event recall and date accuracy.
 *
 * usage: npm run eval [-- --verbose] [--json] [--split dev]
 */
import {parseArgs} from "node:util";
import {evaluateCorpus, formatEvaluation} from "../src/evaluateCorpus.ts";

const {values} = parseArgs({
  options: {
    verbose: {type: "boolean", short: "v", default: false},
    json: {type: "boolean", default: false},
    split: {type: "string"}
  }
});
const report = evaluateCorpus({splits: values.split ? [values.split] : undefined});
if (values.json) process.stdout.write(JSON.stringify(report.summary, null, 2) + "\n");
else process.stdout.write(formatEvaluation(report, {verbose: values.verbose}));
