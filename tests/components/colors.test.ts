/**
 * The charts' colours survive colour-vision deficiencies: every pair of stance colours, and the two channel colours,
 * stay apart (CIEDE2000 ΔE) under simulated deuteranopia, protanopia and tritanopia (culori's Brettel/Viénot
 * simulations at full severity), in both themes, and every mark colour stands out from its theme's background.
 */
import {
  converter,
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  wcagContrast,
  type Color
} from "culori";
import {describe, expect, test} from "vitest";
import {THEMES} from "../../docs/components/theme.ts";

const deltaE = differenceCiede2000();
const toOklch = converter("oklch");
const identity = (color: string | Color) => color;
const simulations = {
  "normal vision": identity,
  deuteranopia: filterDeficiencyDeuter(1),
  protanopia: filterDeficiencyProt(1),
  tritanopia: filterDeficiencyTrit(1)
} as const;

/** The least ΔE between any two of the colours as seen with a simulation, and which pair it is. */
function closestPair(colors: readonly string[], simulate: (c: string) => string | Color) {
  let closest = {deltaE: Infinity, pair: ""};
  for (let i = 0; i < colors.length; ++i) {
    for (let j = i + 1; j < colors.length; ++j) {
      const d = deltaE(simulate(colors[i])!, simulate(colors[j])!);
      if (d < closest.deltaE) closest = {deltaE: d, pair: `${colors[i]} / ${colors[j]}`};
    }
  }
  return closest;
}

/** ΔE 2000 of about 10 and more reads as clearly different colours, not shades of one. */
const STANCE_MIN_DELTA_E = 15;
const CHANNEL_MIN_DELTA_E = 20;

describe.each(Object.values(THEMES))("the $name theme", (theme) => {
  test.each(Object.entries(simulations))("keeps the five stance colours apart with %s", (_, simulate) => {
    const {deltaE, pair} = closestPair(theme.stances, simulate as (c: string) => Color);
    expect(deltaE, `closest pair ${pair}`).toBeGreaterThanOrEqual(STANCE_MIN_DELTA_E);
  });

  test.each(Object.entries(simulations))("keeps the public and private colours apart with %s", (_, simulate) => {
    const {deltaE, pair} = closestPair(Object.values(theme.channels), simulate as (c: string) => Color);
    expect(deltaE, `channels ${pair}`).toBeGreaterThanOrEqual(CHANNEL_MIN_DELTA_E);
  });

  test("draws marks that stand out from the background, and text that reads", () => {
    for (const color of [...theme.stances, ...Object.values(theme.channels)]) {
      expect(wcagContrast(color, theme.background), `${color} on ${theme.background}`).toBeGreaterThanOrEqual(2);
    }
    expect(wcagContrast(theme.foreground, theme.background)).toBeGreaterThanOrEqual(7);
    expect(wcagContrast(theme.muted, theme.background)).toBeGreaterThanOrEqual(4.5);
  });

  test("runs from orange (pressure) through grey (neutral) to purple (support)", () => {
    const [m2, m1, zero, p1, p2] = theme.stances.map((c) => toOklch(c)!);
    expect(zero.c).toBeLessThan(0.01);
    for (const orange of [m2, m1]) (expect(orange.h).toBeGreaterThan(40), expect(orange.h).toBeLessThan(80));
    for (const purple of [p1, p2]) (expect(purple.h).toBeGreaterThan(280), expect(purple.h).toBeLessThan(320));
  });
});
