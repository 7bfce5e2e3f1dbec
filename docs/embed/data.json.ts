// Framework data loader: the data every embedded chart draws (the work is in data-loaders/embeds.ts).
import {publishEmbedData} from "../../data-loaders/embeds.ts";

await publishEmbedData();
