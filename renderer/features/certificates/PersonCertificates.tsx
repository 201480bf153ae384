import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CertificateEntry } from '../../../electron/features/certificates/contract';
import type { CompetenceRecord } from '../../../electron/features/competences/contract';
import { paths } from '../../app/router';
import { useLocale } from '../../i18n/LocaleProvider';
import { Field, FieldGroup } from '../../ui/Field';
import { useFormatDate } from '../../ui/dates';
import { LoadState } from '../../ui/LoadState';
import { useCan } from '../auth/session';
import { CertificatesTable, OutcomeText, type TableOutcome } from './CertificatesTable';
import { useIssueForm } from './forms';
import {
  useDownloadCertificate,
  usePersonCertificates,
  useRegistryProjects,
  useValidatedRecords,
} from './hooks';
import { focusSoon } from './focus';
import './certificates.css';
import { whileBusy } from '../../ui/busy';

function RecordLabel({ record }: { record: CompetenceRecord }) {
  const intl = useIntl();
  const formatDate = useFormatDate();
  return (
    <span>
      <span className="mono">{record.competenceCode}</span> – {record.competenceTitle}
      <span className="certificate-detail">
        {intl.formatMessage(
          { id: 'certificates.issue.recordFacts' },
          {
            eqf: record.eqfLevel,
            source: record.sourceTitle,
            date: formatDate(record.assessedOn),
          },
        )}
      </span>
    </span>
  );
}

/** Errors the server gives when issuing; a missing signatory points to the organisation profile. */
function IssueError({ message }: { message: string }) {
  const intl = useIntl();
  const can = useCan();
  const signatory = message === intl.formatMessage({ id: 'errors.signatoryMissing' });
  return (
    <div className="form-error" role="alert">
      <p>{message}</p>
      {signatory ? (
        can('settings.update') ? (
          <a href={paths.settings('organisation')}>
            <FormattedMessage id="certificates.issue.openSettings" />
          </a>
        ) : (
          <p>
            <FormattedMessage id="certificates.issue.askAdmin" />
          </p>
        )
      ) : null}
    </div>
  );
}

function IssueForm({
  participantId,
  records,
  onIssued,
}: {
  participantId: number;
  records: CompetenceRecord[];
  onIssued: (issued: CertificateEntry, downloadProblem: string | null) => void;
}) {
  const intl = useIntl();
  const { locale } = useLocale();
  const download = useDownloadCertificate();
  const projects = useRegistryProjects();
  const { form, onSubmit, saving, formError } = useIssueForm(
    participantId,
    records.map((r) => r.id),
    locale,
    (issued) => {
      void download(issued.id).then((problem) => onIssued(issued, problem));
    },
  );
  const chosen = form.watch('recordIds') ?? [];
  const toggle = (id: number, on: boolean) =>
    form.setValue('recordIds', on ? [...chosen, id] : chosen.filter((other) => other !== id), {
      shouldDirty: true,
      shouldValidate: form.formState.isSubmitted,
    });
  const errors = form.formState.errors;
  const t = (id: string) => intl.formatMessage({ id });
  return (
    <form className="issue-form" noValidate onSubmit={onSubmit}>
      <h3 id="issue-title">
        <FormattedMessage id="certificates.issue.title" />
      </h3>
      <FieldGroup
        id="issue-recordIds"
        label="certificates.issue.records"
        hint="certificates.issue.recordsHint"
        required
        error={errors.recordIds?.message}
      >
        {() => (
          <div className="choice-column">
            {records.map((record) => (
              <label key={record.id} className="choice record-choice">
                <input
                  type="checkbox"
                  checked={chosen.includes(record.id)}
                  onChange={(event) => toggle(record.id, event.target.checked)}
                />
                <RecordLabel record={record} />
              </label>
            ))}
          </div>
        )}
      </FieldGroup>
      <div className="form-grid">
        <FieldGroup id="issue-locale" label="certificates.field.language" required>
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
        <Field
          id="issue-projectId"
          label="certificates.issue.project"
          hint="certificates.issue.projectHint"
          error={errors.projectId?.message}
        >
          {(control) => (
            <select
              {...control}
              {...form.register('projectId', {
                setValueAs: (v: unknown) => (v === '' || v === undefined ? undefined : Number(v)),
              })}
            >
              <option value="">{t('certificates.issue.projectFromRecords')}</option>
              {(projects.data ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {`${p.code} – ${p.title}`}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {formError ? <IssueError message={formError} /> : null}
      <div className="form-actions">
        <button type="submit" className="button" {...whileBusy(saving)}>
          <FormattedMessage
            id={saving ? 'certificates.issue.issuing' : 'certificates.issue.submit'}
            values={{ count: chosen.length }}
          />
        </button>
      </div>
    </form>
  );
}

/** "Attestati" on the person's page: their certificates, and issuing one from validated records. */
export function PersonCertificates({ participantId }: { participantId: number }) {
  const can = useCan();
  const readable = can('certificates.list');
  const issuer = can('certificates.issue') && can('competenceRecords.list');
  const certificates = usePersonCertificates(participantId, readable);
  const records = useValidatedRecords(participantId, issuer);
  const [outcome, setOutcome] = useState<TableOutcome | null>(null);
  const [issued, setIssued] = useState<{ number: string; problem: string | null } | null>(null);
  if (!readable) return null;
  const rows = certificates.data;
  const certifiable = (records.data ?? []).filter((r) => r.certificateNumber === null);

  const changed = (next: TableOutcome) => {
    setIssued(null);
    setOutcome(next);
    if (next.kind !== 'error') {
      certificates.reload();
      records.reload();
      focusSoon('view-certificates');
    }
  };

  return (
    <section className="detail-section person-certificates" aria-labelledby="view-certificates">
      <h2 id="view-certificates" tabIndex={-1}>
        <FormattedMessage id="certificates.person.title" />
      </h2>
      <div role="status">
        {issued ? (
          <>
            <p className="notice">
              <FormattedMessage
                id="certificates.notice.issued"
                values={{ number: issued.number }}
              />
            </p>
            {issued.problem ? <p className="form-error">{issued.problem}</p> : null}
          </>
        ) : (
          <OutcomeText outcome={outcome} />
        )}
      </div>
      {!rows ? (
        <LoadState
          loading={certificates.loading}
          error={certificates.error}
          onRetry={certificates.reload}
        />
      ) : rows.length === 0 ? (
        <p className="empty">
          <FormattedMessage id="certificates.person.none" />
        </p>
      ) : (
        <CertificatesTable
          rows={rows}
          caption="certificates.person.caption"
          withPerson={false}
          onChanged={changed}
        />
      )}
      {issuer ? (
        !records.data ? (
          <LoadState loading={records.loading} error={records.error} onRetry={records.reload} />
        ) : certifiable.length === 0 ? (
          <p className="muted">
            <FormattedMessage id="certificates.person.nothingToCertify" />
          </p>
        ) : (
          <IssueForm
            key={certifiable.map((r) => r.id).join(',')}
            participantId={participantId}
            records={certifiable}
            onIssued={(entry, problem) => {
              setOutcome(null);
              setIssued({ number: entry.number, problem });
              certificates.reload();
              records.reload();
              focusSoon('view-certificates');
            }}
          />
        )
      ) : null}
    </section>
  );
}
