import { useEffect } from 'react';
import { FormattedMessage } from 'react-intl';
import type { SessionUser } from '../../../electron/features/auth/contract';
import { TextField } from '../../ui/TextField';
import { AuthCard, FormError } from './AuthCard';
import { useLoginForm } from './forms';
import { whileBusy } from '../../ui/busy';

export function LoginScreen({
  onSignedIn,
  onForgot,
}: {
  onSignedIn: (user: SessionUser) => void;
  onForgot: () => void;
}) {
  const { form, onSubmit, saving, formError } = useLoginForm(onSignedIn);
  const { setFocus, resetField } = form;
  useEffect(() => setFocus('username'), [setFocus]);
  useEffect(() => {
    // After a refusal the password is typed again; the username stays.
    if (formError) {
      resetField('password');
      setFocus('password');
    }
  }, [formError, resetField, setFocus]);

  return (
    <AuthCard title="auth.login.title">
      <p className="auth-intro">
        <FormattedMessage id="auth.login.intro" />
      </p>
      <form className="auth-form" noValidate onSubmit={onSubmit} aria-labelledby="page-title">
        <TextField
          form={form}
          name="username"
          idPrefix="login"
          label="auth.field.username"
          autoComplete="username"
        />
        <TextField
          form={form}
          name="password"
          idPrefix="login"
          label="auth.field.password"
          type="password"
          autoComplete="current-password"
        />
        <FormError message={formError} />
        <button type="submit" className="button" {...whileBusy(saving)}>
          <FormattedMessage id={saving ? 'auth.login.working' : 'auth.login.submit'} />
        </button>
      </form>
      <p className="auth-aside">
        <button type="button" className="button-quiet" onClick={onForgot}>
          <FormattedMessage id="auth.login.forgot" />
        </button>
      </p>
    </AuthCard>
  );
}
