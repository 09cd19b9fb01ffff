import { type CSSVariablesResolver, createTheme } from '@mantine/core';

// Text colours are chosen for a contrast of at least 4.5:1 on their backgrounds (WCAG AA): the filled
// primary (white text on indigo 7 / 8), error messages (red 9 on white) and dimmed hints and
// descriptions, which Mantine's defaults draw lighter than that.
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 7, dark: 8 },
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
});

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5f6670',
    '--mantine-color-error': t.colors.red[9] as string,
  },
  dark: {
    '--mantine-color-dimmed': t.colors.dark[1] as string,
    '--mantine-color-error': t.colors.red[5] as string,
  },
});
