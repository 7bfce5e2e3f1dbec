// Framework data loader: the codebook grouped for the Methodology page (the work is in data-loaders/codebook.ts).
import {codebookView} from "../../data-loaders/codebook.ts";
import {runLoader} from "../../data-loaders/runLoader.ts";

await runLoader(() => JSON.stringify(codebookView()));
