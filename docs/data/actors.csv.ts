// Framework data loader: the actors table as CSV (the work is in data-loaders/publishTable.ts).
import {publishTable} from "../../data-loaders/publishTable.ts";

await publishTable("actors", "csv");
