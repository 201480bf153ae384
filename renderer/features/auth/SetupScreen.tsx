import { useEffect } from 'react';
import { FormattedMessage } from 'react-intl';
import type { SessionUser } from '../../../electron/features/auth/contract';
import { TextField } from '../../ui/TextField';
import { OrganisationFields } from '../settings/OrganisationFields';
import { AuthCard, FormError } from './AuthCard';
import { useSetupForm } from './forms';
import { whileBusy } from '../../ui/busy';

/** First launch: the organisation's profile and the first administrator. */
export function SetupScreen({
  hasUnencryptedData,
  onDone,
}: {
  hasUnencryptedData: boolean;
  onDone: (result: { recoveryKey: string; user: SessionUser }, organisationName: string) => void;
}) {
  const { form, onSubmit, saving, formError } = useSetupForm(onDone);
  const { setFocus } = form;
  useEffect(() => setFocus('organisation.name'), [setFocus]);
  const field = { form, idPrefix: 'setup' } as const;

  return (
    <AuthCard title="auth.setup.title" wide>
      <p className="auth-intro">
        <FormattedMessage id="auth.setup.intro" />
      </p>
      {hasUnencryptedData ? (
        <p className="banner" role="note">
          <FormattedMessage id="auth.setup.unencrypted" />
        </p>
      ) : null}
      <p className="required-note">
        <FormattedMessage id="participants.form.requiredNote" />
      </p>
      <form className="auth-form" noValidate onSubmit={onSubmit} aria-labelledby="page-title">
        <fieldset className="auth-section">
          <legend>
            <FormattedMessage id="auth.setup.organisation" />
          </legend>
          <OrganisationFields form={form} idPrefix="setup" />
        </fieldset>
        <fieldset className="auth-section">
          <legend>
            <FormattedMessage id="auth.setup.admin" />
          </legend>
          <div className="form-grid">
            <TextField
              {...field}
              name="admin.username"
              label="auth.field.username"
              hint="auth.hint.username"
              autoComplete="username"
              required
            />
            <TextField
              {...field}
              name="admin.displayName"
              label="auth.field.displayName"
              hint="auth.hint.displayName"
              required
            />
            <TextField
              {...field}
              name="admin.password"
              label="auth.field.password"
              hint="auth.hint.password"
              type="password"
              autoComplete="new-password"
              required
            />
            <TextField
              {...field}
              name="admin.passwordConfirm"
              label="auth.field.passwordConfirm"
              type="password"
              autoComplete="new-password"
              required
            />
          </div>
        </fieldset>
        <FormError message={formError} />
        <div className="form-actions">
          <button type="submit" className="button" {...whileBusy(saving)}>
            <FormattedMessage id={saving ? 'auth.setup.working' : 'auth.setup.submit'} />
          </button>
        </div>
      </form>
    </AuthCard>
  );
}
