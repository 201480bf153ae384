import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CertificateEntry } from '../../../electron/features/certificates/contract';
import { paths } from '../../app/router';
import { useFormatDate } from '../../ui/dates';
import { useCan } from '../auth/session';
import { coursePaths } from '../courses/routes';
import { ReissueDialog, RevokeDialog } from './CertificateDialogs';
import { useDownloadCertificate } from './hooks';
import { whileBusy } from '../../ui/busy';

/** Issued, revoked or replaced (and by which number), as a badge that does not rely on colour alone. */
export function StatusBadge({ certificate }: { certificate: CertificateEntry }) {
  const intl = useIntl();
  const formatDate = useFormatDate();
  const { status } = certificate;
  return (
    <>
      <span className={`badge certificate-status-${status}`}>
        <FormattedMessage id={`certificates.status.${status}`} />
      </span>
      {status === 'replaced' && certificate.replacedByNumber ? (
        <span className="certificate-detail">
          <FormattedMessage
            id="certificates.replacedBy"
            values={{ number: certificate.replacedByNumber }}
          />
        </span>
      ) : null}
      {status === 'revoked' ? (
        <span className="certificate-detail">
          {intl.formatMessage(
            { id: 'certificates.revokedOn' },
            {
              date: certificate.revokedAt ? formatDate(certificate.revokedAt) : '',
              reason: certificate.revokedReason ?? '',
            },
          )}
        </span>
      ) : null}
    </>
  );
}

type Open = { kind: 'revoke' | 'reissue'; certificate: CertificateEntry } | null;

/** What happened to a certificate in the table, announced above it. */
export type TableOutcome =
  | { kind: 'revoked'; number: string }
  | { kind: 'reissued'; number: string; newNumber: string }
  | { kind: 'error'; message: string };

function Actions({
  certificate,
  onOpen,
  onOutcome,
}: {
  certificate: CertificateEntry;
  onOpen: (open: Open) => void;
  onOutcome: (outcome: TableOutcome) => void;
}) {
  const intl = useIntl();
  const can = useCan();
  const download = useDownloadCertificate();
  const [busy, setBusy] = useState(false);
  const values = { number: certificate.number };
  const inForce = certificate.status === 'issued';
  const onDownload = () => {
    setBusy(true);
    void download(certificate.id).then((problem) => {
      setBusy(false);
      if (problem) onOutcome({ kind: 'error', message: problem });
    });
  };
  return (
    <div className="row-actions">
      {can('certificates.pdf') ? (
        <button
          type="button"
          className="button-quiet"
          {...whileBusy(busy)}
          aria-label={intl.formatMessage({ id: 'certificates.action.pdfLabel' }, values)}
          onClick={onDownload}
        >
          <FormattedMessage
            id={busy ? 'certificates.action.preparing' : 'certificates.action.pdf'}
          />
        </button>
      ) : null}
      {inForce && can('certificates.revoke') ? (
        <button
          type="button"
          className="button-quiet"
          aria-label={intl.formatMessage({ id: 'certificates.action.revokeLabel' }, values)}
          onClick={() => onOpen({ kind: 'revoke', certificate })}
        >
          <FormattedMessage id="certificates.action.revoke" />
        </button>
      ) : null}
      {inForce && can('certificates.reissue') ? (
        <button
          type="button"
          className="button-quiet"
          aria-label={intl.formatMessage({ id: 'certificates.action.reissueLabel' }, values)}
          onClick={() => onOpen({ kind: 'reissue', certificate })}
        >
          <FormattedMessage id="certificates.action.reissue" />
        </button>
      ) : null}
    </div>
  );
}

/** Certificates as rows, each with its PDF, revoke and reissue; `withPerson` adds who and what for. */
export function CertificatesTable({
  rows,
  caption,
  withPerson,
  onChanged,
}: {
  rows: CertificateEntry[];
  caption: string;
  withPerson: boolean;
  onChanged: (outcome: TableOutcome) => void;
}) {
  const intl = useIntl();
  const formatDate = useFormatDate();
  const [open, setOpen] = useState<Open>(null);
  return (
    <>
      <table className="data-table certificates-table">
        <caption className="visually-hidden">
          <FormattedMessage id={caption} />
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="certificates.col.number" />
            </th>
            {withPerson ? (
              <>
                <th scope="col">
                  <FormattedMessage id="certificates.col.person" />
                </th>
                <th scope="col">
                  <FormattedMessage id="certificates.col.projectCourse" />
                </th>
              </>
            ) : null}
            <th scope="col">
              <FormattedMessage id="certificates.col.issuedOn" />
            </th>
            <th scope="col" className="numeric">
              <FormattedMessage id="certificates.col.competences" />
            </th>
            <th scope="col">
              <FormattedMessage id="certificates.col.language" />
            </th>
            <th scope="col">
              <FormattedMessage id="certificates.col.status" />
            </th>
            <th scope="col">
              <FormattedMessage id="certificates.col.actions" />
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id} className={c.status === 'issued' ? undefined : 'row-archived'}>
              <th scope="row" className="nowrap">
                <span className="mono">{c.number}</span>
                <span className="certificate-detail mono">{c.verificationCode}</span>
              </th>
              {withPerson ? (
                <>
                  <td>
                    {c.participantId === null ? (
                      c.participantName
                    ) : (
                      <a href={paths.participant(c.participantId)}>{c.participantName}</a>
                    )}
                  </td>
                  <td>
                    {c.projectTitle ?? ''}
                    {c.courseId !== null && c.courseTitle ? (
                      <span className="certificate-detail">
                        <a href={coursePaths.course(c.courseId)}>{c.courseTitle}</a>
                      </span>
                    ) : null}
                  </td>
                </>
              ) : null}
              <td className="nowrap">{formatDate(c.issuedOn)}</td>
              <td className="numeric">{intl.formatNumber(c.competenceCount)}</td>
              <td>
                <FormattedMessage id={`certificates.language.${c.locale}`} />
              </td>
              <td>
                <StatusBadge certificate={c} />
              </td>
              <td>
                <Actions certificate={c} onOpen={setOpen} onOutcome={onChanged} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {open?.kind === 'revoke' ? (
        <RevokeDialog
          certificate={open.certificate}
          onClose={(revoked) => {
            setOpen(null);
            if (revoked) onChanged({ kind: 'revoked', number: open.certificate.number });
          }}
        />
      ) : null}
      {open?.kind === 'reissue' ? (
        <ReissueDialog
          certificate={open.certificate}
          onClose={(issued) => {
            setOpen(null);
            if (issued) {
              onChanged({
                kind: 'reissued',
                number: open.certificate.number,
                newNumber: issued.number,
              });
            }
          }}
        />
      ) : null}
    </>
  );
}

/** The announcement of the last change made in a table (role=status lives with the caller). */
export function OutcomeText({ outcome }: { outcome: TableOutcome | null }) {
  if (!outcome) return null;
  if (outcome.kind === 'error') {
    return <p className="form-error">{outcome.message}</p>;
  }
  return (
    <p className="notice">
      <FormattedMessage
        id={
          outcome.kind === 'revoked'
            ? 'certificates.notice.revoked'
            : 'certificates.notice.reissued'
        }
        values={
          outcome.kind === 'reissued'
            ? { number: outcome.number, newNumber: outcome.newNumber }
            : { number: outcome.number }
        }
      />
    </p>
  );
}
