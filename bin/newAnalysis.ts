/**
 * Starts a notebook: writes docs/analyses/<slug>.md from bin/analysisTemplate.md, a page that already loads the
 * tables, imports the library and draws one chart. Refuses to overwrite a notebook.
 *
 * usage: npm run new:analysis -- "Title of the analysis"
 */
import {readFileSync, utimesSync, writeFileSync} from "node:fs";
import {dirname, join, relative, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {slugWords} from "../src/slug.ts";

const usage = 'usage: npm run new:analysis -- "Title of the analysis"';
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function main(args: string[]): number {
  const title = args.join(" ").replace(/\s+/g, " ").trim();
  if (!title || title.startsWith("-")) {
    process.stderr.write(`new:analysis: give the notebook's title\n${usage}\n`);
    return 2;
  }
  const slug = slugWords(title).join("-");
  if (!slug) {
    process.stderr.write(`new:analysis: the title needs letters or digits for the file name\n`);
    return 2;
  }
  const path = join(root, "docs", "analyses", `${slug}.md`);
  const template = readFileSync(join(root, "bin", "analysisTemplate.md"), "utf8");
  try {
    writeFileSync(path, notebook(template, title), {flag: "wx"});
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    process.stderr.write(`new:analysis: ${relative(root, path)} exists already; choose another title\n`);
    return 1;
  }
  // The sidebar lists the notebooks when Framework reads its config, which a running preview does when it changes.
  const config = join(root, "observablehq.config.ts");
  const now = new Date();
  utimesSync(config, now, now);
  process.stdout.write(
    `created ${relative(root, path)}\nopen /analyses/${slug} in the preview (npm run dev), edit the page, and save\n`
  );
  return 0;
}

/** The template with the title in the front matter (quoted if YAML needs it) and in the heading (as text). */
function notebook(template: string, title: string): string {
  const yamlTitle = /^[\p{L}\p{N}][^:#"'\\]*$/u.test(title) ? title : JSON.stringify(title);
  const heading = title.replace(/[&<>$]/g, (c) => `&#${c.charCodeAt(0)};`);
  return template.replaceAll("{{yaml_title}}", yamlTitle).replaceAll("{{title}}", heading);
}

process.exitCode = main(process.argv.slice(2));
