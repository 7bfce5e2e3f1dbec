// Framework data loader: the stance_periods analysis table as Parquet (the work is in data-loaders/publishAnalysisParquet.ts).
import {publishAnalysisParquet} from "../../data-loaders/publishAnalysisParquet.ts";

await publishAnalysisParquet("stance_periods");
