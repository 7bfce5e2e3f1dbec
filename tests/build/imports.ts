/** Import specifiers of ES modules, parsed with Framework's own parser (acorn, with Framework's options). */
import {join} from "node:path";
import {ROOT} from "./build-site.ts";

interface Node {
  type: string;
  source?: {type: string; value?: unknown} | null;
}

type ParseProgram = (input: string) => {body: Node[]};

let parser: Promise<ParseProgram> | undefined;

function getParser(): Promise<ParseProgram> {
  const path = join(ROOT, "node_modules", "@observablehq", "framework", "dist", "javascript", "parse.js");
  return (parser ??= import(path).then((m: {parseProgram: ParseProgram}) => m.parseProgram));
}

/** The specifiers of a module's static `import … from`, `import "…"`, `export … from` declarations. */
export async function staticImports(source: string): Promise<string[]> {
  const program = (await getParser())(source);
  const specifiers: string[] = [];
  for (const node of program.body) {
    if (
      node.type !== "ImportDeclaration" &&
      node.type !== "ExportAllDeclaration" &&
      node.type !== "ExportNamedDeclaration"
    ) {
      continue;
    }
    if (node.source && typeof node.source.value === "string") specifiers.push(node.source.value);
  }
  return specifiers;
}
