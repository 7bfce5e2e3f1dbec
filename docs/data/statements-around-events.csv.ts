// Framework data loader: the statements_around_events analysis table as CSV (the work is in data-loaders/publishAnalysis.ts).
import {publishAnalysisTable} from "../../data-loaders/publishAnalysis.ts";

await publishAnalysisTable("statements_around_events");
