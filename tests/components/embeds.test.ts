/**
 * The embed layer without a browser: the charts as embeds draw (docs/components/embedCharts.ts), the responsive
 * element (embed.ts), the iframe height messages (embedHost.ts), the static SVG composition (staticSvg.ts) and the
 * snippets (embedSnippets.ts). The real browser, host page and built files are tested in tests/browser/embeds.test.ts.
 */
import {describe, expect, test, vi} from "vitest";
import {chartText} from "../../docs/components/chartFrame.ts";
import {createEmbed} from "../../docs/components/embed.ts";
import {
  EMBED_CHART_NAMES,
  embedOptionsFromParams,
  normalizeEmbedOptions,
  renderEmbedChart
} from "../../docs/components/embedCharts.ts";
import {
  HEIGHT_MESSAGE,
  installIframeResizer,
  PING_MESSAGE,
  reportFrameHeight
} from "../../docs/components/embedHost.ts";
import {escapeHtml, iframeSnippet, moduleSnippet, staticSnippet} from "../../docs/components/embedSnippets.ts";
import {escapeXml, figureToSvg, wrapText} from "../../docs/components/staticSvg.ts";
import {THEMES} from "../../docs/components/theme.ts";
import {fixtureEmbedData, newDocument} from "./fixtures.ts";

const SITE = "https://news.example/backchannel/";
const data = fixtureEmbedData();
const draw = (name: string, options = {}, context: Partial<Parameters<typeof renderEmbedChart>[3]> = {}) =>
  renderEmbedChart(name, data, options, {
    width: 640,
    theme: THEMES.light,
    document: newDocument(),
    siteUrl: SITE,
    ...context
  });

describe("renderEmbedChart", () => {
  test.each(EMBED_CHART_NAMES)("draws %s with marks linking to the site in a new tab", (name) => {
    const figure = draw(name);
    expect(figure.getAttribute("data-chart")).toBe(name);
    expect(figure.querySelectorAll("svg .bc-marks > *").length).toBeGreaterThan(0);
    const links = [...figure.querySelectorAll("svg .bc-marks > a")];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.getAttribute("href")).toMatch(/^https:\/\/news\.example\/backchannel\/(sources#|statements\?)/);
      expect(a.getAttribute("target")).toBe("_blank");
    }
  });

  test.each(EMBED_CHART_NAMES)("draws %s without links for the static files", (name) => {
    expect(draw(name, {}, {siteUrl: null}).querySelector("svg a")).toBeNull();
  });

  test("limits the timeline to an actor and a date range", () => {
    const all = chartText(draw("stance-timeline"));
    const recent = chartText(draw("stance-timeline", {actor: "CN", from: "2016", to: "2017-12"}));
    expect(all.title).toBe("China’s public and private stances toward Pakistan, 2012–2017");
    expect(recent.title).toBe("China’s public and private stances toward Pakistan, 2016–2017");
    expect(recent.alt).toMatch(/^Of 5 Chinese statements about Pakistan from 2016 to 2017/);
    expect(recent.source).not.toContain("Example Review");
  });

  test("limits the gap chart and the events chart to the years asked for", () => {
    expect(chartText(draw("gap-chart", {to: "2016"})).alt).toMatch(/^In 2 of the 2 years/);
    expect(chartText(draw("events-chart", {from: "2017-01-01"})).alt).toMatch(/^2 events in 2017/);
  });

  test.each([
    [{actor: "XX"}, "invalid actor: XX"],
    [{actor: "cn"}, "invalid actor: cn"],
    [{theme: "sepia"}, "invalid theme: sepia"],
    [{from: "2017-13"}, "invalid from: 2017-13"],
    [{from: "2017-02-30"}, "invalid from: 2017-02-30"],
    [{from: "2018", to: "2017"}, "invalid to: 2017"],
    [{colour: "red"}, "invalid option: colour"]
  ])("rejects bad options: %o", (options, message) => {
    expect(() => draw("stance-timeline", options)).toThrow(message);
  });

  test("rejects an unknown chart", () => {
    expect(() => draw("pie-chart")).toThrow("invalid chart: pie-chart");
  });

  test("reads options from an iframe page's query string, ignoring empty and unknown parameters", () => {
    expect(embedOptionsFromParams(new URLSearchParams("theme=dark&actor=CN&from=2011&to=&utm_source=x"))).toEqual({
      theme: "dark",
      actor: "CN",
      from: "2011"
    });
    expect(normalizeEmbedOptions()).toEqual({theme: "auto"});
  });
});

