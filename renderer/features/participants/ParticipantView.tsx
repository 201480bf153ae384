import { useState } from 'react';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Participant } from '../../../electron/features/participants/contract';
import { useNotify } from '../../app/notice';
import { paths } from '../../app/router';
import { useCan } from '../auth/session';
import { PersonCertificates } from '../certificates/PersonCertificates';
import { PersonCompetences } from '../competences/PersonCompetences';
import { PersonPathways } from '../pathways/PersonPathways';
import { PersonPrivacy } from '../privacy/PersonPrivacy';
import { useCountryName } from '../../ui/countries';
import { useFormatDate } from '../../ui/dates';
import { Dialog } from '../../ui/Dialog';
import { LoadState } from '../../ui/LoadState';
import { PageHeading } from '../../ui/PageHeading';
import { useParticipant, useSetArchived } from './hooks';
import { ParticipantCourses } from './ParticipantCourses';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="detail-item">
      <dt>
        <FormattedMessage id={label} />
      </dt>
      <dd>{children}</dd>
    </div>
  );
}

function NotGiven() {
  return (
    <span className="not-given">
      <FormattedMessage id="common.notGiven" />
    </span>
  );
}

/** The person's data, section by section; `beforeRecord` goes just before the record's dates. */
function Details({ p, beforeRecord }: { p: Participant; beforeRecord: ReactNode }) {
  const intl = useIntl();
  const countryName = useCountryName();
  const formatDate = useFormatDate();
  const t = (id: string) => intl.formatMessage({ id });
  const opt = (value: string | number | undefined, render: (v: string) => ReactNode = (v) => v) =>
    value === undefined || value === '' ? <NotGiven /> : render(String(value));
  const section = (id: string, items: ReactNode) => (
    <section className="detail-section" aria-labelledby={`view-${id}`}>
      <h2 id={`view-${id}`}>
        <FormattedMessage id={`participants.section.${id}`} />
      </h2>
      <dl className="detail-grid">{items}</dl>
    </section>
  );
  return (
    <>
      {section(
        'identity',
        <>
          <Item label="participants.field.lastName">{p.lastName}</Item>
          <Item label="participants.field.firstName">{p.firstName}</Item>
          <Item label="participants.field.sex">{t(`participants.sex.${p.sex}`)}</Item>
          <Item label="participants.field.birthDate">{formatDate(p.birthDate)}</Item>
          <Item label="participants.field.birthCountry">{countryName(p.birthCountry)}</Item>
          <Item label="participants.field.birthPlace">{opt(p.birthPlace)}</Item>
          <Item label="participants.field.citizenships">
            {p.citizenships.map(countryName).join(', ')}
          </Item>
          <Item label="participants.field.codiceFiscale">
            {opt(p.codiceFiscale, (v) => (
              <span className="mono">{v}</span>
            ))}
          </Item>
        </>,
      )}
      {section(
        'contacts',
        <>
          <Item label="participants.field.residenceComune">{opt(p.residenceComune)}</Item>
          <Item label="participants.field.email">{opt(p.email)}</Item>
          <Item label="participants.field.phone">{opt(p.phone)}</Item>
          <Item label="participants.field.referredBy">{opt(p.referredBy)}</Item>
        </>,
      )}
      {section(
        'languages',
        <>
          <Item label="participants.field.languages">{opt(p.languages.join(', '))}</Item>
          <Item label="participants.field.italianLevel">
            {opt(p.italianLevel, (v) => t(`participants.italianLevel.${v}`))}
          </Item>
          <Item label="participants.field.educationIsced">
            {opt(p.educationIsced, (v) => t(`participants.isced.${v}`))}
          </Item>
        </>,
      )}
      {section(
        'migration',
        <>
          <Item label="participants.field.residencePermitType">
            {opt(p.residencePermitType, (v) => t(`participants.permit.${v}`))}
          </Item>
          <Item label="participants.field.residencePermitExpiry">
            {opt(p.residencePermitExpiry, formatDate)}
          </Item>
          <Item label="participants.field.internationalProtection">
            {t(p.internationalProtection ? 'common.yes' : 'common.no')}
          </Item>
          <Item label="participants.field.arrivalYear">{opt(p.arrivalYear)}</Item>
        </>,
      )}
      {section(
        'consent',
        <>
          <Item label="participants.field.consentDate">{formatDate(p.consentDate)}</Item>
          <Item label="participants.field.consentLegalBasis">
            {t(`participants.legalBasis.${p.consentLegalBasis}`)}
          </Item>
          <Item label="participants.field.consentScopes">
            {p.consentScopes.map((s) => t(`participants.scope.${s}`)).join(', ')}
          </Item>
        </>,
      )}
      {beforeRecord}
      {section(
        'record',
        <>
          <Item label="participants.field.createdAt">{formatDate(p.createdAt)}</Item>
          <Item label="participants.field.updatedAt">{formatDate(p.updatedAt)}</Item>
        </>,
      )}
    </>
  );
}

