import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { RetentionCandidate } from '../../../electron/features/privacy/contract';
import { paths } from '../../app/router';
import { Dialog } from '../../ui/Dialog';
import { useErrorText } from '../../ui/Field';
import { useFormatDate } from '../../ui/dates';
import { LoadState } from '../../ui/LoadState';
import { BlockerText } from './ErasureDialog';
import { useAnonymiseManyForm } from './forms';
import { useRetentionReview } from './hooks';
import { ConfirmErasureForm } from './ConfirmErasureForm';
import './privacy.css';
import { whileBusy } from '../../ui/busy';

const fullName = (c: RetentionCandidate) => `${c.lastName} ${c.firstName}`;

/**
 * Impostazioni › Conservazione dei dati: the people past their projects' retention
 * period, for review; the administrator ticks who to anonymise and confirms once.
 */
export function RetentionSection() {
  const intl = useIntl();
  const formatDate = useFormatDate();
  const errorText = useErrorText();
  const review = useRetentionReview();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<{ count: number } | null>(null);
  const { form, onSubmit, saving, formError, clearFormError } = useAnonymiseManyForm((result) => {
    setConfirming(false);
    setDone({ count: result.anonymised.length });
    review.reload();
  });
  // After a batch, the people chosen are gone from the list: so is the choice.
  useEffect(() => {
    if (done) form.reset({ participantIds: [] });
  }, [done, form]);
  const selected = form.watch('participantIds') ?? [];
  const people = review.data?.people ?? [];
  const eligible = people.filter((c) => c.blockers.length === 0).map((c) => c.participantId);
  const allChosen = eligible.length > 0 && eligible.every((id) => selected.includes(id));
  const choose = (ids: number[]) => {
    setDone(null);
    form.setValue('participantIds', ids, { shouldValidate: form.formState.isSubmitted });
  };
  const toggle = (id: number, on: boolean) =>
    choose(on ? [...selected, id] : selected.filter((other) => other !== id));
  const chosen = people.filter((c) => selected.includes(c.participantId));
  const selectionError = errorText(form.formState.errors.participantIds?.message);
  const confirmError = errorText(form.formState.errors.confirm?.message);

  const openConfirmation = () => {
    void form.trigger('participantIds').then((valid) => {
      if (!valid) return;
      clearFormError();
      form.resetField('confirm');
      setConfirming(true);
    });
  };

  return (
    <section aria-labelledby="retention-title">
      <div className="section-header">
        <h2 id="retention-title">
          <FormattedMessage id="settings.section.retention" />
        </h2>
      </div>
      <p className="section-intro">
        <FormattedMessage id="privacy.retention.intro" />
      </p>
      <div role="status" className="work-status">
        {done ? (
          <p className="notice">
            <FormattedMessage id="privacy.retention.done" values={{ count: done.count }} />
          </p>
        ) : null}
      </div>
      {!review.data ? (
        <LoadState loading={review.loading} error={review.error} onRetry={review.reload} />
      ) : null}
      {review.data && people.length === 0 ? (
        <p className="empty">
          <FormattedMessage id="privacy.retention.empty" />
        </p>
      ) : null}
      {people.length > 0 ? (
        <>
          <table className="data-table retention-table">
            <caption className="visually-hidden">
              <FormattedMessage id="privacy.retention.caption" />
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <input
                    type="checkbox"
                    aria-label={intl.formatMessage({ id: 'privacy.retention.selectAll' })}
                    checked={allChosen}
                    disabled={eligible.length === 0}
                    onChange={(event) => choose(event.target.checked ? eligible : [])}
                  />
                </th>
                {(['person', 'project', 'projectEnd', 'retention', 'until', 'state'] as const).map(
                  (column) => (
                    <th scope="col" key={column}>
                      <FormattedMessage id={`privacy.retention.col.${column}`} />
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {people.map((c) => {
                const blocked = c.blockers.length > 0;
                return (
                  <tr key={c.participantId}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={intl.formatMessage(
                          { id: 'privacy.retention.select' },
                          { name: fullName(c) },
                        )}
                        checked={selected.includes(c.participantId)}
                        disabled={blocked}
                        onChange={(event) => toggle(c.participantId, event.target.checked)}
                      />
                    </td>
                    <th scope="row">
                      <a href={paths.participant(c.participantId)}>{fullName(c)}</a>
                    </th>
                    <td>
                      <span className="mono">{c.projectCode}</span> {c.projectTitle}
                      {c.projects > 1 ? (
                        <>
                          {' '}
                          <FormattedMessage
                            id="privacy.retention.otherProjects"
                            values={{ count: c.projects - 1 }}
                          />
                        </>
                      ) : null}
                    </td>
                    <td>{formatDate(c.projectEndDate)}</td>
                    <td>
                      <FormattedMessage
                        id="privacy.retention.years"
                        values={{ years: c.retentionYears }}
                      />
                    </td>
                    <td>{formatDate(c.retainUntil)}</td>
                    <td className={blocked ? 'retention-blocked' : undefined}>
                      {blocked ? (
                        c.blockers.map((b) => (
                          <div
                            key={`${b.kind}-${b.kind === 'running_course' ? b.courseId : b.pathwayId}`}
                          >
                            <BlockerText blocker={b} short />
                          </div>
                        ))
                      ) : (
                        <FormattedMessage id="privacy.retention.ready" />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div className="retention-bulk">
            <button
              type="button"
              className="button privacy-danger"
              aria-describedby={selectionError ? 'retention-selection-error' : undefined}
              onClick={openConfirmation}
            >
              <FormattedMessage id="privacy.retention.bulk" values={{ count: selected.length }} />
            </button>
            {selectionError ? (
              <p className="field-error" id="retention-selection-error">
                {selectionError}
              </p>
            ) : null}
          </div>
        </>
      ) : null}
      {confirming ? (
        <Dialog
          title={intl.formatMessage(
            { id: 'privacy.retention.dialog.title' },
            { count: chosen.length },
          )}
          describedBy="retention-dialog-intro"
          onCancel={() => setConfirming(false)}
          actions={
            <>
              <button
                type="button"
                className="button-secondary"
                data-autofocus
                onClick={() => setConfirming(false)}
              >
                <FormattedMessage id="common.cancel" />
              </button>
              <button
                type="submit"
                form="retention-form"
                className="button privacy-danger"
                {...whileBusy(saving)}
              >
                <FormattedMessage
                  id={saving ? 'privacy.dialog.working' : 'privacy.dialog.submit'}
                />
              </button>
            </>
          }
        >
          <p id="retention-dialog-intro">
            <FormattedMessage id="privacy.retention.dialog.intro" />
          </p>
          <h3 className="erasure-heading" id="retention-chosen">
            <FormattedMessage id="privacy.retention.dialog.people" />
          </h3>
          <ul className="erasure-list" aria-labelledby="retention-chosen">
            {chosen.map((c) => (
              <li key={c.participantId}>{fullName(c)}</li>
            ))}
          </ul>
          <p className="field-hint">
            <FormattedMessage id="privacy.dialog.backups" />
          </p>
          <ConfirmErasureForm
            id="retention"
            confirm={form.register('confirm')}
            confirmError={confirmError}
            formError={formError}
            onSubmit={onSubmit}
          />
        </Dialog>
      ) : null}
    </section>
  );
}
