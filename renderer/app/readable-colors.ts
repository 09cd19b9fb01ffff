// WCAG contrast for the theme's colours. Mantine's light scheme draws badge and nav-link text (shade 9 on
// shade 1 or 2) and filled buttons (white on shade 6 or 7) below 4.5:1 for several colours — green,
// orange, red, teal, even indigo when hovered — so the theme picks, per colour, the first shade (or a
// darker mix of the last) that reads at 4.5:1 on the background it is drawn on.

const AA = 4.5;

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `hex` mixed toward black by `amount` (0 to 1). */
function darker(hex: string, amount: number): string {
  const mixed = channels(hex).map((c) => Math.round(c * (1 - amount)));
  return `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The first of `shades` from index `from` on that has 4.5:1 against every colour in `against`; when
 * none does, the last shade darkened step by step until it does.
 */
export function readableShade(shades: readonly string[], from: number, against: readonly string[]): string {
  const reads = (color: string) => against.every((bg) => contrastRatio(color, bg) >= AA);
  const found = shades.slice(from).find(reads);
  if (found) return found;
  const last = shades.at(-1) ?? '#000000';
  for (let amount = 0.05; amount < 1; amount += 0.05) {
    const color = darker(last, amount);
    if (reads(color)) return color;
  }
  return '#000000';
}
