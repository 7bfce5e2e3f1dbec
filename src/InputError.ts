/**
 * An error in the user's input (an article, the codebook, the reviews file) that names the file, the line and the
 * field, so that an editor can find and fix it. Command-line tools print `error.message` and exit non-zero.
 *
 * @example
 * throw new InputError("missing field", {file: "corpus/articles/x.md", line: 3, field: "published"});
 */
export class InputError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly field: string | undefined;
  constructor(problem: string, {file, line, field}: {file: string; line?: number; field?: string}) {
    const where = line === undefined ? file : `${file}:${line}`;
    super(`${where}: ${field === undefined ? "" : `${field}: `}${problem}`);
    this.name = "InputError";
    this.file = file;
    this.line = line;
    this.field = field;
  }
}
