import { FormattedMessage, useIntl } from 'react-intl';
import { useCan } from '../auth/session';
import { useFormatDate } from '../../ui/dates';
import { LoadState } from '../../ui/LoadState';
import { PageHeading } from '../../ui/PageHeading';
import { useInsuranceAlerts } from './hooks';
import { pathwayPaths } from './routes';

/** The coordinator's view of host associations whose volunteers are uninsured or about to be. */
export function InsurancePage() {
  const intl = useIntl();
  const can = useCan();
  const formatDate = useFormatDate();
  const alerts = useInsuranceAlerts();
  const rows = alerts.data;
  return (
    <section className="page insurance-page">
      {can('caseload.home') ? (
        <p className="breadcrumb">
          <a href={pathwayPaths.home()}>
            <FormattedMessage id="pathways.home.title" />
          </a>
        </p>
      ) : null}
      <PageHeading id="pathways.insurance.title" />
      <p className="section-intro">
        <FormattedMessage id="pathways.insurance.intro" />
      </p>
      {!rows ? (
        <LoadState loading={alerts.loading} error={alerts.error} onRetry={alerts.reload} />
      ) : rows.length === 0 ? (
        <p className="empty">
          <FormattedMessage id="pathways.insurance.none" />
        </p>
      ) : (
        <table className="data-table insurance-table">
          <caption className="visually-hidden">
            <FormattedMessage id="pathways.insurance.caption" />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="pathways.insurance.col.host" />
              </th>
              <th scope="col">
                <FormattedMessage id="pathways.insurance.col.problem" />
              </th>
              <th scope="col">
                <FormattedMessage id="pathways.insurance.col.expiry" />
              </th>
              <th scope="col" className="numeric">
                <FormattedMessage id="pathways.insurance.col.volunteers" />
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.hostAssociation}>
                <th scope="row">{r.hostAssociation}</th>
                <td>
                  <span className={r.problem === 'expiring' ? undefined : 'overdue'}>
                    <FormattedMessage id={`pathways.insurance.problem.${r.problem}`} />
                  </span>
                </td>
                <td>
                  {r.insuranceExpiry ? (
                    formatDate(r.insuranceExpiry)
                  ) : (
                    <span className="not-given">
                      <FormattedMessage id="common.notGiven" />
                    </span>
                  )}
                </td>
                <td className="numeric">{intl.formatNumber(r.volunteers)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
