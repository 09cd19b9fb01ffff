import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrastRatio, readableShade } from '../../../renderer/app/readable-colors';
import { cssVariablesResolver, theme } from '../../../renderer/app/theme';

describe('theme colours read at 4.5:1 in the light scheme', () => {
  const merged = { ...DEFAULT_THEME, ...theme, colors: { ...DEFAULT_THEME.colors, ...theme.colors } };
  const light = cssVariablesResolver(merged as never).light;
  const colorNames = Object.keys(merged.colors).filter((name) => name !== 'dark');

  it("Mantine's own light variant does not (green text on its hover background)", () => {
    const green = DEFAULT_THEME.colors.green;
    expect(contrastRatio(green[9], green[2])).toBeLessThan(4.5);
  });

  it.each(colorNames)('%s: white on filled, light-variant text on its backgrounds', (name) => {
    const shades = merged.colors[name] as readonly string[];
    const filled = light[`--mantine-color-${name}-filled`] as string;
    const lightColor = light[`--mantine-color-${name}-light-color`] as string;
    expect(contrastRatio('#ffffff', filled)).toBeGreaterThanOrEqual(4.5);
    // Filled is also text (c="red") on striped and hovered table rows.
    expect(contrastRatio(filled, merged.colors.gray[1] as string)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(lightColor, shades[1] as string)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(lightColor, shades[2] as string)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps a shade of the colour when one reads, and darkens the last one only when none does', () => {
    const gray = DEFAULT_THEME.colors.gray;
    expect(readableShade(gray, 7, ['#ffffff'])).toBe(gray[7]);
    const yellow = DEFAULT_THEME.colors.yellow;
    const darkened = readableShade(yellow, 7, ['#ffffff']);
    expect(yellow).not.toContain(darkened);
    expect(contrastRatio(darkened, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});
