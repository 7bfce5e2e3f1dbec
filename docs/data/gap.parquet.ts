// Framework data loader: the gap analysis table as Parquet (the work is in data-loaders/publishAnalysisParquet.ts).
import {publishAnalysisParquet} from "../../data-loaders/publishAnalysisParquet.ts";

await publishAnalysisParquet("gap");
