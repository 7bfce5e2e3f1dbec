// Framework data loader: the manifest of the static SVG and PNG files, with each chart's texts (data-loaders/embeds.ts).
import {publishStaticManifest} from "../../data-loaders/embeds.ts";

await publishStaticManifest();
