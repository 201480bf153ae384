import { FormattedMessage, useIntl } from 'react-intl';
import { useSession } from '../features/auth/session';

/** Who is signed in, with their role, and the buttons to lock the session or sign out. */
export function UserMenu() {
  const intl = useIntl();
  const { user, lock, logout } = useSession();
  return (
    <div className="user-menu">
      <span className="user-name">
        <span className="visually-hidden">
          <FormattedMessage id="shell.signedInAs" />{' '}
        </span>
        {user.displayName}
        <span className="user-role">{intl.formatMessage({ id: `role.${user.role}` })}</span>
      </span>
      <button type="button" className="header-button" onClick={lock}>
        <FormattedMessage id="shell.lock" />
      </button>
      <button type="button" className="header-button" onClick={logout}>
        <FormattedMessage id="shell.logout" />
      </button>
    </div>
  );
}
