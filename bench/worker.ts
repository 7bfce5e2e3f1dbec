import {parentPort} from "node:worker_threads";
import {loadCodebook} from "../src/codebook.ts";
import {extractFiles, type Extractor} from "./extractFiles.ts";

// Load and compile everything before reporting ready, so that the clock measures extraction, not start-up. Then
// answer each batch of files with its figures, until the pool is terminated.
loadCodebook();
parentPort!.on("message", ({files, extractor}: {files: string[]; extractor: Extractor}) => {
  parentPort!.postMessage(extractFiles(files, extractor));
});
parentPort!.postMessage("ready");
