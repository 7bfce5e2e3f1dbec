/**
 * The charts' two themes, light and dark: background, text and mark colours. A chart is drawn with the colours of one
 * theme; "auto" picks the one the reader's system prefers (`prefers-color-scheme`) when the chart is drawn, and an
 * embed draws it again when that preference changes.
 */
import {CHANNEL_COLORS, CHANNEL_COLORS_DARK, STANCE_COLORS, STANCE_COLORS_DARK, type Channel} from "./stance.js";

export type ThemeName = "light" | "dark";
/** What a reader or a host page can ask for: a theme, or "auto" to follow the system's colour scheme. */
export type ThemeOption = ThemeName | "auto";
export const THEME_OPTIONS = ["light", "dark", "auto"] as const;

/** The colours a chart is drawn with. */
export interface ChartTheme {
  name: ThemeName;
  /** Behind the chart; also the ring around dots, so that touching dots stay apart. */
  background: string;
  /** Text, axes, outlines of reviewed marks. */
  foreground: string;
  /** Secondary text: subtitles, captions, lane labels. */
  muted: string;
  /** The five stance colours, −2 … +2. */
  stances: readonly string[];
  channels: Record<Channel, string>;
}

export const THEMES: Record<ThemeName, ChartTheme> = {
  light: {
    name: "light",
    background: "#ffffff",
    foreground: "#1b1e23",
    muted: "#5c6370",
    stances: STANCE_COLORS,
    channels: CHANNEL_COLORS
  },
  dark: {
    name: "dark",
    background: "#161719",
    foreground: "#e6e6e6",
    muted: "#a3a9b3",
    stances: STANCE_COLORS_DARK,
    channels: CHANNEL_COLORS_DARK
  }
};

/** The media query a dark system colour scheme matches. */
export const DARK_SCHEME_QUERY = "(prefers-color-scheme: dark)";

/**
 * The colours of a theme option: "light", "dark", or "auto" (dark when `matchMedia` says the system prefers a dark
 * colour scheme, light otherwise, and light where there is no `matchMedia`, e.g. on a server).
 *
 * @example
 * resolveTheme("auto").background; // "#161719" on a system set to dark
 */
export function resolveTheme(
  theme: ThemeOption | ChartTheme = "light",
  {matchMedia = globalThis.matchMedia}: {matchMedia?: (query: string) => {matches: boolean}} = {}
): ChartTheme {
  if (typeof theme === "object" && theme !== null && (theme.name === "light" || theme.name === "dark")) return theme;
  if (theme === "auto") return THEMES[matchMedia?.(DARK_SCHEME_QUERY).matches ? "dark" : "light"];
  if (theme === "light" || theme === "dark") return THEMES[theme];
  throw new Error(`invalid theme: ${theme}`);
}

/** The colour of a stance value (rounded and clamped to −2..+2) in a theme. */
export function themeStanceColor(theme: ChartTheme, stance: number): string {
  return theme.stances[Math.max(0, Math.min(4, Math.round(stance) + 2))];
}
