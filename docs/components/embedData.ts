/**
 * The embeds' data (docs/embed/data.json), fetched once per page however many charts it embeds. Framework bundles the
 * file with the module and resolves it against the module's own URL, so an embed on another site fetches it from
 * this one.
 */
import {FileAttachment} from "observablehq:stdlib";
import type {EmbedData} from "./embedCharts.js";

let data: Promise<EmbedData> | undefined;

/** The embeds' data, loaded on first use. */
export function embedData(): Promise<EmbedData> {
  return (data ??= FileAttachment("../embed/data.json").json() as Promise<EmbedData>);
}
