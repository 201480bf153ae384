import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { LanguageSwitch } from '../../app/LanguageSwitch';

/** The frame of the screens before sign-in: the name, a title, the content, the language. */
export function AuthCard({
  title,
  wide,
  children,
}: {
  title: string;
  wide?: boolean;
  children: ReactNode;
}) {
  const intl = useIntl();
  const text = intl.formatMessage({ id: title });
  useEffect(() => {
    document.title = `${text} – Percorsi`;
  }, [text]);
  return (
    <main className="standalone" id="main">
      <div className={`standalone-card auth-card${wide ? ' auth-card-wide' : ''}`}>
        <div className="auth-card-top">
          <p className="brand brand-large">
            <FormattedMessage id="app.name" />
          </p>
          <LanguageSwitch />
        </div>
        <h1 id="page-title" tabIndex={-1}>
          {text}
        </h1>
        {children}
      </div>
    </main>
  );
}

/** The message of a failed call that is not about one field, announced at once. */
export function FormError({ message }: { message: string | null }) {
  return (
    <div className="form-status" aria-live="assertive">
      {message ? (
        <p className="form-error" role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
}
