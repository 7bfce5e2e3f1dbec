// Framework data loader: the gap analysis table as CSV (the work is in data-loaders/publishAnalysis.ts).
import {publishAnalysisTable} from "../../data-loaders/publishAnalysis.ts";

await publishAnalysisTable("gap");
