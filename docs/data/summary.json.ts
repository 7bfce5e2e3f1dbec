// Framework data loader: the numbers the explainer cites (the work is in data-loaders/publishAnalysis.ts).
import {publishSummary} from "../../data-loaders/publishAnalysis.ts";

await publishSummary();
