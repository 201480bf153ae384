import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CertificateStatus } from '../../../electron/features/certificates/contract';
import { LoadState } from '../../ui/LoadState';
import { PageHeading } from '../../ui/PageHeading';
import { CertificatesTable, OutcomeText, type TableOutcome } from './CertificatesTable';
import { CompetencesTabs } from '../competences/CompetencesTabs';
import { focusSoon } from './focus';
import { useCertificateRegistry, useRegistryCourses, useRegistryProjects } from './hooks';
import './certificates.css';

const STATUSES: readonly CertificateStatus[] = ['issued', 'revoked', 'replaced'];
const PAGE = 200;
const MAX_ROWS = 1000;

const toId = (value: string) => (value === '' ? undefined : Number(value));

/** Registro degli attestati: every certificate issued, filtered, with its PDF, revoke and reissue. */
export function RegistryPage() {
  const intl = useIntl();
  const [projectId, setProjectId] = useState<number | undefined>(undefined);
  const [courseId, setCourseId] = useState<number | undefined>(undefined);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<CertificateStatus | ''>('');
  const [limit, setLimit] = useState(PAGE);
  const [outcome, setOutcome] = useState<TableOutcome | null>(null);
  const projects = useRegistryProjects();
  const courses = useRegistryCourses(projectId);
  const registry = useCertificateRegistry({
    query,
    limit,
    ...(projectId ? { projectId } : {}),
    ...(courseId ? { courseId } : {}),
    ...(status ? { status } : {}),
  });
  const rows = registry.data;
  const filtered = query.trim() !== '' || projectId || courseId || status !== '';
  const t = (id: string) => intl.formatMessage({ id });

  const changed = (next: TableOutcome) => {
    setOutcome(next);
    if (next.kind !== 'error') {
      registry.reload();
      // The row's buttons change with its status: keep the keyboard user in the list.
      focusSoon('certificates-results');
    }
  };

  return (
    <section className="page certificates-page">
      <PageHeading id="certificates.registry.title" />
      <CompetencesTabs current="certificates" />
      <p className="section-intro">
        <FormattedMessage id="certificates.registry.intro" />
      </p>
      <div className="filter-bar" role="search" aria-label={t('certificates.filters')}>
        <div className="field">
          <label htmlFor="certificates-project">
            <FormattedMessage id="certificates.filter.project" />
          </label>
          <select
            id="certificates-project"
            value={projectId ?? ''}
            onChange={(e) => {
              setProjectId(toId(e.target.value));
              setCourseId(undefined);
            }}
          >
            <option value="">{t('certificates.filter.allProjects')}</option>
            {(projects.data ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {`${p.code} – ${p.title}`}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="certificates-course">
            <FormattedMessage id="certificates.filter.course" />
          </label>
          <select
            id="certificates-course"
            value={courseId ?? ''}
            onChange={(e) => setCourseId(toId(e.target.value))}
          >
            <option value="">{t('certificates.filter.allCourses')}</option>
            {(courses.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field search-field">
          <label htmlFor="certificates-query">
            <FormattedMessage id="certificates.filter.query" />
          </label>
          <input
            id="certificates-query"
            type="search"
            autoComplete="off"
            spellCheck={false}
            maxLength={100}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="certificates-status">
            <FormattedMessage id="certificates.filter.status" />
          </label>
          <select
            id="certificates-status"
            value={status}
            onChange={(e) => setStatus(e.target.value as CertificateStatus | '')}
          >
            <option value="">{t('certificates.filter.allStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`certificates.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div role="status">
        <OutcomeText outcome={outcome} />
      </div>
      <p className="result-count" id="certificates-results" tabIndex={-1} role="status">
        {rows
          ? intl.formatMessage(
              { id: 'certificates.count' },
              { count: rows.length, more: String(rows.length >= limit) },
            )
          : null}
      </p>
      {!rows || registry.error ? (
        <LoadState loading={registry.loading} error={registry.error} onRetry={registry.reload} />
      ) : null}
      {rows && rows.length === 0 && !registry.loading ? (
        <p className="empty">
          <FormattedMessage id={filtered ? 'certificates.empty' : 'certificates.emptyRegistry'} />
        </p>
      ) : null}
      {rows && rows.length > 0 ? (
        <CertificatesTable
          rows={rows}
          caption="certificates.registry.caption"
          withPerson
          onChanged={changed}
        />
      ) : null}
      {rows && rows.length >= limit && limit < MAX_ROWS ? (
        <button
          type="button"
          className="button-secondary load-more"
          onClick={() => setLimit((n) => Math.min(n + PAGE, MAX_ROWS))}
        >
          <FormattedMessage id="certificates.loadMore" />
        </button>
      ) : null}
    </section>
  );
}
