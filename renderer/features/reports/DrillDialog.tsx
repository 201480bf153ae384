import { FormattedMessage } from 'react-intl';
import type { DashboardFilter } from '../../../electron/features/reports/contract';
import { paths } from '../../app/router';
import { useFormatDate } from '../../ui/dates';
import { Dialog } from '../../ui/Dialog';
import { LoadState } from '../../ui/LoadState';
import { useDrill } from './hooks';
import { useReportLabels } from './labels';
import type { DrillFigure } from './routes';

/** "2025-06-01 Ditta Esempio" (what an outcome row says) with the date in the user's format. */
function useDetailText() {
  const formatDate = useFormatDate();
  return (detail: string | null) => {
    if (!detail) return '';
    const match = /^(\d{4}-\d{2}-\d{2})\s*(.*)$/.exec(detail);
    if (!match?.[1]) return detail;
    return match[2] ? `${formatDate(match[1])} · ${match[2]}` : formatDate(match[1]);
  };
}

function countKey(figure: DrillFigure): string {
  if (figure.kind === 'outcome') return 'reports.count.records';
  if (figure.kind === 'breakdown' && figure.breakdown === 'attendanceRate') {
    return 'reports.count.enrolments';
  }
  return 'reports.count.people';
}

/** The people (or records) behind one figure, each a link to the person's page. */
export function DrillDialog({
  filter,
  scope,
  figure,
  onClose,
}: {
  filter: DashboardFilter;
  /** What the figure covers (project, period, territory), in words. */
  scope: string;
  figure: DrillFigure;
  onClose: () => void;
}) {
  const labels = useReportLabels();
  const detailText = useDetailText();
  const drill = useDrill(filter, figure);
  const data = drill.data;
  const showDetail = data?.rows.some((r) => r.detail) ?? false;
  return (
    <Dialog
      title={labels.figure(figure)}
      onCancel={onClose}
      describedBy="drill-summary"
      actions={
        <button type="button" className="button" data-autofocus onClick={onClose}>
          <FormattedMessage id="reports.drill.close" />
        </button>
      }
    >
      <div className="drill" aria-busy={drill.loading}>
        <p className="drill-scope">{scope}</p>
        {!data ? (
          <LoadState loading={drill.loading} error={drill.error} onRetry={drill.reload} />
        ) : (
          <>
            <p id="drill-summary" className="drill-summary">
              {labels.t(countKey(figure), { count: data.total })}
            </p>
            {data.truncated ? (
              <p className="field-hint">
                <FormattedMessage
                  id="reports.drill.truncated"
                  values={{
                    shown: labels.number(data.rows.length),
                    total: labels.number(data.total),
                  }}
                />
              </p>
            ) : null}
            {data.rows.length === 0 ? (
              <p className="muted">
                <FormattedMessage id="reports.drill.empty" />
              </p>
            ) : (
              <div className="drill-scroll">
                <table className="data-table drill-table">
                  <caption className="visually-hidden">{labels.figure(figure)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">
                        <FormattedMessage id="reports.drill.col.name" />
                      </th>
                      {showDetail ? (
                        <th scope="col">
                          <FormattedMessage id="reports.drill.col.detail" />
                        </th>
                      ) : null}
                    </tr>
                  </thead>
                  <tbody>
                    {data.rows.map((row, index) => (
                      <tr key={`${row.participantId}-${index}`}>
                        <th scope="row">
                          <a href={paths.participant(row.participantId)}>
                            {row.name.trim() || labels.t('reports.drill.anonymised')}
                          </a>
                        </th>
                        {showDetail ? <td>{detailText(row.detail)}</td> : null}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </div>
    </Dialog>
  );
}
