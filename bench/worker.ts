import {parentPort} from "node:worker_threads";
import {loadCodebook} from "../src/codebook.ts";
import {extractFiles, type Extractor} from "./extractFiles.ts";

// Load and compile everything before reporting ready, so that the clock measures extraction, not start-up.
loadCodebook();
parentPort!.once("message", ({files, extractor}: {files: string[]; extractor: Extractor}) => {
  parentPort!.postMessage(extractFiles(files, extractor));
});
parentPort!.postMessage("ready");
