import { FormattedMessage } from 'react-intl';
import { LanguageSwitch } from './LanguageSwitch';

/** Browser mode opened without the per-launch secret: say so plainly and make no calls. */
export function MissingSecret() {
  return (
    <main className="standalone" id="main">
      <div className="standalone-card">
        <p className="brand brand-large">
          <FormattedMessage id="app.name" />
        </p>
        <h1>
          <FormattedMessage id="missingSecret.title" />
        </h1>
        <p>
          <FormattedMessage id="missingSecret.body" />
        </p>
        <p>
          <FormattedMessage id="missingSecret.howTo" />
        </p>
        <LanguageSwitch />
      </div>
    </main>
  );
}