describe("createEmbed", () => {
  /** A jsdom window whose system colour scheme a test can set, and print events. */
  function windowPreferring(scheme: "light" | "dark") {
    const document = newDocument();
    const view = document.defaultView!;
    const listeners: (() => void)[] = [];
    const query = {
      get matches() {
        return scheme === "dark";
      },
      addEventListener: (_: string, listener: () => void) => listeners.push(listener)
    };
    Object.assign(view, {matchMedia: () => query});
    return {
      document,
      view,
      setScheme(next: "light" | "dark") {
        scheme = next;
        for (const listener of listeners) listener();
      }
    };
  }

  test("draws the chart once its data loads, in a shadow root, with the same texts as the chart itself", async () => {
    const {document} = windowPreferring("light");
    const element = createEmbed("gap-chart", Promise.resolve(data), {}, {document, siteUrl: SITE});
    expect(element.shadowRoot?.textContent).toContain("Loading chart");
    await element.ready;
    const figure = element.shadowRoot!.querySelector("figure")!;
    expect(figure.getAttribute("data-chart")).toBe("gap-chart");
    expect(element.chartText).toEqual(chartText(draw("gap-chart", {}, {width: 640})));
    expect(element.dataset.theme).toBe("light");
  });

  test("follows the system colour scheme with theme auto, and prints in light colours", async () => {
    const {document, view, setScheme} = windowPreferring("dark");
    const element = createEmbed("stance-timeline", data, {theme: "auto"}, {document, siteUrl: SITE});
    await element.ready;
    expect(element.dataset.theme).toBe("dark");
    expect(element.style.background).toBe("rgb(22, 23, 25)");
    setScheme("light");
    expect(element.dataset.theme).toBe("light");
    setScheme("dark");
    view.dispatchEvent(new view.Event("beforeprint"));
    expect(element.dataset.theme).toBe("light");
    view.dispatchEvent(new view.Event("afterprint"));
    expect(element.dataset.theme).toBe("dark");
  });

  test("keeps a forced theme whatever the system prefers", async () => {
    const {document, setScheme} = windowPreferring("dark");
    const element = createEmbed("events-chart", data, {theme: "light"}, {document, siteUrl: null});
    await element.ready;
    setScheme("light");
    setScheme("dark");
    expect(element.dataset.theme).toBe("light");
  });

  test("throws at once on bad options, and says so in place of a chart whose data fails", async () => {
    const {document} = windowPreferring("light");
    expect(() => createEmbed("stance-timeline", data, {theme: "blue" as "dark"}, {document})).toThrow(
      "invalid theme: blue"
    );
    expect(() => createEmbed("map", data, {}, {document})).toThrow("invalid chart: map");
    expect(() => createEmbed("gap-chart", data, {}, {document, siteUrl: "ftp://x/"})).toThrow("invalid siteUrl");
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const element = createEmbed("gap-chart", Promise.reject(new Error("offline")), {}, {document, siteUrl: null});
    await expect(element.ready).rejects.toThrow("offline");
    expect(element.shadowRoot?.textContent).toContain("could not be loaded");
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});

describe("iframe heights", () => {
  test("the host script sets the height of the iframe that reports it, and of no other", () => {
    const document = newDocument();
    const view = document.defaultView!;
    const [a, b] = ["a", "b"].map((name) => {
      const iframe = document.createElement("iframe");
      iframe.name = name;
      document.body.append(iframe);
      return iframe;
    });
    installIframeResizer(view);
    installIframeResizer(view); // a second copy of the script does nothing more
    const send = (data: unknown, source: Window | null) =>
      view.dispatchEvent(new view.MessageEvent("message", {data, source}));
    send({type: HEIGHT_MESSAGE, height: 432.2}, a.contentWindow);
    expect(a.style.height).toBe("433px");
    expect(b.style.height).toBe("");
    send({type: HEIGHT_MESSAGE, height: 99_999}, b.contentWindow);
    send({type: "other", height: 300}, b.contentWindow);
    send({type: HEIGHT_MESSAGE, height: "tall"}, b.contentWindow);
    expect(b.style.height).toBe("");
  });

  test("the frame reports its content's height to its parent, again when the host asks, and not outside a frame", () => {
    const posted: unknown[] = [];
    const listeners: ((event: MessageEvent) => void)[] = [];
    const parent = {postMessage: (message: unknown) => posted.push(message)};
    const frame = {
      parent,
      scrollY: 10,
      addEventListener: (_: string, listener: (event: MessageEvent) => void) => listeners.push(listener),
      removeEventListener: () => {}
    } as unknown as Window;
    const element = {getBoundingClientRect: () => ({bottom: 500.4})} as Element;
    reportFrameHeight(element, {window: frame});
    expect(posted).toEqual([{type: HEIGHT_MESSAGE, height: 511}]);
    listeners[0]({source: parent, data: {type: PING_MESSAGE}} as unknown as MessageEvent);
    expect(posted).toHaveLength(2);
    const top = {} as Window;
    Object.assign(top, {parent: top});
    expect(() => reportFrameHeight(element, {window: top})()).not.toThrow();
  });
});

describe("figureToSvg", () => {
  const measureText = (text: string, {fontSize}: {fontSize: number}) => text.length * fontSize * 0.5;

  test.each(EMBED_CHART_NAMES)("composes %s as one SVG file with its texts in <title> and <desc>", (name) => {
    const figure = draw(name, {}, {width: 608, siteUrl: null, theme: THEMES.dark});
    const {svg, width, height, text} = figureToSvg(figure, {theme: THEMES.dark, measureText});
    expect(width).toBe(640);
    const parsed = new (newDocument().defaultView!.DOMParser)().parseFromString(svg, "image/svg+xml");
    expect(parsed.querySelector("parsererror")).toBeNull();
    const root = parsed.documentElement;
    expect(root.getAttribute("height")).toBe(String(height));
    expect(root.querySelector("title")?.textContent).toBe(text.title);
    expect(root.querySelector("desc")?.textContent).toBe(`${text.alt} ${text.source} ${text.credit}`);
    expect(root.querySelector("rect")?.getAttribute("fill")).toBe(THEMES.dark.background);
    const words = [...root.querySelectorAll("text")].map((t) => t.textContent).join(" ");
    for (const line of [text.title, text.source, text.credit]) {
      for (const word of line.split(" ")) expect(words).toContain(word);
    }
    expect(svg).not.toMatch(/<style|aria-label="tip"|href=/);
  });

  test("wraps text at spaces to the width, keeping long words whole", () => {
    expect(wrapText("a long caption line", 40, (t) => t.length * 6)).toEqual(["a long", "caption", "line"]);
    expect(wrapText("unbreakable", 10, (t) => t.length * 6)).toEqual(["unbreakable"]);
    expect(escapeXml(`<a & "b">`)).toBe("&lt;a &amp; &quot;b&quot;&gt;");
  });
});

describe("snippets", () => {
  const chart = {
    name: "gap-chart",
    exportName: "GapChart",
    title: "China: what was said",
    altText: 'Gap "chart" <alt>',
    files: {
      light: {png: "gap-chart-light.png", width: 640, height: 518},
      dark: {png: "gap-chart-dark.png", width: 640, height: 518}
    }
  };

  test("names the site's files and the theme in each form", () => {
    expect(moduleSnippet(chart, {site: SITE})).toBe(`<div id="backchannel-gap-chart"></div>
<script type="module">
  import {GapChart} from "https://news.example/backchannel/embed/gap-chart.js";
  document.getElementById("backchannel-gap-chart").append(GapChart({theme: "auto"}));
</script>`);
    expect(iframeSnippet(chart, {site: SITE, theme: "dark"})).toContain(
      `<iframe src="${SITE}embed/gap-chart?theme=dark" title="China: what was said" style="width:100%;height:542px;border:0"`
    );
    expect(iframeSnippet(chart, {site: SITE})).toContain(`<script src="${SITE}embed/resize.js" async></script>`);
    expect(staticSnippet(chart, {site: SITE})).toContain(
      `<source srcset="${SITE}embed/gap-chart-dark.png" media="(prefers-color-scheme: dark)">`
    );
    expect(staticSnippet(chart, {site: SITE, theme: "light"})).toBe(
      `<img src="${SITE}embed/gap-chart-light.png" width="640" height="518" style="max-width:100%;height:auto" alt="Gap &quot;chart&quot; &lt;alt&gt;">`
    );
    expect(escapeHtml("a&b")).toBe("a&amp;b");
  });

  test("rejects a site address that is not a folder URL, and unknown themes", () => {
    expect(() => moduleSnippet(chart, {site: "news.example"})).toThrow("invalid site: news.example");
    expect(() => staticSnippet(chart, {site: SITE, theme: "sepia" as "dark"})).toThrow("invalid theme: sepia");
  });
});
