// Framework data loader: the statements_around_events analysis table as Parquet (the work is in data-loaders/publishAnalysisParquet.ts).
import {publishAnalysisParquet} from "../../data-loaders/publishAnalysisParquet.ts";

await publishAnalysisParquet("statements_around_events");
