// Framework data loader: the stance-timeline chart as a static SVG file, dark theme (data-loaders/embeds.ts).
import {publishStaticChart} from "../../data-loaders/embeds.ts";

await publishStaticChart("stance-timeline", "dark", "svg");
