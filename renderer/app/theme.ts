import {
  Alert,
  type CSSVariablesResolver,
  createTheme,
  Drawer,
  Modal,
  mergeThemeOverrides,
  Notification,
} from '@mantine/core';
import { readableShade } from './readable-colors';

// Text colours are chosen for a contrast of at least 4.5:1 on their backgrounds (WCAG AA): the filled
// colours (white text), the light variants (badges, the active nav link: text on shade 1, or 2 when
// hovered), error messages (red 9 on white) and dimmed hints and descriptions, which Mantine's defaults
// draw lighter than that.
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 7, dark: 8 },
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
});

/**
 * The theme with every close button — of dialogs, drawers, notifications and alerts — named in the UI
 * language: the button shows only an ×, which a screen reader cannot read.
 */
export function themeWithCloseLabel(closeLabel: string) {
  const closeButtonProps = { 'aria-label': closeLabel };
  return mergeThemeOverrides(
    theme,
    createTheme({
      components: {
        Modal: Modal.extend({ defaultProps: { closeButtonProps } }),
        Drawer: Drawer.extend({ defaultProps: { closeButtonProps } }),
        Notification: Notification.extend({ defaultProps: { closeButtonProps } }),
        Alert: Alert.extend({ defaultProps: { closeButtonLabel: closeLabel } }),
      },
    }),
  );
}

const WHITE = '#ffffff';

/** Per theme colour, the light scheme's filled, text and light-variant colours that read at 4.5:1. */
function readableLightColors(colors: Record<string, readonly string[]>): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const [name, shades] of Object.entries(colors)) {
    if (name === 'dark') continue;
    // Filled is white text's background, and also text itself (c="red") on white, striped and hovered rows.
    const filled = readableShade(shades, 7, [WHITE, colors.gray?.[0] ?? WHITE, colors.gray?.[1] ?? WHITE]);
    const filledIndex = shades.indexOf(filled);
    variables[`--mantine-color-${name}-filled`] = filled;
    variables[`--mantine-color-${name}-filled-hover`] =
      filledIndex >= 0 && filledIndex < 9 ? (shades[filledIndex + 1] as string) : filled;
    variables[`--mantine-color-${name}-outline`] = filled;
    variables[`--mantine-color-${name}-light-color`] = readableShade(shades, 9, [
      shades[1] as string,
      shades[2] as string,
    ]);
  }
  return variables;
}

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    ...readableLightColors(t.colors),
    '--mantine-color-dimmed': '#5f6670',
    '--mantine-color-error': t.colors.red[9] as string,
  },
  dark: {
    '--mantine-color-dimmed': t.colors.dark[1] as string,
    '--mantine-color-error': t.colors.red[5] as string,
  },
});
