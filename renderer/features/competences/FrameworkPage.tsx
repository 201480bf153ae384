import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import {
  COMPETENCE_TRACKS,
  type Competence,
  type CompetenceTrack,
} from '../../../electron/features/competences/contract';
import { LoadState } from '../../ui/LoadState';
import { PageHeading } from '../../ui/PageHeading';
import { useCan } from '../auth/session';
import { focusSoon } from '../pathways/dates';
import { CompetenceDialog } from './CompetenceDialog';
import { CompetencesTabs } from './CompetencesTabs';
import { saveGeneratedFile } from '../certificates/files';
import { FrameworkImport } from './FrameworkImport';
import { useCompetencesApi, useFramework } from './hooks';
import { whileBusy } from '../../ui/busy';

type Editing = { kind: 'new' } | { kind: 'edit'; competence: Competence };
interface Status {
  id: string;
  code: string;
}

function CompetenceRow({
  competence,
  busy,
  onEdit,
  onSetActive,
}: {
  competence: Competence;
  busy: boolean;
  onEdit: () => void;
  onSetActive: (active: boolean) => void;
}) {
  const intl = useIntl();
  const can = useCan();
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  const english = intl.locale.startsWith('en');
  const title = english ? competence.titleEn : competence.titleIt;
  const label = { code: competence.code, title };
  const editable = can('competences.update');
  return (
    <tr className={competence.active ? undefined : 'row-archived'}>
      <td className="mono nowrap">{competence.code}</td>
      <th scope="row">
        {title}
        {competence.active ? null : (
          <>
            {' '}
            <span className="badge badge-muted">{t('competences.inactive')}</span>
          </>
        )}
        <span className="competence-detail">
          {english ? competence.descriptionEn : competence.descriptionIt}
        </span>
        {competence.escoUri || competence.adaCode ? (
          <span className="competence-detail competence-refs">
            {competence.escoUri ? (
              <span>
                {t('competences.esco')} <span className="mono">{competence.escoUri}</span>
              </span>
            ) : null}
            {competence.adaCode ? (
              <span>
                {t('competences.ada')} <span className="mono">{competence.adaCode}</span>
              </span>
            ) : null}
          </span>
        ) : null}
      </th>
      <td>{t(`courses.track.${competence.track}`)}</td>
      <td className="numeric">{competence.eqfLevel}</td>
      {editable || can('competences.setActive') ? (
        <td>
          <div className="row-actions">
            {editable ? (
              <button
                type="button"
                className="button-quiet"
                aria-label={t('competences.editLabel', label)}
                onClick={onEdit}
              >
                <FormattedMessage id="competences.edit" />
              </button>
            ) : null}
            {can('competences.setActive') ? (
              <button
                type="button"
                className="button-quiet"
                {...whileBusy(busy)}
                aria-label={t(
                  competence.active ? 'competences.deactivateLabel' : 'competences.activateLabel',
                  label,
                )}
                onClick={() => onSetActive(!competence.active)}
              >
                <FormattedMessage
                  id={competence.active ? 'competences.deactivate' : 'competences.activate'}
                />
              </button>
            ) : null}
          </div>
        </td>
      ) : null}
    </tr>
  );
}

/** Il quadro delle competenze: the framework every record and certificate refers to. */
export function FrameworkPage() {
  const intl = useIntl();
  const can = useCan();
  const [query, setQuery] = useState('');
  const [track, setTrack] = useState<CompetenceTrack | ''>('');
  const [includeInactive, setIncludeInactive] = useState(false);
  const framework = useFramework(query, track, includeInactive);
  const { setActive, exportFramework } = useCompetencesApi();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const t = (id: string) => intl.formatMessage({ id });
  const items = framework.data;
  const filtered = query.trim() !== '' || track !== '';
  const editable = can('competences.update') || can('competences.setActive');

  const saved = (created: boolean) => (competence: Competence) => {
    setEditing(null);
    setActionError(null);
    setStatus({
      id: created ? 'competences.created' : 'competences.updated',
      code: competence.code,
    });
    framework.reload();
  };

  const changeActive = (competence: Competence, active: boolean) => {
    setBusy(true);
    void setActive({ id: competence.id, active }).then((result) => {
      setBusy(false);
      if (!result.ok) {
        setActionError(result.error.message);
        return;
      }
      setActionError(null);
      setStatus({
        id: active ? 'competences.activated' : 'competences.deactivated',
        code: competence.code,
      });
      framework.reload();
      // The row may leave the list: keep the keyboard user on the page.
      if (!active && !includeInactive) focusSoon('page-title');
    });
  };

  const download = (format: 'json' | 'csv') => {
    setBusy(true);
    void exportFramework({ format }).then((result) => {
      setBusy(false);
      if (!result.ok) {
        setActionError(result.error.message);
        return;
      }
      setActionError(null);
      saveGeneratedFile(result.data);
    });
  };

  return (
    <section className="page framework-page">
      <PageHeading id="competences.framework.title">
        {can('competences.create') ? (
          <button type="button" className="button" onClick={() => setEditing({ kind: 'new' })}>
            <FormattedMessage id="competences.new" />
          </button>
        ) : null}
        {can('competences.export') ? (
          <>
            <button
              type="button"
              className="button-secondary"
              {...whileBusy(busy)}
              onClick={() => download('csv')}
            >
              <FormattedMessage id="competences.exportCsv" />
            </button>
            <button
              type="button"
              className="button-secondary"
              {...whileBusy(busy)}
              onClick={() => download('json')}
            >
              <FormattedMessage id="competences.exportJson" />
            </button>
          </>
        ) : null}
      </PageHeading>
      <CompetencesTabs current="framework" />
      <p className="section-intro">
        <FormattedMessage id="competences.framework.intro" />
      </p>
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
      <div role="status">
        {status ? (
          <p className="notice">
            <FormattedMessage id={status.id} values={{ code: status.code }} />
          </p>
        ) : null}
      </div>
      {actionError ? (
        <p className="form-error" role="alert">
          {actionError}
        </p>
      ) : null}
      <p className="result-count" role="status">
        {items ? intl.formatMessage({ id: 'competences.count' }, { count: items.length }) : null}
      </p>
      {!items || framework.error ? (
        <LoadState loading={framework.loading} error={framework.error} onRetry={framework.reload} />
      ) : null}
      {items && items.length === 0 && !framework.loading ? (
        <p className="empty">
          <FormattedMessage id={filtered ? 'competences.empty' : 'competences.emptyFramework'} />
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
                <FormattedMessage id="competences.col.eqf" />
              </th>
              {editable ? (
                <th scope="col">
                  <FormattedMessage id="competences.col.actions" />
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <CompetenceRow
                key={c.id}
                competence={c}
                busy={busy}
                onEdit={() => setEditing({ kind: 'edit', competence: c })}
                onSetActive={(active) => changeActive(c, active)}
              />
            ))}
          </tbody>
        </table>
      ) : null}
      {can('competences.import') ? <FrameworkImport onImported={framework.reload} /> : null}
      {editing ? (
        <CompetenceDialog
          competence={editing.kind === 'edit' ? editing.competence : null}
          onSaved={saved(editing.kind === 'new')}
          onCancel={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}
