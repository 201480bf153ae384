import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { UserSummary } from '../../../electron/features/users/contract';
import { useNotify } from '../../app/notice';
import type { AppMessageId } from '../../i18n/it';
import { Dialog } from '../../ui/Dialog';
import { LoadState } from '../../ui/LoadState';
import { useSession } from '../auth/session';
import { useSettingsApi, useUsers } from './hooks';
import { EditUserDialog, NewUserDialog, UserPasswordDialog } from './UserDialogs';
import { whileBusy } from '../../ui/busy';

type Editing =
  | { kind: 'new' }
  | { kind: 'edit'; user: UserSummary }
  | { kind: 'reset'; user: UserSummary }
  | { kind: 'reactivate'; user: UserSummary }
  | { kind: 'deactivate'; user: UserSummary };

/** Accounts: who can sign in, with which role; add, change, deactivate, reactivate, reset. */
export function UsersSection() {
  const intl = useIntl();
  const notify = useNotify();
  const { user: me } = useSession();
  const { data: users, error, loading, reload } = useUsers();
  const { setUserActive } = useSettingsApi();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  const done = (message: AppMessageId) => () => {
    setEditing(null);
    setActionError(null);
    notify(message);
    reload();
  };

  const deactivate = (user: UserSummary) => {
    setEditing(null);
    setWorking(true);
    void setUserActive({ id: user.id, active: false }).then((result) => {
      setWorking(false);
      if (result.ok) done('settings.users.deactivated')();
      else setActionError(result.error.message);
    });
  };

  return (
    <section aria-labelledby="users-title">
      <div className="section-header">
        <h2 id="users-title">
          <FormattedMessage id="settings.section.users" />
        </h2>
        <button type="button" className="button" onClick={() => setEditing({ kind: 'new' })}>
          <FormattedMessage id="settings.users.new" />
        </button>
      </div>
      {actionError ? (
        <p className="load-error" role="alert">
          {actionError}
        </p>
      ) : null}
      {!users ? <LoadState loading={loading} error={error} onRetry={reload} /> : null}
      {users ? (
        <table className="data-table">
          <caption className="visually-hidden">
            <FormattedMessage id="settings.users.caption" />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="auth.field.displayName" />
              </th>
              <th scope="col">
                <FormattedMessage id="auth.field.username" />
              </th>
              <th scope="col">
                <FormattedMessage id="settings.users.role" />
              </th>
              <th scope="col">
                <FormattedMessage id="settings.users.state" />
              </th>
              <th scope="col">
                <FormattedMessage id="settings.users.actions" />
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className={u.active ? undefined : 'row-archived'}>
                <th scope="row">
                  {u.displayName}
                  {u.id === me.id ? (
                    <span className="you">
                      {' '}
                      <FormattedMessage id="settings.users.you" />
                    </span>
                  ) : null}
                </th>
                <td className="mono">{u.username}</td>
                <td>{intl.formatMessage({ id: `role.${u.role}` })}</td>
                <td>
                  <span className={u.active ? 'badge' : 'badge badge-muted'}>
                    <FormattedMessage
                      id={u.active ? 'settings.users.active' : 'settings.users.inactive'}
                    />
                  </span>
                </td>
                <td>
                  <div className="row-actions">
                    <button
                      type="button"
                      className="button-quiet"
                      aria-label={intl.formatMessage(
                        { id: 'settings.users.editLabel' },
                        { name: u.displayName },
                      )}
                      onClick={() => setEditing({ kind: 'edit', user: u })}
                    >
                      <FormattedMessage id="settings.users.edit" />
                    </button>
                    {u.active ? (
                      <button
                        type="button"
                        className="button-quiet"
                        aria-label={intl.formatMessage(
                          { id: 'settings.users.resetLabel' },
                          { name: u.displayName },
                        )}
                        onClick={() => setEditing({ kind: 'reset', user: u })}
                      >
                        <FormattedMessage id="settings.users.resetPassword" />
                      </button>
                    ) : null}
                    {u.id === me.id ? null : (
                      <button
                        type="button"
                        className="button-quiet"
                        {...whileBusy(working)}
                        aria-label={intl.formatMessage(
                          {
                            id: u.active
                              ? 'settings.users.deactivateLabel'
                              : 'settings.users.reactivateLabel',
                          },
                          { name: u.displayName },
                        )}
                        onClick={() =>
                          setEditing({ kind: u.active ? 'deactivate' : 'reactivate', user: u })
                        }
                      >
                        <FormattedMessage
                          id={u.active ? 'settings.users.deactivate' : 'settings.users.reactivate'}
                        />
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {editing?.kind === 'new' ? (
        <NewUserDialog onSaved={done('settings.users.created')} onCancel={() => setEditing(null)} />
      ) : null}
      {editing?.kind === 'edit' ? (
        <EditUserDialog
          user={editing.user}
          onSaved={done('settings.users.updated')}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      {editing?.kind === 'reset' || editing?.kind === 'reactivate' ? (
        <UserPasswordDialog
          user={editing.user}
          mode={editing.kind}
          onSaved={done(
            editing.kind === 'reset'
              ? 'settings.users.passwordReset'
              : 'settings.users.reactivated',
          )}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      {editing?.kind === 'deactivate' ? (
        <Dialog
          title={intl.formatMessage(
            { id: 'settings.users.deactivateTitle' },
            { name: editing.user.displayName },
          )}
          describedBy="deactivate-body"
          onCancel={() => setEditing(null)}
          actions={
            <>
              <button
                type="button"
                className="button-secondary"
                data-autofocus
                onClick={() => setEditing(null)}
              >
                <FormattedMessage id="common.cancel" />
              </button>
              <button type="button" className="button" onClick={() => deactivate(editing.user)}>
                <FormattedMessage id="settings.users.deactivate" />
              </button>
            </>
          }
        >
          <p id="deactivate-body">
            <FormattedMessage id="settings.users.deactivateBody" />
          </p>
        </Dialog>
      ) : null}
    </section>
  );
}
