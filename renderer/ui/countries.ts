import { useMemo } from 'react';
import {
  countryName,
  countryOptions,
  STATELESS,
  type CountryOption,
} from '../../electron/features/reference/countries';
import { useLocale } from '../i18n/LocaleProvider';

export { STATELESS };

/** ISO 3166 countries, named and sorted in the interface language. */
export function useCountryOptions(): CountryOption[] {
  const { locale } = useLocale();
  return useMemo(() => countryOptions(locale), [locale]);
}

export function useCountryName(): (code: string) => string {
  const { locale } = useLocale();
  return useMemo(() => (code: string) => countryName(code, locale), [locale]);
}
