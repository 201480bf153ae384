import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import {
  COMPETENCE_TRACKS,
  type Competence,
  type CompetenceTrack,
} from '../../../electron/features/competences/contract';
import { LoadState } from '../../ui/LoadState';
import { PageHeading } from '../../ui/PageHeading';
import { CompetencesTabs } from './CompetencesTabs';
import { useFramework } from './hooks';

function CompetenceRow({ competence }: { competence: Competence }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const english = intl.locale.startsWith('en');
  return (
    <tr className={competence.active ? undefined : 'row-archived'}>
      <td className="mono nowrap">{competence.code}</td>
      <th scope="row">
        {english ? competence.titleEn : competence.titleIt}
        {competence.active ? null : (
          <>
            {' '}
            <span className="badge badge-muted">{t('competences.inactive')}</span>
          </>
        )}
        <span className="competence-detail">
          {english ? competence.descriptionEn : competence.descriptionIt}
        </span>
      </th>
      <td>{t(`courses.track.${competence.track}`)}</td>
      <td className="numeric">{competence.eqfLevel}</td>
    </tr>
  );
}

/** Il quadro delle competenze: the framework every record and certificate refers to. */
export function FrameworkPage() {
  const intl = useIntl();
  const [query, setQuery] = useState('');
  const [track, setTrack] = useState<CompetenceTrack | ''>('');
  const [includeInactive, setIncludeInactive] = useState(false);
  const framework = useFramework(query, track, includeInactive);
  const t = (id: string) => intl.formatMessage({ id });
  const items = framework.data;
  return (
    <section className="page">
      <PageHeading id="competences.framework.title" />
      <CompetencesTabs current="framework" />
      <div className="filter-bar" role="search" aria-label={t('competences.filters')}>
        <div className="field search-field">
          <label htmlFor="competence-search">
            <FormattedMessage id="competences.search" />
          </label>
          <input
            id="competence-search"
            type="search"
            autoComplete="off"
            spellCheck={false}
            maxLength={100}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="competence-track-filter">
            <FormattedMessage id="competences.field.track" />
          </label>
          <select
            id="competence-track-filter"
            value={track}
            onChange={(e) => setTrack(e.target.value as CompetenceTrack | '')}
          >
            <option value="">{t('competences.allTracks')}</option>
            {COMPETENCE_TRACKS.map((v) => (
              <option key={v} value={v}>
                {t(`courses.track.${v}`)}
              </option>
            ))}
          </select>
        </div>
        <label className="choice">
          <input
            type="checkbox"
            checked={includeInactive}
            onChange={(e) => setIncludeInactive(e.target.checked)}
          />
          <FormattedMessage id="competences.showInactive" />
        </label>
      </div>
      <p className="result-count" role="status">
        {items ? intl.formatMessage({ id: 'competences.count' }, { count: items.length }) : null}
      </p>
      {!items || framework.error ? (
        <LoadState loading={framework.loading} error={framework.error} onRetry={framework.reload} />
      ) : null}
      {items && items.length === 0 && !framework.loading ? (
        <p className="empty">
          <FormattedMessage id="competences.empty" />
        </p>
      ) : null}
      {items && items.length > 0 ? (
        <table className="data-table competences-table">
          <caption className="visually-hidden">
            <FormattedMessage id="competences.framework.title" />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="competences.field.code" />
              </th>
              <th scope="col">
                <FormattedMessage id="competences.col.competence" />
              </th>
              <th scope="col">
                <FormattedMessage id="competences.field.track" />
              </th>
              <th scope="col" className="numeric">
                <FormattedMessage id="competences.field.eqfLevel" />
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <CompetenceRow key={c.id} competence={c} />
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
