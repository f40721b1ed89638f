import { describe, expect, it } from "vitest";
import {
  BACKGROUND,
  CHART_SERIES,
  HEAT_EMPTY,
  HEAT_SHADES,
  OUTCOME_COLOURS,
  OUTCOME_INK,
} from "../../src/charts/chart-style";

// WCAG 2.2's relative luminance and contrast ratio, computed here rather than taken from the
// palette's documentation, so that a colour changed later is measured again.
const channel = (value: number) => {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = (hex: string) => {
  const full = hex.replace(/^#(.)(.)(.)$/, "#$1$1$2$2$3$3");
  const [r, g, b] = [1, 3, 5].map((i) => channel(Number.parseInt(full.slice(i, i + 2), 16)));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
};
const contrast = (a: string, b: string) => {
  const [dark, light] = [luminance(a), luminance(b)].sort((x, y) => x - y);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
};

describe("chart colours (WCAG 1.4.11, #16.2)", () => {
  it("measures the palette as WCAG does: black on white is 21:1, GOV.UK's light grey 2.1:1", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#b1b4b6", "#fff")).toBeCloseTo(2.08, 2);
  });

  it("R24 finding: 'Att hålla' grey 2.1:1, 'Sent' orange 2.8:1, lightest heat-map shade 2.2:1, 'Behövdes inte' 1.1:1 — every series colour of every chart is 3:1 or more against its background", () => {
    const measured = Object.entries(CHART_SERIES).flatMap(([chart, colours]) =>
      colours.map((colour) => ({ chart, colour, ratio: contrast(colour, BACKGROUND) })),
    );
    expect(measured.length).toBeGreaterThanOrEqual(6 + 7 + 4);
    expect(measured.filter((m) => m.ratio < 3)).toEqual([]);
  });

  it("every outcome's colour is in some chart, and every number written on a colour is 4.5:1 or more (WCAG 1.4.3)", () => {
    const used = new Set(Object.values(CHART_SERIES).flat());
    for (const colour of Object.values(OUTCOME_COLOURS)) expect(used).toContain(colour);
    const written = [
      ...Object.entries(OUTCOME_COLOURS).map(([o, fill]) => ({
        fill,
        ink: OUTCOME_INK[o as keyof typeof OUTCOME_INK],
      })),
      ...HEAT_SHADES,
      HEAT_EMPTY,
    ];
    expect(written.filter(({ fill, ink }) => contrast(fill, ink) < 4.5)).toEqual([]);
  });
});
