import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { paths } from '../../app/router';
import { useCan } from '../auth/session';
import { useCountryName } from '../../ui/countries';
import { useFormatDate } from '../../ui/dates';
import { LoadState } from '../../ui/LoadState';
import { PageHeading } from '../../ui/PageHeading';
import { useParticipantSearch } from './hooks';

/** The registry: search as you type, optionally including archived people, 50 at a time. */
export function ParticipantList() {
  const intl = useIntl();
  const [query, setQuery] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const search = useParticipantSearch(query, includeArchived);
  const countryName = useCountryName();
  const formatDate = useFormatDate();
  const searching = query.trim() !== '';
  const can = useCan();

  return (
    <section className="page">
      <PageHeading id="participants.list.title">
        {can('imports.start') ? (
          <a className="button-secondary" href={paths.participantImport()}>
            <FormattedMessage id="imports.listLink" />
          </a>
        ) : null}
        {can('participants.create') ? (
          <a className="button" href={paths.participantNew()}>
            <FormattedMessage id="participants.list.new" />
          </a>
        ) : null}
      </PageHeading>
      <div className="search-bar" role="search">
        <div className="field search-field">
          <label htmlFor="participant-search">
            <FormattedMessage id="participants.list.search" />
          </label>
          <input
            id="participant-search"
            type="search"
            autoComplete="off"
            spellCheck={false}
            maxLength={100}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <label className="choice">
          <input
            type="checkbox"
            checked={includeArchived}
            onChange={(event) => setIncludeArchived(event.target.checked)}
          />
          <FormattedMessage id="participants.list.showArchived" />
        </label>
      </div>
      <p className="result-count" role="status">
        {search.initial || search.error
          ? null
          : intl.formatMessage(
              { id: 'participants.list.count' },
              { count: search.items.length, hasMore: String(search.hasMore) },
            )}
      </p>
      {search.error ? (
        <LoadState loading={false} error={search.error} onRetry={search.retry} />
      ) : null}
      {!search.loading && !search.error && search.items.length === 0 ? (
        <p className="empty">
          <FormattedMessage
            id={
              searching || includeArchived
                ? 'participants.list.empty'
                : can('participants.create')
                  ? 'participants.list.emptyRegistry'
                  : 'participants.list.emptyReadOnly'
            }
          />
        </p>
      ) : null}
      {search.items.length > 0 ? (
        <table className="data-table">
          <caption className="visually-hidden">
            <FormattedMessage id="participants.list.caption" />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="participants.col.name" />
              </th>
              <th scope="col">
                <FormattedMessage id="participants.col.birthDate" />
              </th>
              <th scope="col">
                <FormattedMessage id="participants.col.birthCountry" />
              </th>
              <th scope="col">
                <FormattedMessage id="participants.col.codiceFiscale" />
              </th>
              {includeArchived ? (
                <th scope="col">
                  <FormattedMessage id="participants.col.status" />
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {search.items.map((p) => (
              <tr key={p.id} className={p.archived ? 'row-archived' : undefined}>
                <th scope="row">
                  <a href={paths.participant(p.id)}>
                    {p.lastName} {p.firstName}
                  </a>
                </th>
                <td>{formatDate(p.birthDate)}</td>
                <td>{countryName(p.birthCountry)}</td>
                <td className="mono">
                  {p.codiceFiscale ?? (
                    <>
                      <span aria-hidden="true">—</span>
                      <span className="visually-hidden">
                        <FormattedMessage id="common.notGiven" />
                      </span>
                    </>
                  )}
                </td>
                {includeArchived ? (
                  <td>
                    <span className={p.archived ? 'badge badge-muted' : 'badge'}>
                      <FormattedMessage
                        id={p.archived ? 'participants.archived' : 'participants.active'}
                      />
                    </span>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {search.hasMore ? (
        <button
          type="button"
          className="button-secondary load-more"
          onClick={search.loadMore}
          disabled={search.loading}
        >
          <FormattedMessage id="participants.list.loadMore" />
        </button>
      ) : null}
    </section>
  );
}
