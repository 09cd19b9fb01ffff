// The currencies a person can choose (office settings, an import's file currency): those most offices
// meet first, then every other ISO code the platform knows, each with its name in the user's language.

const COMMON = ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP', 'TWD', 'SGD', 'KRW', 'AUD', 'CAD'];

export function currencyOptions(locale: string) {
  const names = new Intl.DisplayNames([locale], { type: 'currency' });
  const all = [...new Set([...COMMON, ...Intl.supportedValuesOf('currency')])];
  return all.map((code) => ({ value: code, label: `${code} · ${names.of(code) ?? code}` }));
}
