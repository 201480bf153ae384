import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CompetenceRecord } from '../../../electron/features/competences/contract';
import { Dialog } from '../../ui/Dialog';
import { useCan } from '../auth/session';
import { useCompetencesApi } from './hooks';
import { RecordsTable } from './RecordsTable';
import { RevokeRecordDialog } from './RevokeRecordDialog';
import { whileBusy } from '../../ui/busy';

type Notice = { id: string; values: Record<string, string | number> };

/**
 * Records with what a coordinator does to them: validate one, validate every
 * draft at once (after a confirmation), revoke with a reason.
 */
export function RecordsPanel({
  records,
  by,
  caption,
  onChanged,
}: {
  records: CompetenceRecord[];
  by: 'person' | 'course';
  caption: string;
  onChanged: () => void;
}) {
  const intl = useIntl();
  const can = useCan();
  const { validateRecords } = useCompetencesApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [revoking, setRevoking] = useState<CompetenceRecord | null>(null);
  const [confirmingAll, setConfirmingAll] = useState(false);
  const drafts = records.filter((r) => r.status === 'draft');

  const validate = (ids: number[]) => {
    setBusy(true);
    setConfirmingAll(false);
    void validateRecords({ ids }).then((result) => {
      setBusy(false);
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      setError(null);
      setNotice({ id: 'competences.validated', values: { count: result.data.validated } });
      onChanged();
    });
  };

  return (
    <>
      {can('competenceRecords.validate') && drafts.length > 1 ? (
        <div className="records-actions">
          <button
            type="button"
            className="button"
            {...whileBusy(busy)}
            onClick={() => setConfirmingAll(true)}
          >
            <FormattedMessage id="competences.validateAll" values={{ count: drafts.length }} />
          </button>
        </div>
      ) : null}
      <div role="status">
        {notice ? (
          <p className="notice">
            <FormattedMessage id={notice.id} values={notice.values} />
          </p>
        ) : null}
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <RecordsTable
        records={records}
        by={by}
        caption={caption}
        busy={busy}
        onValidate={(record) => validate([record.id])}
        onRevoke={(record) => {
          setNotice(null);
          setRevoking(record);
        }}
      />
      {revoking ? (
        <RevokeRecordDialog
          record={revoking}
          onClose={(revoked) => {
            setRevoking(null);
            if (!revoked) return;
            setError(null);
            setNotice({
              id: 'competences.revoked',
              values: { code: revoking.competenceCode, name: revoking.participantName },
            });
            onChanged();
          }}
        />
      ) : null}
      {confirmingAll ? (
        <Dialog
          title={intl.formatMessage(
            { id: 'competences.validateAll.title' },
            { count: drafts.length },
          )}
          describedBy="validate-all-body"
          onCancel={() => setConfirmingAll(false)}
          actions={
            <>
              <button
                type="button"
                className="button-secondary"
                data-autofocus
                onClick={() => setConfirmingAll(false)}
              >
                <FormattedMessage id="common.cancel" />
              </button>
              <button
                type="button"
                className="button"
                {...whileBusy(busy)}
                onClick={() => validate(drafts.map((r) => r.id))}
              >
                <FormattedMessage id="competences.validateAll.confirm" />
              </button>
            </>
          }
        >
          <p id="validate-all-body">
            <FormattedMessage id="competences.validateAll.body" values={{ count: drafts.length }} />
          </p>
        </Dialog>
      ) : null}
    </>
  );
}
