import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import {
  SERVICE_CATEGORIES,
  type ServiceEntry,
} from '../../../electron/features/services/contract';
import { LoadState } from '../../ui/LoadState';
import { useCan } from '../auth/session';
import { useServiceDirectory, useServicesApi } from './hooks';
import { ServiceDialog } from './ServiceDialog';
import './services.css';
import { whileBusy } from '../../ui/busy';

type Category = (typeof SERVICE_CATEGORIES)[number];
type Editing = { kind: 'new' } | { kind: 'edit'; service: ServiceEntry };
interface Status {
  id: string;
  name: string;
}

function focusTitle(): void {
  setTimeout(() => document.getElementById('services-title')?.focus(), 0);
}

function ServiceRow({
  service,
  busy,
  onEdit,
  onSetDeleted,
}: {
  service: ServiceEntry;
  busy: boolean;
  onEdit: () => void;
  onSetDeleted: (deleted: boolean) => void;
}) {
  const intl = useIntl();
  const can = useCan();
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  const name = { name: service.name };
  return (
    <tr className={service.deleted ? 'row-archived' : undefined}>
      <th scope="row">
        {service.name}
        {service.deleted ? (
          <>
            {' '}
            <span className="badge badge-muted">{t('services.deleted')}</span>
          </>
        ) : null}
        {service.provider ? <span className="service-detail">{service.provider}</span> : null}
        {service.eligibility ? (
          <span className="service-detail">
            {t('services.eligibilityIs', { eligibility: service.eligibility })}
          </span>
        ) : null}
      </th>
      <td>{t(`services.category.${service.category}`)}</td>
      <td>
        {service.comune ?? null}
        {service.address ? <span className="service-detail">{service.address}</span> : null}
      </td>
      <td>
        {service.contacts ? <span className="service-detail">{service.contacts}</span> : null}
        {service.openingHours ? (
          <span className="service-detail">{service.openingHours}</span>
        ) : null}
      </td>
      <td>
        <div className="row-actions">
          {can('services.update') ? (
            <button
              type="button"
              className="button-quiet"
              aria-label={t('services.editLabel', name)}
              onClick={onEdit}
            >
              <FormattedMessage id="services.edit" />
            </button>
          ) : null}
          {can('services.setDeleted') ? (
            <button
              type="button"
              className="button-quiet"
              {...whileBusy(busy)}
              aria-label={t(
                service.deleted ? 'services.restoreLabel' : 'services.deleteLabel',
                name,
              )}
              onClick={() => onSetDeleted(!service.deleted)}
            >
              <FormattedMessage id={service.deleted ? 'services.restore' : 'services.delete'} />
            </button>
          ) : null}
        </div>
      </td>
    </tr>
  );
}

/** Servizi del territorio: the shared directory used for referrals; search, add, change, delete, restore. */
export function ServicesSection() {
  const intl = useIntl();
  const can = useCan();
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<Category | ''>('');
  const [includeDeleted, setIncludeDeleted] = useState(false);
  const directory = useServiceDirectory(query, category, includeDeleted);
  const { setServiceDeleted } = useServicesApi();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const t = (id: string) => intl.formatMessage({ id });
  const services = directory.data;
  const filtered = query.trim() !== '' || category !== '' || includeDeleted;

  const saved = (created: boolean) => (service: ServiceEntry) => {
    setEditing(null);
    setActionError(null);
    setStatus({ id: created ? 'services.created' : 'services.updated', name: service.name });
    directory.reload();
  };

  const setDeleted = (service: ServiceEntry, deleted: boolean) => {
    setBusy(true);
    void setServiceDeleted({ id: service.id, deleted }).then((result) => {
      setBusy(false);
      if (!result.ok) {
        setActionError(result.error.message);
        return;
      }
      setActionError(null);
      setStatus({
        id: deleted ? 'services.deletedNotice' : 'services.restoredNotice',
        name: service.name,
      });
      directory.reload();
      // The row may leave the list: keep the keyboard user in the section.
      focusTitle();
    });
  };

  return (
    <section aria-labelledby="services-title">
      <div className="section-header">
        <h2 id="services-title" className="services-title" tabIndex={-1}>
          <FormattedMessage id="settings.section.services" />
        </h2>
        {can('services.create') ? (
          <button type="button" className="button" onClick={() => setEditing({ kind: 'new' })}>
            <FormattedMessage id="services.new" />
          </button>
        ) : null}
      </div>
      <p className="section-intro">
        <FormattedMessage id="services.intro" />
      </p>
      <div className="filter-bar" role="search" aria-label={t('services.filters')}>
        <div className="field search-field">
          <label htmlFor="service-search">
            <FormattedMessage id="services.search" />
          </label>
          <input
            id="service-search"
            type="search"
            autoComplete="off"
            spellCheck={false}
            maxLength={100}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="service-category-filter">
            <FormattedMessage id="services.category" />
          </label>
          <select
            id="service-category-filter"
            value={category}
            onChange={(e) => setCategory(e.target.value as Category | '')}
          >
            <option value="">{t('services.allCategories')}</option>
            {SERVICE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`services.category.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <label className="choice">
          <input
            type="checkbox"
            checked={includeDeleted}
            onChange={(e) => setIncludeDeleted(e.target.checked)}
          />
          <FormattedMessage id="services.showDeleted" />
        </label>
      </div>
      <div role="status">
        {status ? (
          <p className="notice">
            <FormattedMessage id={status.id} values={{ name: status.name }} />
          </p>
        ) : null}
      </div>
      {actionError ? (
        <p className="form-error" role="alert">
          {actionError}
        </p>
      ) : null}
      <p className="result-count" role="status">
        {services ? intl.formatMessage({ id: 'services.count' }, { count: services.length }) : null}
      </p>
      {!services || directory.error ? (
        <LoadState loading={directory.loading} error={directory.error} onRetry={directory.reload} />
      ) : null}
      {services && services.length === 0 && !directory.loading ? (
        <p className="empty">
          <FormattedMessage id={filtered ? 'services.empty' : 'services.emptyDirectory'} />
        </p>
      ) : null}
      {services && services.length > 0 ? (
        <table className="data-table services-table">
          <caption className="visually-hidden">
            <FormattedMessage id="services.caption" />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="services.col.service" />
              </th>
              <th scope="col">
                <FormattedMessage id="services.col.category" />
              </th>
              <th scope="col">
                <FormattedMessage id="services.col.where" />
              </th>
              <th scope="col">
                <FormattedMessage id="services.col.contacts" />
              </th>
              <th scope="col">
                <FormattedMessage id="services.col.actions" />
              </th>
            </tr>
          </thead>
          <tbody>
            {services.map((s) => (
              <ServiceRow
                key={s.id}
                service={s}
                busy={busy}
                onEdit={() => setEditing({ kind: 'edit', service: s })}
                onSetDeleted={(deleted) => setDeleted(s, deleted)}
              />
            ))}
          </tbody>
        </table>
      ) : null}
      {editing ? (
        <ServiceDialog
          service={editing.kind === 'edit' ? editing.service : null}
          onSaved={saved(editing.kind === 'new')}
          onCancel={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}
