import { useIntl } from 'react-intl';
import type { Locale } from '../../electron/api/locale';
import { useLocale } from '../i18n/LocaleProvider';

const OPTIONS: { locale: Locale; label: 'shell.languageIt' | 'shell.languageEn' }[] = [
  { locale: 'it', label: 'shell.languageIt' },
  { locale: 'en', label: 'shell.languageEn' },
];

export function LanguageSwitch() {
  const intl = useIntl();
  const { locale, setLocale } = useLocale();
  return (
    <div
      className="language-switch"
      role="group"
      aria-label={intl.formatMessage({ id: 'shell.language' })}
    >
      {OPTIONS.map((option) => (
        <button
          key={option.locale}
          type="button"
          lang={option.locale}
          aria-pressed={locale === option.locale}
          onClick={() => setLocale(option.locale)}
        >
          {intl.formatMessage({ id: option.label })}
        </button>
      ))}
    </div>
  );
}
