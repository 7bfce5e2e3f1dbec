// Framework data loader: the stance_periods analysis table as CSV (the work is in data-loaders/publishAnalysis.ts).
import {publishAnalysisTable} from "../../data-loaders/publishAnalysis.ts";

await publishAnalysisTable("stance_periods");
