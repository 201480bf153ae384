import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { VerifyResult } from '../../../electron/features/certificates/contract';
import type {
  CertificateSnapshot,
  PrintedCompetence,
} from '../../../electron/features/certificates/snapshot';
import { useFormatDate } from '../../ui/dates';

type Found = NonNullable<VerifyResult['certificate']>;

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

function Opt({ value }: { value: string | number | null | undefined }) {
  if (value === null || value === undefined || value === '') {
    return (
      <span className="not-given">
        <FormattedMessage id="certificates.field.notPrinted" />
      </span>
    );
  }
  return <>{value}</>;
}

/** The verdict in words: valid, revoked (when, why), replaced (by which number) or unknown. */
function Headline({ result }: { result: VerifyResult }) {
  const formatDate = useFormatDate();
  const found = result.certificate;
  switch (result.result) {
    case 'valid':
      return (
        <FormattedMessage
          id="certificates.verdict.valid"
          values={{ number: found?.number ?? '' }}
        />
      );
    case 'revoked':
      return (
        <FormattedMessage
          id="certificates.verdict.revoked"
          values={{
            number: found?.number ?? '',
            date: found?.revokedAt ? formatDate(found.revokedAt) : '',
            reason: found?.revokedReason ?? '',
          }}
        />
      );
    case 'replaced':
      return (
        <FormattedMessage
          id="certificates.verdict.replaced"
          values={{ number: found?.number ?? '', newNumber: found?.replacedByNumber ?? '' }}
        />
      );
    case 'unknown':
      return <FormattedMessage id="certificates.verdict.unknown" />;
  }
}

/** For a file: whether it is the very file issued, or differs and must be compared field by field. */
function FileCheck({ result, fileName }: { result: VerifyResult; fileName: string }) {
  if (!result.codeFound) {
    return (
      <p className="verify-file verify-file-differs">
        <FormattedMessage id="certificates.verify.noCodeInFile" values={{ name: fileName }} />
      </p>
    );
  }
  if (!result.certificate) return null;
  return result.fileMatches ? (
    <p className="verify-file verify-file-same">
      <span aria-hidden="true">✓ </span>
      <FormattedMessage id="certificates.verify.fileSame" values={{ name: fileName }} />
    </p>
  ) : (
    <p className="verify-file verify-file-differs">
      <span aria-hidden="true">⚠ </span>
      <FormattedMessage id="certificates.verify.fileDiffers" values={{ name: fileName }} />
    </p>
  );
}

function Competence({ c, index }: { c: PrintedCompetence; index: number }) {
  const intl = useIntl();
  const formatDate = useFormatDate();
  const a = c.acquisition;
  const period =
    a.from && a.to
      ? intl.formatMessage(
          { id: 'certificates.field.period' },
          { from: formatDate(a.from), to: formatDate(a.to) },
        )
      : a.from
        ? formatDate(a.from)
        : null;
  return (
    <section className="printed-competence" aria-labelledby={`printed-competence-${index}`}>
      <h4 id={`printed-competence-${index}`}>
        <span className="mono">{c.code}</span> – {c.title}
      </h4>
      <p>{c.description}</p>
      <dl className="detail-grid">
        <Item label="certificates.field.eqf">{intl.formatNumber(c.eqfLevel)}</Item>
        <Item label="certificates.field.esco">
          {c.escoUri ? <span className="break-anywhere">{c.escoUri}</span> : <Opt value={null} />}
        </Item>
        <Item label="certificates.field.ada">
          <Opt value={c.adaCode} />
        </Item>
        <Item label="certificates.field.acquisition">
          <FormattedMessage id={`certificates.acquisition.${a.kind}`} />
          {' – '}
          {a.title}
        </Item>
        <Item label="certificates.field.hours">
          <Opt value={a.hours === null ? null : intl.formatNumber(a.hours)} />
        </Item>
        <Item label="certificates.field.periodLabel">
          <Opt value={period} />
        </Item>
        {a.kind === 'course' ? (
          <Item label="certificates.field.attendance">
            <Opt
              value={
                a.attendancePct === null
                  ? null
                  : intl.formatNumber(a.attendancePct / 100, {
                      style: 'percent',
                      maximumFractionDigits: 1,
                    })
              }
            />
          </Item>
        ) : null}
        {a.description ? <Item label="certificates.field.experience">{a.description}</Item> : null}
        <Item label="certificates.field.assessment">
          <FormattedMessage id={`certificates.assessment.${c.assessment.method}`} />
        </Item>
        <Item label="certificates.field.assessedOn">{formatDate(c.assessment.assessedOn)}</Item>
        <Item label="certificates.field.assessor">{c.assessment.assessor}</Item>
        <Item label="certificates.field.evidence">
          <Opt value={c.evidence} />
        </Item>
      </dl>
    </section>
  );
}

