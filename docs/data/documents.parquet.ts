// Framework data loader: the documents table as Parquet (the work is in data-loaders/publishTable.ts).
import {publishTable} from "../../data-loaders/publishTable.ts";

await publishTable("documents", "parquet");
