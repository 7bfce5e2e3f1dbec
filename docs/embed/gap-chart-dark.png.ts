// Framework data loader: the gap-chart chart as a static PNG file, dark theme (data-loaders/embeds.ts).
import {publishStaticChart} from "../../data-loaders/embeds.ts";

await publishStaticChart("gap-chart", "dark", "png");
