import { useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { BatchCandidate, BatchStatus } from '../../../electron/features/certificates/contract';
import type { Course } from '../../../electron/features/courses/contract';
import { useLocale } from '../../i18n/LocaleProvider';
import { FieldGroup, useErrorText } from '../../ui/Field';
import { LoadState } from '../../ui/LoadState';
import { useCan } from '../auth/session';
import { useBatchForm } from './forms';
import { useBatchPreview, useBatchRun, type BatchRun } from './hooks';
import { competencePaths } from '../competences/routes';
import { focusSoon } from './focus';
import './certificates.css';
import { whileBusy } from '../../ui/busy';

function BatchForm({
  course,
  candidates,
  onStarted,
}: {
  course: Course;
  candidates: BatchCandidate[];
  onStarted: (status: BatchStatus) => void;
}) {
  const intl = useIntl();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const eligible = candidates.filter((c) => c.blocker === null);
  const blocked = candidates.filter((c) => c.blocker !== null);
  const { form, onSubmit, saving, formError } = useBatchForm(
    course.id,
    eligible.map((c) => c.participantId),
    locale,
    onStarted,
  );
  const chosen = form.watch('participantIds') ?? [];
  const fileNames = form.watch('fileNames');
  const toggle = (id: number, on: boolean) =>
    form.setValue('participantIds', on ? [...chosen, id] : chosen.filter((other) => other !== id), {
      shouldDirty: true,
      shouldValidate: form.formState.isSubmitted,
    });
  const errors = form.formState.errors;
  return (
    <form className="batch-form" noValidate onSubmit={onSubmit}>
      {eligible.length === 0 ? (
        <p className="empty">
          <FormattedMessage id="certificates.batch.noneEligible" />
        </p>
      ) : (
        <FieldGroup
          id="batch-participantIds"
          label="certificates.batch.eligible"
          required
          error={errors.participantIds?.message}
        >
          {() => (
            <>
              <div className="batch-select-all">
                <button
                  type="button"
                  className="button-quiet"
                  onClick={() =>
                    form.setValue(
                      'participantIds',
                      eligible.map((c) => c.participantId),
                      { shouldDirty: true },
                    )
                  }
                >
                  <FormattedMessage id="certificates.batch.selectAll" />
                </button>
                <button
                  type="button"
                  className="button-quiet"
                  onClick={() => form.setValue('participantIds', [], { shouldDirty: true })}
                >
                  <FormattedMessage id="certificates.batch.selectNone" />
                </button>
              </div>
              <ul className="batch-people">
                {eligible.map((c) => (
                  <li key={c.participantId}>
                    <label className="choice">
                      <input
                        type="checkbox"
                        checked={chosen.includes(c.participantId)}
                        onChange={(event) => toggle(c.participantId, event.target.checked)}
                      />
                      <span>
                        {c.participantName}
                        <span className="certificate-detail">
                          {intl.formatMessage(
                            { id: 'certificates.batch.records' },
                            { count: c.recordIds.length },
                          )}
                        </span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </>
          )}
        </FieldGroup>
      )}
      {blocked.length > 0 ? (
        <div className="batch-blocked">
          <h4 id="batch-blocked-title">
            <FormattedMessage id="certificates.batch.blocked" values={{ count: blocked.length }} />
          </h4>
          <ul aria-labelledby="batch-blocked-title">
            {blocked.map((c) => (
              <li key={c.participantId}>
                {c.participantName}
                {': '}
                <span className="muted">{errorText(c.blocker ?? undefined)}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {eligible.length > 0 ? (
        <>
          <div className="form-grid">
            <FieldGroup id="batch-locale" label="certificates.field.language" required>
              {() => (
                <div className="choice-row">
                  {(['it', 'en'] as const).map((value) => (
                    <label key={value} className="choice">
                      <input type="radio" value={value} {...form.register('locale')} />
                      <FormattedMessage id={`certificates.language.${value}`} />
                    </label>
                  ))}
                </div>
              )}
            </FieldGroup>
            <FieldGroup id="batch-fileNames" label="certificates.batch.fileNames" required>
              {() => (
                <div className="choice-column">
                  {(['number', 'number_name'] as const).map((value) => (
                    <label key={value} className="choice">
                      <input type="radio" value={value} {...form.register('fileNames')} />
                      <FormattedMessage id={`certificates.batch.fileNames.${value}`} />
                    </label>
                  ))}
                </div>
              )}
            </FieldGroup>
          </div>
          {fileNames === 'number_name' ? (
            <p className="banner batch-names-note" role="note">
              <FormattedMessage id="certificates.batch.namesNote" />
            </p>
          ) : null}
          {formError ? (
            <p className="form-error" role="alert">
              {formError}
            </p>
          ) : null}
          <div className="form-actions">
            <button type="submit" className="button" disabled={saving || chosen.length === 0}>
              <FormattedMessage id="certificates.batch.start" values={{ count: chosen.length }} />
            </button>
          </div>
        </>
      ) : null}
    </form>
  );
}

/** The bar stays, full or where it stopped, once the batch has ended; Cancel only while it runs. */
function Progress({ run }: { run: BatchRun }) {
  const intl = useIntl();
  const status = run.status;
  if (!status) return null;
  const values = { done: status.done, total: status.total };
  return (
    <div className="batch-progress">
      <label htmlFor="batch-progress-bar" className="batch-progress-label">
        <FormattedMessage id="certificates.batch.progressLabel" />
      </label>
      <progress
        id="batch-progress-bar"
        max={Math.max(status.total, 1)}
        value={status.done}
        aria-valuetext={intl.formatMessage({ id: 'certificates.batch.progress' }, values)}
      />
      <p className="batch-progress-text" aria-hidden="true">
        <FormattedMessage id="certificates.batch.progress" values={values} />
      </p>
      {status.state === 'running' && run.error ? (
        <p className="form-error">{run.error.message}</p>
      ) : null}
      {status.state === 'running' ? (
        <button
          type="button"
          className="button-secondary"
          id="batch-cancel"
          disabled={run.cancelling}
          onClick={run.cancel}
        >
          <FormattedMessage
            id={run.cancelling ? 'certificates.batch.cancelling' : 'certificates.batch.cancel'}
          />
        </button>
      ) : null}
    </div>
  );
}

function Finished({ run, onAgain }: { run: BatchRun; onAgain: () => void }) {
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const status = run.status;
  if (!status) return null;
  const values = { done: status.done, total: status.total };
  const download = () => {
    setBusy(true);
    setProblem(null);
    void run.download().then((error) => {
      setBusy(false);
      setProblem(error);
    });
  };
  const message =
    status.state === 'done'
      ? 'certificates.batch.done'
      : status.state === 'cancelled'
        ? 'certificates.batch.cancelled'
        : 'certificates.batch.failed';
  return (
    <div className="batch-finished">
      <p
        id="batch-outcome"
        tabIndex={-1}
        className={status.state === 'failed' ? 'form-error' : 'notice'}
      >
        <FormattedMessage id={message} values={values} />
        {status.state === 'failed' && (status.error || run.error) ? (
          <> {errorText(status.error ?? run.error?.message)}</>
        ) : null}
      </p>
      {status.issued.length > 0 ? (
        <p className="batch-numbers">
          <FormattedMessage
            id="certificates.batch.numbers"
            values={{
              first: status.issued[0]?.number ?? '',
              last: status.issued[status.issued.length - 1]?.number ?? '',
              count: status.issued.length,
            }}
          />
        </p>
      ) : null}
      <div className="form-actions">
        {status.done > 0 && status.state !== 'failed' ? (
          <button
            type="button"
            className="button"
            id="batch-download"
            {...whileBusy(busy)}
            onClick={download}
          >
            <FormattedMessage
              id={busy ? 'certificates.action.preparing' : 'certificates.batch.download'}
            />
          </button>
        ) : null}
        <button type="button" className="button-secondary" onClick={onAgain}>
          <FormattedMessage id="certificates.batch.again" />
        </button>
        <a className="button-quiet" href={competencePaths.certificates()}>
          <FormattedMessage id="certificates.registry.open" />
        </a>
      </div>
      <div role="status">{problem ? <p className="form-error">{problem}</p> : null}</div>
    </div>
  );
}

/** "Attestati del corso" on the course page: a certificate for everyone who has earned one, in one go. */
export function BatchIssueSection({ course }: { course: Course }) {
  const can = useCan();
  if (!can('certificates.batchPreview') || !can('certificates.batchStart')) return null;
  return <BatchIssue course={course} />;
}

function BatchIssue({ course }: { course: Course }) {
  const preview = useBatchPreview(course.id);
  const run = useBatchRun(course.id);
  const state = run.status?.state ?? null;
  const previous = useRef(state);
  useEffect(() => {
    // Announce the end by moving focus to it: the bar and its Cancel button are gone.
    if (previous.current === 'running' && state !== 'running' && state !== null) {
      focusSoon('batch-outcome');
    }
    if (previous.current !== 'running' && state === 'running') focusSoon('batch-cancel');
    previous.current = state;
  }, [state]);
  const again = () => {
    run.reset();
    preview.reload();
    focusSoon('course-certificates-title');
  };
  return (
    <section
      className="detail-section course-certificates"
      aria-labelledby="course-certificates-title"
    >
      <h2 id="course-certificates-title" tabIndex={-1}>
        <FormattedMessage id="certificates.batch.title" />
      </h2>
      <p className="section-intro">
        <FormattedMessage id="certificates.batch.intro" />
      </p>
      <div role="status" className="work-status">
        {state === 'running' ? (
          <p className="visually-hidden">
            <FormattedMessage id="certificates.batch.running" />
          </p>
        ) : null}
      </div>
      {state !== null ? <Progress run={run} /> : null}
      {state === 'running' ? null : state !== null ? (
        <Finished run={run} onAgain={again} />
      ) : !preview.data ? (
        <LoadState loading={preview.loading} error={preview.error} onRetry={preview.reload} />
      ) : (
        <BatchForm
          key={preview.data.map((c) => `${c.participantId}:${c.blocker ?? ''}`).join(',')}
          course={course}
          candidates={preview.data}
          onStarted={run.follow}
        />
      )}
    </section>
  );
}
