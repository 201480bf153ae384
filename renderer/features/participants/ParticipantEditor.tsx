import { useCallback } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Participant } from '../../../electron/features/participants/contract';
import { useNotify } from '../../app/notice';
import { navigate, paths } from '../../app/router';
import { LoadState } from '../../ui/LoadState';
import { PageHeading } from '../../ui/PageHeading';
import { DuplicateDialog } from './DuplicateDialog';
import { ParticipantFormFields } from './ParticipantForm';
import { useParticipant } from './hooks';
import { useParticipantForm } from './useParticipantForm';
import { whileBusy } from '../../ui/busy';

function Editor({ participant }: { participant?: Participant }) {
  const intl = useIntl();
  const notify = useNotify();
  const onSaved = useCallback(
    (saved: Participant) => {
      notify(participant ? 'participants.notice.updated' : 'participants.notice.created');
      navigate(paths.participant(saved.id));
    },
    [notify, participant],
  );
  const { form, onSubmit, saving, formError, duplicates, confirmDuplicates, cancelDuplicates } =
    useParticipantForm({ participant, onSaved });
  const invalidCount = Object.keys(form.formState.errors).length;
  const cancelHref = participant ? paths.participant(participant.id) : paths.participants();

  return (
    <section className="page">
      {participant ? (
        <PageHeading
          id="participants.form.editTitle"
          values={{ name: `${participant.firstName} ${participant.lastName}` }}
        />
      ) : (
        <PageHeading id="participants.form.createTitle" />
      )}
      <p className="required-note">
        <FormattedMessage id="participants.form.requiredNote" />
      </p>
      <form
        className="participant-form"
        noValidate
        onSubmit={onSubmit}
        aria-labelledby="page-title"
      >
        <ParticipantFormFields form={form} />
        <div className="form-footer">
          <div className="form-status" aria-live="polite">
            {formError ? <p className="form-error">{formError}</p> : null}
            {!formError && invalidCount > 0 ? (
              <p className="form-error">
                {intl.formatMessage(
                  { id: 'participants.form.invalidSummary' },
                  { count: invalidCount },
                )}
              </p>
            ) : null}
          </div>
          <div className="form-actions">
            <a className="button-secondary" href={cancelHref}>
              <FormattedMessage id="common.cancel" />
            </a>
            <button type="submit" className="button" {...whileBusy(saving)}>
              <FormattedMessage
                id={saving ? 'participants.form.saving' : 'participants.form.save'}
              />
            </button>
          </div>
        </div>
      </form>
      {duplicates ? (
        <DuplicateDialog
          matches={duplicates.matches}
          onSaveAnyway={confirmDuplicates}
          onCancel={cancelDuplicates}
        />
      ) : null}
    </section>
  );
}

export function ParticipantNewPage() {
  return <Editor />;
}

export function ParticipantEditPage({ id }: { id: number }) {
  const { participant, error, loading, reload } = useParticipant(id);
  if (!participant) return <LoadState loading={loading} error={error} onRetry={reload} />;
  return <Editor participant={participant} />;
}
