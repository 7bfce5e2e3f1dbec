/**
 * Shared vocabulary of the charts and pages: the stance scale and its colours, the channels, and how dates and
 * stances are written. Plain functions with no DOM, so that loaders, pages and tests can all use them.
 */

/** The coded stance values, from strong pressure to strong support. */
export const STANCES = [-2, -1, 0, 1, 2] as const;

/**
 * Stance colours on a light background: ColorBrewer PuOr reversed, so that pressure is orange and support purple, two
 * hues that stay apart for the common colour-vision deficiencies. PuOr's near-white middle would vanish on the page,
 * so the neutral value is a mid grey, and +1 is a more saturated purple than PuOr's lavender, which a tritan eye could
 * not tell from that grey. tests/components/colors.test.ts checks every pair under simulated deuteranopia, protanopia
 * and tritanopia (CIEDE2000).
 */
export const STANCE_COLORS = ["#b35806", "#f1a340", "#999999", "#9565b6", "#542788"] as const;

/**
 * Stance colours on a dark background: the same hues, with the strong values saturated and the weak ones pale, every
 * colour at least 3.5:1 against the dark background (PuOr's dark purple would vanish there).
 */
export const STANCE_COLORS_DARK = ["#d0570f", "#fdb863", "#7a7a7a", "#b2abd2", "#9a4fd0"] as const;

/** What each stance value means, from the coding guide. */
export const STANCE_LABELS: Record<number, string> = {
  [-2]: "accuses or presses strongly",
  [-1]: "presses or criticises",
  0: "neutral",
  1: "supports or defends",
  2: "shields or praises strongly"
};

/** Short legend labels for the stance scale. */
export const STANCE_LEGEND: Record<number, string> = {
  [-2]: "−2 strong pressure",
  [-1]: "−1 pressure",
  0: "0 neutral",
  1: "+1 support",
  2: "+2 strong support"
};

/** Event kinds in the order the chart draws their lanes, with the names readers see. */
export const EVENT_KINDS: Record<string, string> = {
  attack: "Attacks",
  un_action: "UN actions",
  summit: "Summits",
  declaration: "Declarations",
  meeting: "Meetings",
  military_operation: "Military operations",
  policy: "Policies",
  other: "Other"
};

/** Event kinds as nouns in running text, singular and plural: "1 UN action", "6 attacks". */
export const EVENT_KIND_NOUNS: Record<string, [string, string]> = {
  attack: ["attack", "attacks"],
  un_action: ["UN action", "UN actions"],
  summit: ["summit", "summits"],
  declaration: ["declaration", "declarations"],
  meeting: ["meeting", "meetings"],
  military_operation: ["military operation", "military operations"],
  policy: ["policy", "policies"],
  other: ["other event", "other events"]
};

export const CHANNELS = ["public", "private"] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * Channel colours on a light background: a dark slate for what was said for the record, a mid teal for what was meant
 * for the counterpart only; they differ in lightness as well as hue, so that they stay apart without colour vision.
 */
export const CHANNEL_COLORS: Record<Channel, string> = {public: "#1f3b57", private: "#2a9d8f"};

/** Channel colours on a dark background: a pale slate and a deep teal. */
export const CHANNEL_COLORS_DARK: Record<Channel, string> = {public: "#a9c1dc", private: "#1f8a7a"};

/** The colour of a stance value (rounded and clamped to −2..+2). */
export function stanceColor(stance: number): string {
  return STANCE_COLORS[Math.max(0, Math.min(4, Math.round(stance) + 2))];
}

/**
 * A stance written with its sign and a true minus: +1.4, −1.2, 0.0. `digits` (default 1) decimals.
 *
 * @example
 * formatStance(-1.25); // "−1.3"
 */
export function formatStance(stance: number, {digits = 1}: {digits?: number} = {}): string {
  if (!Number.isFinite(stance)) return "–";
  const rounded = Number(stance.toFixed(digits));
  const text = Math.abs(rounded).toFixed(digits);
  return rounded > 0 ? `+${text}` : rounded < 0 ? `−${text}` : text;
}

/**
 * A word for a mean stance: "supportive" above +0.25, "critical" below −0.25, else "neutral".
 *
 * @example
 * stanceWord(1.4); // "supportive"
 */
export function stanceWord(mean: number): string {
  return mean > 0.25 ? "supportive" : mean < -0.25 ? "critical" : "neutral";
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const FULL_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];

/**
 * A table date (YYYY, YYYY-MM or YYYY-MM-DD) written for readers at its own precision: "4 Sep 2017", "Sep 2017",
 * "2017"; "undated" when empty. `long` spells out the month.
 *
 * @example
 * formatDate("2017-09"); // "Sep 2017"
 */
export function formatDate(date: string, {long = false}: {long?: boolean} = {}): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date ?? "");
  if (!match) return "undated";
  const [, year, month, day] = match;
  if (!month) return year;
  const name = (long ? FULL_MONTHS : MONTHS)[Number(month) - 1];
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** The precision of a date written out for a tip: "day", "month only", "year only". */
export function precisionNote(precision: string): string {
  return precision === "day"
    ? "exact day"
    : precision === "month"
      ? "month only"
      : precision === "year"
        ? "year only"
        : "";
}

/** Parses YYYY-MM-DD as midnight UTC; null for anything else. */
export function parseDay(day: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day ?? "")) return null;
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The day after YYYY-MM-DD, as a UTC date: the exclusive end of an inclusive date range. */
export function dayAfter(day: string): Date | null {
  const date = parseDay(day);
  return date && new Date(date.getTime() + 86_400_000);
}

/** Mean of numbers, or NaN for none. */
export function mean(values: number[]): number {
  return values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : NaN;
}

/** The link to a statement's or event's sentence on the Sources page, relative to a page at the site's root. */
export function sourceHref(id: string, {base = "./sources"}: {base?: string} = {}): string {
  return `${base}#${encodeURIComponent(id)}`;
}
