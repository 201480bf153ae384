import { FormattedMessage, useIntl } from 'react-intl';
import { useCan } from '../auth/session';
import { useFormatDate } from '../../ui/dates';
import { LoadState } from '../../ui/LoadState';
import { usePersonPathways } from './hooks';
import { pathwayPaths } from './routes';

/** On the person's page: the pathways the case worker follows for them, and a way to open one. */
export function PersonPathways({ participantId }: { participantId: number }) {
  const intl = useIntl();
  const can = useCan();
  const formatDate = useFormatDate();
  const allowed = can('pathways.forParticipant');
  const pathways = usePersonPathways(participantId, allowed);
  if (!allowed) return null;
  const rows = pathways.data;
  const t = (id: string) => intl.formatMessage({ id });
  return (
    <section className="detail-section person-pathways" aria-labelledby="view-pathways">
      <div className="section-header">
        <h2 id="view-pathways">
          <FormattedMessage id="pathways.person.title" />
        </h2>
        {can('pathways.create') ? (
          <a className="button-secondary" href={pathwayPaths.newFor(participantId)}>
            <FormattedMessage id="pathways.new.button" />
          </a>
        ) : null}
      </div>
      {!rows ? (
        <LoadState loading={pathways.loading} error={pathways.error} onRetry={pathways.reload} />
      ) : rows.length === 0 ? (
        <p className="empty">
          <FormattedMessage id="pathways.person.none" />
        </p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">
            <FormattedMessage id="pathways.person.caption" />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="pathways.field.track" />
              </th>
              <th scope="col">
                <FormattedMessage id="pathways.field.status" />
              </th>
              <th scope="col">
                <FormattedMessage id="pathways.field.openedOn" />
              </th>
              <th scope="col">
                <FormattedMessage id="pathways.person.lastMeeting" />
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <a href={pathwayPaths.pathway(p.id)}>{t(`pathways.track.${p.track}`)}</a>
                </th>
                <td>{t(`pathways.status.${p.status}`)}</td>
                <td>{formatDate(p.openedOn)}</td>
                <td>
                  {p.lastMeeting ? formatDate(p.lastMeeting) : t('pathways.person.noMeeting')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
