import countries from 'i18n-iso-countries';
import itNames from 'i18n-iso-countries/langs/it.json';
import enNames from 'i18n-iso-countries/langs/en.json';
import type { Locale } from '../../api/locale';

/** Pseudo-code for people without a citizenship (stateless); not an ISO 3166 code. */
export const STATELESS = 'XX';

let registered = false;
function ensureLocales(): void {
  if (registered) return;
  countries.registerLocale(itNames);
  countries.registerLocale(enNames);
  registered = true;
}

const alpha2 = new Set(Object.keys(countries.getAlpha2Codes()));

export function isCountryCode(code: string): boolean {
  return alpha2.has(code);
}

export function countryName(code: string, locale: Locale): string {
  ensureLocales();
  if (code === STATELESS) return locale === 'it' ? 'Apolide' : 'Stateless';
  return countries.getName(code, locale, { select: 'official' }) ?? code;
}

export interface CountryOption {
  code: string;
  name: string;
}

/** ISO 3166 countries sorted by their name in the given locale (Italy first for Italian users). */
export function countryOptions(locale: Locale): CountryOption[] {
  ensureLocales();
  const names = countries.getNames(locale, { select: 'official' });
  const collator = new Intl.Collator(locale);
  return Object.entries(names)
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
