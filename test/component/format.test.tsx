import { afterEach, describe, expect, it } from 'vitest';
import { currencySymbol } from '../../renderer/app/use-office-currency';
import { i18next } from '../../renderer/i18n';
import {
  formatAmountShort,
  formatDateTime,
  formatDay,
  formatList,
  formatNumber,
} from '../../renderer/i18n/format';

// The formatters are built once per language and reused: a change of language must still change them.

afterEach(async () => {
  await i18next.changeLanguage('en');
});

describe('formatting in the chosen language', () => {
  it('follows a change of language both ways, with the formatters reused', async () => {
    await i18next.changeLanguage('en');
    expect(formatDay('2026-12-04')).toBe('Dec 4, 2026');
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatList(['a', 'b', 'c'])).toBe('a, b, c');
    await i18next.changeLanguage('zh-CN');
    expect(formatDay('2026-12-04')).toBe('2026年12月4日');
    expect(formatList(['甲', '乙', '丙'])).toBe('甲、乙、丙');
    await i18next.changeLanguage('en');
    expect(formatDay('2026-12-04', 'short')).toBe('12/4/26');
    expect(formatDay('2026-12-04')).toBe('Dec 4, 2026');
    expect(formatDateTime('2026-12-04T06:30:00Z')).toMatch(/^Dec 4, 2026/);
  });

  it('a chart’s short amounts keep each currency and language apart; a symbol is the currency’s', async () => {
    await i18next.changeLanguage('en');
    expect(formatAmountShort(12_345_678, 'CNY')).toBe('CN¥12.3M');
    expect(formatAmountShort(12_345_678, 'USD')).toBe('$12.3M');
    await i18next.changeLanguage('zh-CN');
    expect(formatAmountShort(12_345_678, 'CNY')).toBe('¥1234.6万');
    expect([
      currencySymbol('CNY'),
      currencySymbol('USD'),
      currencySymbol('EUR'),
      currencySymbol('CNY'),
    ]).toEqual(['¥', '$', '€', '¥']);
  });
});
