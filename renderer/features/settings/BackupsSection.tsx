import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { BackupSummary } from '../../../electron/features/backups/contract';
import { useNotify } from '../../app/notice';
import { Dialog } from '../../ui/Dialog';
import { LoadState } from '../../ui/LoadState';
import { useSession } from '../auth/session';
import { useBackups, useSettingsApi } from './hooks';

type Work = { kind: 'backup' } | { kind: 'restore'; name: string } | null;

function useBackupLabels() {
  const intl = useIntl();
  return {
    reason(reason: string): string {
      const migration = /^before-v(\d+)$/.exec(reason);
      if (migration) {
        return intl.formatMessage({ id: 'backups.reason.migration' }, { version: migration[1] });
      }
      const id = `backups.reason.${reason}`;
      return Object.prototype.hasOwnProperty.call(intl.messages, id)
        ? intl.formatMessage({ id })
        : reason;
    },
    size(bytes: number): string {
      const mb = bytes >= 1024 * 1024;
      return intl.formatNumber(mb ? bytes / (1024 * 1024) : bytes / 1024, {
        style: 'unit',
        unit: mb ? 'megabyte' : 'kilobyte',
        maximumFractionDigits: 1,
      });
    },
    date: (at: string) => intl.formatDate(at, { dateStyle: 'long', timeStyle: 'short' }),
  };
}

/** Backups of the (encrypted) archive: the list, one now, and restoring one after a confirmation. */
export function BackupsSection() {
  const intl = useIntl();
  const notify = useNotify();
  const { refresh } = useSession();
  const labels = useBackupLabels();
  const { data: backups, error, loading, reload } = useBackups();
  const { createBackup, restoreBackup } = useSettingsApi();
  const [work, setWork] = useState<Work>(null);
  const [confirming, setConfirming] = useState<BackupSummary | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  const finish = (
    result: { ok: boolean; error?: { message: string } },
    message: 'backups.created' | 'backups.restored',
  ) => {
    setWork(null);
    if (result.ok) {
      setActionError(null);
      notify(message);
      reload();
    } else {
      setActionError(result.error?.message ?? null);
    }
  };

  const backupNow = () => {
    setWork({ kind: 'backup' });
    void createBackup().then((result) => finish(result, 'backups.created'));
  };

  const restore = (backup: BackupSummary) => {
    setConfirming(null);
    setWork({ kind: 'restore', name: backup.name });
    void restoreBackup(backup.name).then((result) => {
      finish(result, 'backups.restored');
      if (result.ok) refresh();
    });
  };

  return (
    <section aria-labelledby="backups-title" aria-busy={work !== null}>
      <div className="section-header">
        <h2 id="backups-title">
          <FormattedMessage id="settings.section.backups" />
        </h2>
        <button type="button" className="button" disabled={work !== null} onClick={backupNow}>
          <FormattedMessage id={work?.kind === 'backup' ? 'backups.working' : 'backups.now'} />
        </button>
      </div>
      <p className="section-intro">
        <FormattedMessage id="backups.intro" />
      </p>
      <div role="status" className="work-status">
        {work?.kind === 'restore' ? (
          <p className="progress">
            <span className="spinner" aria-hidden="true" />
            <FormattedMessage id="backups.restoring" />
          </p>
        ) : null}
      </div>
      {actionError ? (
        <p className="load-error" role="alert">
          {actionError}
        </p>
      ) : null}
      {!backups ? <LoadState loading={loading} error={error} onRetry={reload} /> : null}
      {backups?.length === 0 ? (
        <p className="empty">
          <FormattedMessage id="backups.empty" />
        </p>
      ) : null}
      {backups && backups.length > 0 ? (
        <table className="data-table">
          <caption className="visually-hidden">
            <FormattedMessage id="settings.section.backups" />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="backups.col.date" />
              </th>
              <th scope="col">
                <FormattedMessage id="backups.col.reason" />
              </th>
              <th scope="col" className="numeric">
                <FormattedMessage id="backups.col.size" />
              </th>
              <th scope="col">
                <FormattedMessage id="settings.users.actions" />
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.name}>
                <th scope="row">{labels.date(b.takenAt)}</th>
                <td>{labels.reason(b.reason)}</td>
                <td className="numeric">{labels.size(b.bytes)}</td>
                <td>
                  <button
                    type="button"
                    className="button-quiet"
                    disabled={work !== null}
                    aria-label={intl.formatMessage(
                      { id: 'backups.restoreLabel' },
                      { date: labels.date(b.takenAt) },
                    )}
                    onClick={() => setConfirming(b)}
                  >
                    <FormattedMessage id="backups.restore" />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {confirming ? (
        <Dialog
          title={intl.formatMessage(
            { id: 'backups.confirmTitle' },
            { date: labels.date(confirming.takenAt) },
          )}
          describedBy="restore-body"
          onCancel={() => setConfirming(null)}
          actions={
            <>
              <button
                type="button"
                className="button-secondary"
                data-autofocus
                onClick={() => setConfirming(null)}
              >
                <FormattedMessage id="common.cancel" />
              </button>
              <button type="button" className="button" onClick={() => restore(confirming)}>
                <FormattedMessage id="backups.restore" />
              </button>
            </>
          }
        >
          <div id="restore-body">
            <p>
              <FormattedMessage id="backups.confirmBody" />
            </p>
            <p>
              <FormattedMessage id="backups.confirmCopy" />
            </p>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}
