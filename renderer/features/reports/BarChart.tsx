import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useReportLabels } from './labels';
import './charts.css';

export interface Bar {
  key: string;
  label: string;
  count: number;
}

interface BarChartProps {
  id: string;
  title: string;
  note: string;
  /** What is counted: people, or enrolments for the attendance rates. */
  unit: 'people' | 'enrolments';
  bars: Bar[];
  /** The whole the shares are of (people reached, or every enrolment). */
  total: number;
  onOpen: (key: string) => void;
}

/**
 * Horizontal bars in plain HTML and CSS. Each bar is a button that opens the
 * people behind it; the numbers are written on the bars and, one click away,
 * in a table. The caption and the buttons' names are the text alternative.
 */
export function BarChart({ id, title, note, unit, bars, total, onOpen }: BarChartProps) {
  const labels = useReportLabels();
  const [showTable, setShowTable] = useState(false);
  const largest = Math.max(0, ...bars.map((b) => b.count));
  const share = (count: number) => (total > 0 ? labels.percent(count / total) : '–');
  const countText = (count: number) =>
    labels.t(unit === 'people' ? 'reports.count.people' : 'reports.count.enrolments', { count });
  const summary = labels.t('reports.chart.summary', {
    title,
    items: bars.map((b) => `${b.label} ${countText(b.count)} (${share(b.count)})`).join('; '),
  });

  return (
    <figure className="chart-card" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        <p className="chart-note" id={`${id}-note`}>
          {note}
        </p>
      </figcaption>
      {bars.length === 0 || largest === 0 ? (
        <p className="chart-empty">
          <FormattedMessage id="reports.chart.empty" />
        </p>
      ) : (
        <ul className="bar-list" aria-label={summary}>
          {bars.map((bar) => {
            const width = largest > 0 ? (bar.count / largest) * 100 : 0;
            // Read out as "Donne: 2 persone, 50%, vedi l’elenco"; seen as label, bar, numbers.
            const content = (
              <>
                <span className="bar-label">{bar.label}</span>
                <span className="visually-hidden">
                  {`: ${countText(bar.count)}, ${share(bar.count)}${bar.count > 0 ? labels.t('reports.chart.openHint') : ''}`}
                </span>
                <span className="bar-track" aria-hidden="true">
                  <span className="bar-fill" style={{ width: `${width}%` }} />
                </span>
                <span className="bar-value" aria-hidden="true">
                  <span className="bar-count">{labels.number(bar.count)}</span>
                  <span className="bar-share">{share(bar.count)}</span>
                </span>
              </>
            );
            return (
              <li key={bar.key}>
                {bar.count > 0 ? (
                  <button
                    type="button"
                    className="bar-row"
                    data-key={bar.key}
                    onClick={() => onOpen(bar.key)}
                  >
                    {content}
                  </button>
                ) : (
                  <span className="bar-row bar-row-empty" data-key={bar.key}>
                    {content}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {bars.length > 0 ? (
        <>
          <button
            type="button"
            className="button-quiet chart-toggle"
            aria-expanded={showTable}
            aria-controls={`${id}-table`}
            onClick={() => setShowTable((v) => !v)}
          >
            <FormattedMessage
              id={showTable ? 'reports.chart.hideNumbers' : 'reports.chart.showNumbers'}
            />
          </button>
          <div id={`${id}-table`} hidden={!showTable}>
            <table className="data-table chart-table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <FormattedMessage id="reports.chart.col.item" />
                  </th>
                  <th scope="col" className="numeric">
                    <FormattedMessage
                      id={
                        unit === 'people'
                          ? 'reports.chart.col.people'
                          : 'reports.chart.col.enrolments'
                      }
                    />
                  </th>
                  <th scope="col" className="numeric">
                    <FormattedMessage id="reports.chart.col.share" />
                  </th>
                </tr>
              </thead>
              <tbody>
                {bars.map((bar) => (
                  <tr key={bar.key}>
                    <th scope="row">{bar.label}</th>
                    <td className="numeric">{labels.number(bar.count)}</td>
                    <td className="numeric">{share(bar.count)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">
                    <FormattedMessage id="reports.chart.total" />
                  </th>
                  <td className="numeric">{labels.number(total)}</td>
                  <td />
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      ) : null}
    </figure>
  );
}
