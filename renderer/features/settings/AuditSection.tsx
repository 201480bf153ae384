import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ChannelInput } from '../../../electron/api/contract';
import type { AuditEvent } from '../../../electron/features/audit/contract';
import { LoadState } from '../../ui/LoadState';
import { useCan } from '../auth/session';
import { filterableActions, useAuditLabels } from './auditLabels';
import { useAuditEvents, useUsers } from './hooks';

const PAGE_SIZE = 50;

interface Filters {
  from: string;
  to: string;
  userId: string;
  action: string;
}

const NO_FILTERS: Filters = { from: '', to: '', userId: '', action: '' };

function toInput(filters: Filters, offset: number): ChannelInput<'audit.list'> {
  return {
    from: filters.from || undefined,
    to: filters.to || undefined,
    userId: filters.userId ? Number(filters.userId) : undefined,
    action: filters.action || undefined,
    limit: PAGE_SIZE,
    offset,
  };
}

/** Who did what and when: filters by period, person and action, 50 events a page. */
export function AuditSection() {
  const intl = useIntl();
  const can = useCan();
  const labels = useAuditLabels();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const { data, error, loading, reload } = useAuditEvents(toInput(filters, offset));
  const users = useUsers(can('users.list'));
  const form = useForm<Filters>({ defaultValues: NO_FILTERS });
  const actions = useMemo(
    () =>
      filterableActions()
        .map((a) => ({ value: a, label: labels.action(a) }))
        .sort((a, b) => a.label.localeCompare(b.label, intl.locale)),
    [labels, intl.locale],
  );

  // Coordinators cannot list accounts: they choose among the people seen in the log.
  const people = useMemo(() => {
    const known = new Map<number, string>();
    for (const u of users.data ?? []) known.set(u.id, `${u.displayName} (${u.username})`);
    for (const e of data?.items ?? []) {
      if (e.userId !== null && !known.has(e.userId))
        known.set(e.userId, e.username ?? `#${e.userId}`);
    }
    return [...known].sort((a, b) => a[1].localeCompare(b[1], intl.locale));
  }, [users.data, data, intl.locale]);
  const displayNames = new Map((users.data ?? []).map((u) => [u.id, u.displayName]));

  const apply = form.handleSubmit((values) => {
    setOffset(0);
    setFilters(values);
  });
  const clear = () => {
    form.reset(NO_FILTERS);
    setOffset(0);
    setFilters(NO_FILTERS);
  };
  const who = (e: AuditEvent) => {
    if (e.userId === null) return intl.formatMessage({ id: 'audit.system' });
    const name = displayNames.get(e.userId);
    return name ? `${name} (${e.username ?? ''})` : (e.username ?? `#${e.userId}`);
  };
  const items = data?.items ?? [];

  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title" className="section-title">
        <FormattedMessage id="settings.section.audit" />
      </h2>
      <form className="filter-bar" role="search" noValidate onSubmit={(e) => void apply(e)}>
        <div className="field">
          <label htmlFor="audit-from">
            <FormattedMessage id="audit.filter.from" />
          </label>
          <input id="audit-from" type="date" {...form.register('from')} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">
            <FormattedMessage id="audit.filter.to" />
          </label>
          <input id="audit-to" type="date" {...form.register('to')} />
        </div>
        <div className="field">
          <label htmlFor="audit-user">
            <FormattedMessage id="audit.filter.user" />
          </label>
          <select id="audit-user" {...form.register('userId')}>
            <option value="">{intl.formatMessage({ id: 'audit.filter.anyone' })}</option>
            {people.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-action">
            <FormattedMessage id="audit.filter.action" />
          </label>
          <select id="audit-action" {...form.register('action')}>
            <option value="">{intl.formatMessage({ id: 'audit.filter.anyAction' })}</option>
            {actions.map((a) => (
              <option key={a.value} value={a.value}>
                {a.label}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-actions">
          <button type="submit" className="button">
            <FormattedMessage id="audit.filter.apply" />
          </button>
          <button type="button" className="button-secondary" onClick={clear}>
            <FormattedMessage id="audit.filter.clear" />
          </button>
        </div>
      </form>
      <LoadState loading={loading && !data} error={error} onRetry={reload} />
      {data && items.length === 0 ? (
        <p className="empty">
          <FormattedMessage id="audit.empty" />
        </p>
      ) : null}
      {items.length > 0 ? (
        <table className="data-table audit-table" aria-busy={loading}>
          <caption className="visually-hidden">
            <FormattedMessage id="settings.section.audit" />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="audit.col.at" />
              </th>
              <th scope="col">
                <FormattedMessage id="audit.col.user" />
              </th>
              <th scope="col">
                <FormattedMessage id="audit.col.action" />
              </th>
              <th scope="col">
                <FormattedMessage id="audit.col.entity" />
              </th>
              <th scope="col">
                <FormattedMessage id="audit.col.outcome" />
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((e) => (
              <tr key={e.id}>
                <td className="nowrap">
                  {intl.formatDate(e.at, { dateStyle: 'short', timeStyle: 'medium' })}
                </td>
                <td>{who(e)}</td>
                <td>{labels.action(e.action)}</td>
                <td>
                  {e.entity ? labels.entity(e.entity) : ''}
                  {e.entityId !== null ? <span className="mono"> #{e.entityId}</span> : null}
                </td>
                <td>
                  <span className={`badge outcome-${e.outcome}`}>{labels.outcome(e.outcome)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {data && (offset > 0 || data.hasMore) ? (
        <div className="pager">
          <button
            type="button"
            className="button-secondary"
            disabled={offset === 0 || loading}
            onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
          >
            <FormattedMessage id="audit.previous" />
          </button>
          <span className="result-count">
            <FormattedMessage
              id="audit.range"
              values={{ first: offset + 1, last: offset + items.length }}
            />
          </span>
          <button
            type="button"
            className="button-secondary"
            disabled={!data.hasMore || loading}
            onClick={() => setOffset(offset + PAGE_SIZE)}
          >
            <FormattedMessage id="audit.next" />
          </button>
        </div>
      ) : null}
    </section>
  );
}
