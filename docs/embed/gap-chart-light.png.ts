// Framework data loader: the gap-chart chart as a static PNG file, light theme (data-loaders/embeds.ts).
import {publishStaticChart} from "../../data-loaders/embeds.ts";

await publishStaticChart("gap-chart", "light", "png");
