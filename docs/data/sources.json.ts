// Framework data loader: each article's text cut into runs for the Sources page (the work is in data-loaders/sources.ts).
import {readCorpus} from "../../src/corpus.ts";
import {buildSources} from "../../data-loaders/sources.ts";
import {paths} from "../../data-loaders/paths.ts";
import {runLoader} from "../../data-loaders/runLoader.ts";
import {loadTables} from "../../data-loaders/tables.ts";

await runLoader(() => JSON.stringify(buildSources(readCorpus(paths.corpus).articles, loadTables())));
