import {analysisSchemas} from "../src/analysis/schemas.ts";
import {dataDictionary} from "../src/dataDictionary.ts";
import {tableSchemas} from "../src/schemas.ts";
import {runLoader} from "./runLoader.ts";

/**
 * The body of the data dictionary loader: writes, as JSON, every published table's name, description and columns
 * (type and description), derived from the schemas, so the dictionary cannot drift from the data.
 *
 * @example
 * // docs/data/dictionary.json.ts
 * await publishDictionary();
 */
export async function publishDictionary(): Promise<void> {
  await runLoader(() => `${JSON.stringify(dataDictionary([...tableSchemas, ...analysisSchemas]), null, 2)}\n`);
}
