import { useState } from 'react';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { PATHWAY_TRACKS } from '../../../electron/features/pathways/contract';
import { paths } from '../../app/router';
import { useCan } from '../auth/session';
import { useFormatDate } from '../../ui/dates';
import { LoadState } from '../../ui/LoadState';
import { PageHeading } from '../../ui/PageHeading';
import { useCaseload, useProjectChoices } from './hooks';
import { pathwayPaths } from './routes';

type Track = (typeof PATHWAY_TRACKS)[number];

function Card({ id, count, children }: { id: string; count: number; children: ReactNode }) {
  return (
    <section className="caseload-card" aria-labelledby={`caseload-${id}`}>
      <h2 id={`caseload-${id}`}>
        <FormattedMessage id={`pathways.home.${id}`} />{' '}
        <span className="caseload-count">({count})</span>
      </h2>
      {count === 0 ? (
        <p className="muted">
          <FormattedMessage id="pathways.home.none" />
        </p>
      ) : (
        <ul className="caseload-list">{children}</ul>
      )}
    </section>
  );
}

function Person({ pathwayId, name }: { pathwayId: number; name: string }) {
  return <a href={pathwayPaths.pathway(pathwayId)}>{name}</a>;
}

/** The counselor's home: what needs attention across their open pathways. */
export function CaseloadHome() {
  const intl = useIntl();
  const can = useCan();
  const formatDate = useFormatDate();
  const [track, setTrack] = useState<Track | ''>('');
  const [projectId, setProjectId] = useState('');
  const canFilterProjects = can('projects.list');
  const projects = useProjectChoices(canFilterProjects);
  const caseload = useCaseload({
    ...(track ? { track } : {}),
    ...(projectId ? { projectId: Number(projectId) } : {}),
  });
  const data = caseload.data;
  const name = (p: { firstName: string; lastName: string }) => `${p.lastName} ${p.firstName}`;
  const t = (id: string, values?: Record<string, string | number>) =>
    intl.formatMessage({ id }, values);

  return (
    <section className="page caseload-page">
      <PageHeading id="pathways.home.title">
        {can('pathways.create') ? (
          <a className="button" href={pathwayPaths.new()}>
            <FormattedMessage id="pathways.new.button" />
          </a>
        ) : null}
        {can('volunteering.insuranceAlerts') ? (
          <a className="button-secondary" href={pathwayPaths.insurance()}>
            <FormattedMessage id="pathways.insurance.title" />
          </a>
        ) : null}
        {can('services.list') ? (
          <a className="button-secondary" href={paths.settings('services')}>
            <FormattedMessage id="settings.section.services" />
          </a>
        ) : null}
      </PageHeading>
      <div className="filter-bar" role="group" aria-label={t('pathways.home.filters')}>
        <div className="field">
          <label htmlFor="caseload-track">
            <FormattedMessage id="pathways.field.track" />
          </label>
          <select
            id="caseload-track"
            value={track}
            onChange={(e) => setTrack(e.target.value as Track | '')}
          >
            <option value="">{t('pathways.home.allTracks')}</option>
            {PATHWAY_TRACKS.map((v) => (
              <option key={v} value={v}>
                {t(`pathways.track.${v}`)}
              </option>
            ))}
          </select>
        </div>
        {canFilterProjects ? (
          <div className="field">
            <label htmlFor="caseload-project">
              <FormattedMessage id="pathways.field.project" />
            </label>
            <select
              id="caseload-project"
              value={projectId}
              onChange={(e) => setProjectId(e.target.value)}
            >
              <option value="">{t('pathways.home.allProjects')}</option>
              {(projects.data ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {`${p.code} – ${p.title}`}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      {!data ? (
        <LoadState loading={caseload.loading} error={caseload.error} onRetry={caseload.reload} />
      ) : (
        <div className="caseload-grid">
          <Card id="open" count={data.open.length}>
            {data.open.map((p) => (
              <li key={p.id}>
                <Person pathwayId={p.id} name={name(p)} />
                <span className="muted">
                  {t(`pathways.track.${p.track}`)} · {t(`pathways.status.${p.status}`)} ·{' '}
                  {t('pathways.home.openedOn', { date: formatDate(p.openedOn) })}
                </span>
              </li>
            ))}
          </Card>
          <Card id="appointments" count={data.appointmentsThisWeek.length}>
            {data.appointmentsThisWeek.map((a, i) => (
              <li key={`${a.pathwayId}-${i}`}>
                <Person pathwayId={a.pathwayId} name={name(a)} />
                <span>{formatDate(a.date)}</span>
              </li>
            ))}
          </Card>
          <Card id="overdueActions" count={data.overdueActions.length}>
            {data.overdueActions.map((a, i) => (
              <li key={`${a.pathwayId}-${i}`}>
                <Person pathwayId={a.pathwayId} name={name(a)} />
                <span>{a.description}</span>
                <span className="overdue">
                  {t('pathways.home.dueOn', { date: formatDate(a.dueDate) })}
                </span>
              </li>
            ))}
          </Card>
          <Card id="overdueGoals" count={data.overdueGoals.length}>
            {data.overdueGoals.map((g, i) => (
              <li key={`${g.pathwayId}-${i}`}>
                <Person pathwayId={g.pathwayId} name={name(g)} />
                <span>{g.title}</span>
                <span className="overdue">
                  {t('pathways.home.dueOn', { date: formatDate(g.dueDate) })}
                </span>
              </li>
            ))}
          </Card>
          <Card id="quiet" count={data.quiet.length}>
            {data.quiet.map((p) => (
              <li key={p.id}>
                <Person pathwayId={p.id} name={name(p)} />
                <span className="muted">
                  {p.lastMeeting
                    ? t('pathways.home.lastMeeting', { date: formatDate(p.lastMeeting) })
                    : t('pathways.home.noMeeting')}
                </span>
              </li>
            ))}
          </Card>
          <Card id="insurance" count={data.insuranceExpiring.length}>
            {data.insuranceExpiring.map((x, i) => (
              <li key={`${x.pathwayId}-${i}`}>
                <Person pathwayId={x.pathwayId} name={name(x)} />
                <span>{`${x.association} · ${x.insurer}`}</span>
                <span className="overdue">
                  {t('pathways.home.expiresOn', { date: formatDate(x.expiryDate) })}
                </span>
              </li>
            ))}
          </Card>
        </div>
      )}
    </section>
  );
}