/** One person's record, with edit and archive / restore. */
export function ParticipantView({ id }: { id: number }) {
  const intl = useIntl();
  const notify = useNotify();
  const formatDate = useFormatDate();
  const { participant: p, error, loading, reload, replace } = useParticipant(id);
  const setArchived = useSetArchived();
  const [confirming, setConfirming] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  // Certificates are issued from the records: when these change, the certificates section reads again.
  const [recordsVersion, setRecordsVersion] = useState(0);
  const can = useCan();

  if (!p) return <LoadState loading={loading} error={error} onRetry={reload} />;
  const name = `${p.firstName} ${p.lastName}`;
  const archiving = p.archivedAt === null;

  const confirm = () => {
    setConfirming(false);
    void setArchived(p.id, archiving).then((result) => {
      if (result.ok) {
        replace(result.data);
        setActionError(null);
        notify(archiving ? 'participants.notice.archived' : 'participants.notice.unarchived');
      } else {
        setActionError(result.error.message);
      }
    });
  };

  return (
    <section className="page">
      <p className="breadcrumb">
        <a href={paths.participants()}>
          <FormattedMessage id="participants.view.back" />
        </a>
      </p>
      <PageHeading text={`${p.lastName} ${p.firstName}`}>
        {can('participants.update') && p.anonymisedAt === null ? (
          <a className="button" href={paths.participantEdit(p.id)}>
            <FormattedMessage id="participants.view.edit" />
          </a>
        ) : null}
        {can('participants.setArchived') ? (
          <button type="button" className="button-secondary" onClick={() => setConfirming(true)}>
            <FormattedMessage
              id={archiving ? 'participants.view.archive' : 'participants.view.unarchive'}
            />
          </button>
        ) : null}
      </PageHeading>
      {p.archivedAt ? (
        <p className="banner">
          <FormattedMessage
            id="participants.view.archivedBanner"
            values={{ date: formatDate(p.archivedAt) }}
          />
        </p>
      ) : null}
      {actionError ? (
        <p className="form-error" role="alert">
          {actionError}
        </p>
      ) : null}
      <Details
        p={p}
        beforeRecord={
          <>
            <ParticipantCourses participantId={p.id} />
            <PersonPathways participantId={p.id} />
            <PersonCompetences
              participantId={p.id}
              participantName={`${p.lastName} ${p.firstName}`}
              onRecordsChanged={() => setRecordsVersion((n) => n + 1)}
            />
            <PersonCertificates key={recordsVersion} participantId={p.id} />
          </>
        }
      />
      <PersonPrivacy
        participantId={p.id}
        name={`${p.lastName} ${p.firstName}`}
        onAnonymised={reload}
      />
      {confirming ? (
        <Dialog
          title={intl.formatMessage(
            { id: archiving ? 'participants.archive.title' : 'participants.unarchive.title' },
            { name },
          )}
          describedBy="archive-body"
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
              <button type="button" className="button" onClick={confirm}>
                <FormattedMessage
                  id={archiving ? 'participants.view.archive' : 'participants.view.unarchive'}
                />
              </button>
            </>
          }
        >
          <p id="archive-body">
            <FormattedMessage
              id={archiving ? 'participants.archive.body' : 'participants.unarchive.body'}
            />
          </p>
        </Dialog>
      ) : null}
    </section>
  );
}
