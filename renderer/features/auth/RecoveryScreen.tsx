import { useEffect } from 'react';
import { FormattedMessage } from 'react-intl';
import type { SessionUser } from '../../../electron/features/auth/contract';
import { TextField } from '../../ui/TextField';
import { AuthCard, FormError } from './AuthCard';
import { useRecoverForm } from './forms';
import { whileBusy } from '../../ui/busy';

/** Sign-in with the recovery key printed at set-up, setting a new password for an administrator. */
export function RecoveryScreen({
  onSignedIn,
  onBack,
}: {
  onSignedIn: (user: SessionUser) => void;
  onBack: () => void;
}) {
  const { form, onSubmit, saving, formError } = useRecoverForm(onSignedIn);
  const { setFocus } = form;
  useEffect(() => setFocus('recoveryKey'), [setFocus]);

  return (
    <AuthCard title="auth.recover.title">
      <p className="auth-intro">
        <FormattedMessage id="auth.recover.intro" />
      </p>
      <form className="auth-form" noValidate onSubmit={onSubmit} aria-labelledby="page-title">
        <TextField
          form={form}
          name="recoveryKey"
          idPrefix="recover"
          label="auth.field.recoveryKey"
          hint="auth.hint.recoveryKey"
          inputClassName="mono"
          required
        />
        <TextField
          form={form}
          name="username"
          idPrefix="recover"
          label="auth.field.adminUsername"
          autoComplete="username"
          required
        />
        <TextField
          form={form}
          name="newPassword"
          idPrefix="recover"
          label="auth.field.newPassword"
          hint="auth.hint.password"
          type="password"
          autoComplete="new-password"
          required
        />
        <TextField
          form={form}
          name="passwordConfirm"
          idPrefix="recover"
          label="auth.field.passwordConfirm"
          type="password"
          autoComplete="new-password"
          required
        />
        <FormError message={formError} />
        <div className="form-actions">
          <button type="button" className="button-secondary" onClick={onBack}>
            <FormattedMessage id="auth.recover.back" />
          </button>
          <button type="submit" className="button" {...whileBusy(saving)}>
            <FormattedMessage id={saving ? 'auth.login.working' : 'auth.recover.submit'} />
          </button>
        </div>
      </form>
    </AuthCard>
  );
}
