// Framework data loader: the events-chart chart as a static PNG file, light theme (data-loaders/embeds.ts).
import {publishStaticChart} from "../../data-loaders/embeds.ts";

await publishStaticChart("events-chart", "light", "png");
