// Framework data loader: /embed/resize.js, the host page's script that resizes chart iframes (data-loaders/embeds.ts).
import {publishHostScript} from "../../data-loaders/embeds.ts";

await publishHostScript();
