import { FormattedMessage, useIntl } from 'react-intl';
import { useNotify } from '../../app/notice';
import { TextField } from '../../ui/TextField';
import { FormError } from '../auth/AuthCard';
import { useChangePasswordForm } from '../auth/forms';
import { useSession } from '../auth/session';
import { whileBusy } from '../../ui/busy';

/** The signed-in person's own account: who they are, and changing their password. */
export function ProfileSection() {
  const intl = useIntl();
  const notify = useNotify();
  const { user } = useSession();
  const { form, onSubmit, saving, formError } = useChangePasswordForm(() =>
    notify('settings.profile.changed'),
  );
  const field = { form, idPrefix: 'profile', type: 'password' } as const;
  return (
    <>
      <section className="form-section" aria-labelledby="profile-account">
        <h2 id="profile-account">
          <FormattedMessage id="settings.profile.account" />
        </h2>
        <dl className="detail-grid">
          <div className="detail-item">
            <dt>
              <FormattedMessage id="auth.field.displayName" />
            </dt>
            <dd>{user.displayName}</dd>
          </div>
          <div className="detail-item">
            <dt>
              <FormattedMessage id="auth.field.username" />
            </dt>
            <dd className="mono">{user.username}</dd>
          </div>
          <div className="detail-item">
            <dt>
              <FormattedMessage id="settings.users.role" />
            </dt>
            <dd>{intl.formatMessage({ id: `role.${user.role}` })}</dd>
          </div>
        </dl>
      </section>
      <form
        className="form-section"
        noValidate
        onSubmit={onSubmit}
        aria-labelledby="profile-password"
      >
        <h2 id="profile-password">
          <FormattedMessage id="settings.profile.changePassword" />
        </h2>
        <div className="form-grid">
          <TextField
            {...field}
            name="currentPassword"
            label="settings.profile.currentPassword"
            autoComplete="current-password"
            required
            className="span-2 half"
          />
          <TextField
            {...field}
            name="newPassword"
            label="auth.field.newPassword"
            hint="auth.hint.password"
            autoComplete="new-password"
            required
          />
          <TextField
            {...field}
            name="passwordConfirm"
            label="auth.field.passwordConfirm"
            autoComplete="new-password"
            required
          />
        </div>
        <FormError message={formError} />
        <div className="form-actions">
          <button type="submit" className="button" {...whileBusy(saving)}>
            <FormattedMessage id={saving ? 'common.saving' : 'settings.profile.submit'} />
          </button>
        </div>
      </form>
    </>
  );
}
