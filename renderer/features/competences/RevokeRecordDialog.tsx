import { FormattedMessage, useIntl } from 'react-intl';
import type { CompetenceRecord } from '../../../electron/features/competences/contract';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { useRevokeRecordForm } from './forms';
import { whileBusy } from '../../ui/busy';

/** Revoking a record: the reason is required and stays with the record. */
export function RevokeRecordDialog({
  record,
  onClose,
}: {
  record: CompetenceRecord;
  onClose: (revoked: boolean) => void;
}) {
  const intl = useIntl();
  const { form, onSubmit, saving, formError } = useRevokeRecordForm(record, () => onClose(true));
  return (
    <Dialog
      title={intl.formatMessage(
        { id: 'competences.revoke.title' },
        { code: record.competenceCode, name: record.participantName },
      )}
      describedBy="revoke-record-body"
      onCancel={() => onClose(false)}
      actions={
        <>
          <button type="button" className="button-secondary" onClick={() => onClose(false)}>
            <FormattedMessage id="common.cancel" />
          </button>
          <button type="submit" form="revoke-record-form" className="button" {...whileBusy(saving)}>
            <FormattedMessage id="competences.revoke.confirm" />
          </button>
        </>
      }
    >
      <form id="revoke-record-form" className="dialog-form" noValidate onSubmit={onSubmit}>
        <p id="revoke-record-body">
          <FormattedMessage
            id="competences.revoke.body"
            values={{ title: record.competenceTitle }}
          />
        </p>
        <Field
          id="revoke-record-reason"
          label="competences.revoke.reason"
          required
          error={form.formState.errors.reason?.message}
        >
          {(control) => (
            <textarea
              data-autofocus
              rows={3}
              maxLength={500}
              {...control}
              {...form.register('reason')}
            />
          )}
        </Field>
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}
