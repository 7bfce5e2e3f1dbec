// Framework data loader: the data dictionary, derived from the table schemas (see data-loaders/publishDictionary.ts).
import {publishDictionary} from "../../data-loaders/publishDictionary.ts";

await publishDictionary();
