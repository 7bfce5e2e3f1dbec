// Framework data loader: the stance-timeline chart as a static PNG file, light theme (data-loaders/embeds.ts).
import {publishStaticChart} from "../../data-loaders/embeds.ts";

await publishStaticChart("stance-timeline", "light", "png");
