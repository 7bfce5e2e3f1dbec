// Framework data loader: the events-chart chart as a static PNG file, dark theme (data-loaders/embeds.ts).
import {publishStaticChart} from "../../data-loaders/embeds.ts";

await publishStaticChart("events-chart", "dark", "png");
