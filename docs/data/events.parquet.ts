// Framework data loader: the events table as PARQUET (the work is in data-loaders/publishTable.ts).
import {publishTable} from "../../data-loaders/publishTable.ts";

await publishTable("events", "parquet");