/** Every field printed on the certificate, as the registry froze it at issue. */
function PrintedFields({ found }: { found: Found }) {
  const intl = useIntl();
  const formatDate = useFormatDate();
  const s: CertificateSnapshot = found.snapshot;
  return (
    <div className="printed-fields">
      <h3>
        <FormattedMessage id="certificates.verify.printedTitle" />
      </h3>
      <p className="muted">
        <FormattedMessage id="certificates.verify.printedIntro" />
      </p>
      {!found.snapshotIntact ? (
        <p className="form-error" role="alert">
          <FormattedMessage id="certificates.verify.snapshotChanged" />
        </p>
      ) : null}
      <dl className="detail-grid">
        <Item label="certificates.field.number">
          <span className="mono">{s.number}</span>
        </Item>
        <Item label="certificates.field.code">
          <span className="mono">{s.verificationCode}</span>
        </Item>
        <Item label="certificates.field.issuedOn">{formatDate(s.issuedOn)}</Item>
        <Item label="certificates.field.language">
          <FormattedMessage id={`certificates.language.${s.locale}`} />
        </Item>
      </dl>
      <h4>
        <FormattedMessage id="certificates.field.person" />
      </h4>
      <dl className="detail-grid">
        <Item label="certificates.field.lastName">{s.person.lastName}</Item>
        <Item label="certificates.field.firstName">{s.person.firstName}</Item>
        <Item label="certificates.field.birthDate">
          <Opt value={s.person.birthDate ? formatDate(s.person.birthDate) : null} />
        </Item>
        <Item label="certificates.field.birthPlace">
          <Opt value={s.person.birthPlace} />
        </Item>
        <Item label="certificates.field.codiceFiscale">
          {s.person.codiceFiscale ? (
            <span className="mono">{s.person.codiceFiscale}</span>
          ) : (
            <Opt value={null} />
          )}
        </Item>
      </dl>
      <h4>
        <FormattedMessage id="certificates.field.organisation" />
      </h4>
      <dl className="detail-grid">
        <Item label="certificates.field.organisationName">{s.organisation.name}</Item>
        <Item label="certificates.field.taxCode">
          <Opt value={s.organisation.taxCode} />
        </Item>
        <Item label="certificates.field.address">
          <Opt value={s.organisation.address} />
        </Item>
        <Item label="certificates.field.signatory">
          {intl.formatMessage(
            { id: 'certificates.field.signatoryValue' },
            { name: s.signatory.name, role: s.signatory.role },
          )}
        </Item>
      </dl>
      <h4>
        <FormattedMessage id="certificates.field.project" />
      </h4>
      {s.project ? (
        <dl className="detail-grid">
          <Item label="certificates.field.projectTitle">{s.project.title}</Item>
          <Item label="certificates.field.funder">{s.project.funder}</Item>
          <Item label="certificates.field.fundingLine">
            <Opt value={s.project.fundingLine} />
          </Item>
        </dl>
      ) : (
        <p className="muted">
          <FormattedMessage id="certificates.field.noProject" />
        </p>
      )}
      <h4>
        <FormattedMessage
          id="certificates.field.competences"
          values={{ count: s.competences.length }}
        />
      </h4>
      {s.competences.map((c, index) => (
        <Competence key={`${c.code}-${index}`} c={c} index={index} />
      ))}
    </div>
  );
}

/** The outcome of a check: a clear verdict, the file comparison, then every printed field. */
export function VerifyVerdict({
  result,
  fileName,
  label,
}: {
  result: VerifyResult;
  fileName: string | null;
  label: string;
}) {
  const headline = useRef<HTMLHeadingElement>(null);
  // Each new answer is announced by moving focus to its verdict.
  useEffect(() => headline.current?.focus(), [result]);
  return (
    <section className={`verify-result verify-${result.result}`} aria-label={label}>
      <h2 id="verify-verdict" ref={headline} className="verify-headline" tabIndex={-1}>
        <span aria-hidden="true" className="verify-icon">
          {result.result === 'valid' ? '✓' : result.result === 'unknown' ? '?' : '✗'}
        </span>{' '}
        <Headline result={result} />
      </h2>
      {fileName !== null ? <FileCheck result={result} fileName={fileName} /> : null}
      {result.certificate ? <PrintedFields found={result.certificate} /> : null}
    </section>
  );
}
