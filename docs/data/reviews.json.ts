// Framework data loader: how the editors' reviews fared against the current extraction (see data-loaders/publishReviews.ts).
import {publishReviews} from "../../data-loaders/publishReviews.ts";

await publishReviews();
