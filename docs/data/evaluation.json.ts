// Framework data loader: the extractor's accuracy against the gold annotations (the work is in data-loaders/evaluation.ts).
import {evaluationView} from "../../data-loaders/evaluation.ts";
import {runLoader} from "../../data-loaders/runLoader.ts";

await runLoader(() => JSON.stringify(evaluationView()));
