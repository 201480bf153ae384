import { FormattedMessage, useIntl } from 'react-intl';
import type { CompetenceRecord } from '../../../electron/features/competences/contract';
import { useFormatDate } from '../../ui/dates';
import { useCan } from '../auth/session';
import { whileBusy } from '../../ui/busy';

/** "dal 03/02/2026 al 10/03/2026 · 12 ore · frequenza 92%": the facts of where a competence comes from. */
export function useSourceFacts() {
  const intl = useIntl();
  const formatDate = useFormatDate();
  return (facts: {
    periodFrom: string | null;
    periodTo: string | null;
    hours: number | null;
    attendancePct: number | null;
  }) => {
    const parts: string[] = [];
    if (facts.periodFrom || facts.periodTo) {
      parts.push(
        intl.formatMessage(
          {
            id:
              facts.periodFrom && facts.periodTo
                ? 'competences.period.range'
                : facts.periodFrom
                  ? 'competences.period.from'
                  : 'competences.period.to',
          },
          {
            from: facts.periodFrom ? formatDate(facts.periodFrom) : '',
            to: facts.periodTo ? formatDate(facts.periodTo) : '',
          },
        ),
      );
    }
    if (facts.hours !== null) {
      parts.push(
        intl.formatMessage(
          { id: 'competences.hours' },
          { hours: Math.round(facts.hours * 10) / 10 },
        ),
      );
    }
    if (facts.attendancePct !== null) {
      parts.push(
        intl.formatMessage(
          { id: 'competences.attendance' },
          {
            percent: intl.formatNumber(facts.attendancePct / 100, {
              style: 'percent',
              maximumFractionDigits: 1,
            }),
          },
        ),
      );
    }
    return parts.join(' · ');
  };
}

export function StatusBadge({ record }: { record: CompetenceRecord }) {
  const className =
    record.status === 'validated'
      ? 'badge'
      : record.status === 'draft'
        ? 'badge badge-draft'
        : 'badge badge-muted';
  return (
    <>
      <span className={className}>
        <FormattedMessage id={`competences.status.${record.status}`} />
      </span>
      {record.certificateNumber ? (
        <span className="competence-detail">
          <FormattedMessage
            id="competences.onCertificate"
            values={{ number: record.certificateNumber }}
          />
        </span>
      ) : null}
      {record.revokedReason ? (
        <span className="competence-detail">
          <FormattedMessage
            id="competences.revokedBecause"
            values={{ reason: record.revokedReason }}
          />
        </span>
      ) : null}
    </>
  );
}

function RecordRow({
  record,
  by,
  busy,
  onValidate,
  onRevoke,
  showActions,
}: {
  record: CompetenceRecord;
  by: 'person' | 'course';
  busy: boolean;
  onValidate: () => void;
  onRevoke: () => void;
  showActions: boolean;
}) {
  const intl = useIntl();
  const can = useCan();
  const formatDate = useFormatDate();
  const sourceFacts = useSourceFacts();
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  const label = { name: record.participantName, code: record.competenceCode };
  const competence = (
    <>
      <span className="mono">{record.competenceCode}</span> {record.competenceTitle}
      <span className="competence-detail">
        {t('competences.eqf', { level: String(record.eqfLevel) })}
      </span>
    </>
  );
  const facts = sourceFacts(record);
  return (
    <tr className={record.status === 'revoked' ? 'row-archived' : undefined}>
      {by === 'course' ? (
        <>
          <th scope="row">{record.participantName}</th>
          <td>{competence}</td>
        </>
      ) : (
        <>
          <th scope="row">{competence}</th>
          <td>
            {t(`competences.source.${record.source}`)}: {record.sourceTitle}
            {facts ? <span className="competence-detail">{facts}</span> : null}
          </td>
        </>
      )}
      <td>{t(`competences.level.${record.levelReached}`)}</td>
      <td>
        {t(`competences.method.${record.assessmentMethod}`)}
        <span className="competence-detail">
          {t('competences.assessedBy', {
            date: formatDate(record.assessedOn),
            name: record.assessorName,
          })}
        </span>
        {record.evidence ? (
          <span className="competence-detail competence-evidence">{record.evidence}</span>
        ) : null}
      </td>
      <td>
        <StatusBadge record={record} />
      </td>
      {showActions ? (
        <td>
          <div className="row-actions">
            {record.status === 'draft' && can('competenceRecords.validate') ? (
              <button
                type="button"
                className="button-quiet"
                {...whileBusy(busy)}
                aria-label={t('competences.validateLabel', label)}
                onClick={onValidate}
              >
                <FormattedMessage id="competences.validate" />
              </button>
            ) : null}
            {record.status !== 'revoked' &&
            record.certificateNumber === null &&
            can('competenceRecords.revoke') ? (
              <button
                type="button"
                className="button-quiet"
                {...whileBusy(busy)}
                aria-label={t('competences.revokeLabel', label)}
                onClick={onRevoke}
              >
                <FormattedMessage id="competences.revoke" />
              </button>
            ) : null}
          </div>
        </td>
      ) : null}
    </tr>
  );
}

/** Competence records, by person (on a course) or by competence (on a person's page). */
export function RecordsTable({
  records,
  by,
  caption,
  busy,
  onValidate,
  onRevoke,
}: {
  records: CompetenceRecord[];
  by: 'person' | 'course';
  caption: string;
  busy: boolean;
  onValidate: (record: CompetenceRecord) => void;
  onRevoke: (record: CompetenceRecord) => void;
}) {
  const can = useCan();
  const showActions = can('competenceRecords.validate') || can('competenceRecords.revoke');
  const col = (id: string) => (
    <th scope="col">
      <FormattedMessage id={id} />
    </th>
  );
  return (
    <table className="data-table records-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {by === 'course' ? col('competences.col.person') : null}
          {col('competences.col.competence')}
          {by === 'person' ? col('competences.col.source') : null}
          {col('competences.col.level')}
          {col('competences.col.assessment')}
          {col('competences.col.status')}
          {showActions ? col('competences.col.actions') : null}
        </tr>
      </thead>
      <tbody>
        {records.map((record) => (
          <RecordRow
            key={record.id}
            record={record}
            by={by}
            busy={busy}
            showActions={showActions}
            onValidate={() => onValidate(record)}
            onRevoke={() => onRevoke(record)}
          />
        ))}
      </tbody>
    </table>
  );
}
