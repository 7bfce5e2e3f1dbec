/**
 * Iframe embeds and their host page talking through `postMessage`: the chart page inside the iframe reports its
 * content's height whenever it changes, and the host script (`/embed/resize.js`, built from
 * {@link installIframeResizer}) sets the height of the iframe that sent it. Messages carry nothing but a height, so
 * they go to any origin; the host only resizes an iframe whose window sent the message.
 */

/** Message type of a height report (frame → host). */
export const HEIGHT_MESSAGE = "backchannel-embed:height";
/** Message type of a request for a height report (host → frame), for frames that reported before the host listened */
export const PING_MESSAGE = "backchannel-embed:ping";
/** Heights outside 1 … this many pixels are ignored. */
export const MAX_FRAME_HEIGHT = 20_000;

/**
 * Inside an iframe: posts `{type: HEIGHT_MESSAGE, height}` to the parent window now, whenever `element` changes size,
 * and when the host asks (PING_MESSAGE). The height is the bottom of `element` in the page, so the iframe fits it
 * without a scroll bar. Does nothing outside an iframe. Returns a function that stops reporting.
 *
 * @example
 * reportFrameHeight(document.querySelector(".backchannel-embed"));
 */
export function reportFrameHeight(
  element: Element,
  {window: view = globalThis.window}: {window?: Window} = {}
): () => void {
  if (!view || view.parent === view) return () => {};
  let last = -1;
  const report = (force = false) => {
    const height = Math.ceil(element.getBoundingClientRect().bottom + view.scrollY);
    if (!force && height === last) return;
    last = height;
    view.parent.postMessage({type: HEIGHT_MESSAGE, height}, "*");
  };
  const Observer = (view as Window & typeof globalThis).ResizeObserver;
  const observer = Observer ? new Observer(() => report()) : null;
  observer?.observe(element);
  const onMessage = (event: MessageEvent) => {
    if (event.source === view.parent && event.data?.type === PING_MESSAGE) report(true);
  };
  view.addEventListener("message", onMessage);
  report(true);
  return () => {
    observer?.disconnect();
    view.removeEventListener("message", onMessage);
  };
}

/**
 * On the host page: sets the height of each iframe that reports its height (see {@link reportFrameHeight}), and asks
 * the iframes already there to report. Safe to run twice: the second time does nothing. This function is the source
 * of `/embed/resize.js`, a plain script a host page includes with `<script src=".../embed/resize.js" async>`.
 *
 * @example
 * installIframeResizer(window);
 */
export function installIframeResizer(view: Window): void {
  const flag = "__backchannelIframeResizer";
  const state = view as unknown as Record<string, boolean>;
  if (state[flag]) return;
  state[flag] = true;
  view.addEventListener("message", (event) => {
    const data = event.data as {type?: unknown; height?: unknown} | null;
    if (!data || data.type !== HEIGHT_MESSAGE) return;
    const height = Number(data.height);
    if (!(Number.isFinite(height) && height >= 1 && height <= MAX_FRAME_HEIGHT)) return;
    for (const iframe of view.document.querySelectorAll("iframe")) {
      if (iframe.contentWindow !== event.source) continue;
      iframe.style.height = `${Math.ceil(height)}px`;
      iframe.setAttribute("data-backchannel-height", String(Math.ceil(height)));
    }
  });
  for (const iframe of view.document.querySelectorAll("iframe")) {
    iframe.contentWindow?.postMessage({type: PING_MESSAGE}, "*");
  }
}
