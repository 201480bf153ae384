import { useEffect, useRef } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { SessionUser } from '../../../electron/features/auth/contract';
import { TextField } from '../../ui/TextField';
import { FormError } from './AuthCard';
import { useUnlockForm } from './forms';
import { whileBusy } from '../../ui/busy';

/**
 * The lock screen: a modal over the app (which stays mounted, with whatever
 * was typed), opaque so no personal data shows. It cannot be dismissed; only
 * the password, or signing out, ends it.
 */
export function LockScreen({
  user,
  onUnlocked,
  onLogout,
}: {
  user: SessionUser;
  onUnlocked: (user: SessionUser) => void;
  onLogout: () => void;
}) {
  const intl = useIntl();
  const ref = useRef<HTMLDialogElement>(null);
  const { form, onSubmit, saving, formError } = useUnlockForm(onUnlocked);
  const { setFocus, resetField } = form;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    setFocus('password');
    const refuse = (event: Event) => event.preventDefault();
    // Browsers may close a modal on a repeated Escape even when cancel is refused: reopen it.
    const reopen = () => {
      if (!dialog.open) dialog.showModal();
    };
    dialog.addEventListener('cancel', refuse);
    dialog.addEventListener('close', reopen);
    return () => {
      dialog.removeEventListener('cancel', refuse);
      dialog.removeEventListener('close', reopen);
      dialog.close();
      previous?.focus();
    };
  }, [setFocus]);

  useEffect(() => {
    if (formError) {
      resetField('password');
      setFocus('password');
    }
  }, [formError, resetField, setFocus]);

  return (
    <dialog
      ref={ref}
      className="lock-screen"
      aria-labelledby="lock-title"
      aria-describedby="lock-body"
    >
      <div className="lock-card">
        <p className="brand brand-large">
          <FormattedMessage id="app.name" />
        </p>
        <h2 id="lock-title">
          <FormattedMessage id="auth.lock.title" />
        </h2>
        <p id="lock-body">
          <FormattedMessage
            id="auth.lock.body"
            values={{
              name: user.displayName,
              role: intl.formatMessage({ id: `role.${user.role}` }),
            }}
          />
        </p>
        <form className="auth-form" noValidate onSubmit={onSubmit}>
          <TextField
            form={form}
            name="password"
            idPrefix="unlock"
            label="auth.field.password"
            type="password"
            autoComplete="current-password"
          />
          <FormError message={formError} />
          <div className="form-actions">
            <button type="button" className="button-secondary" onClick={onLogout}>
              <FormattedMessage id="auth.lock.logout" />
            </button>
            <button type="submit" className="button" {...whileBusy(saving)}>
              <FormattedMessage id={saving ? 'auth.login.working' : 'auth.lock.submit'} />
            </button>
          </div>
        </form>
      </div>
    </dialog>
  );
}
