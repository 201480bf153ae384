import { useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { DashboardFilter } from '../../../electron/features/reports/contract';
import { saveFile } from '../courses/documents';
import { useReportExport, type ExportFormat } from './hooks';

const FORMATS: readonly ExportFormat[] = ['xlsx', 'csv_indicators', 'csv_participants', 'pdf'];

type Outcome =
  { kind: 'done'; fileName: string } | { kind: 'cancelled' } | { kind: 'error'; message: string };

/**
 * The funder's files for the filter on screen. One export at a time; while it
 * runs the window stays usable and the wait can be abandoned (nothing is saved then).
 */
export function ExportBar({ filter }: { filter: DashboardFilter }) {
  const intl = useIntl();
  const exportReport = useReportExport();
  const [working, setWorking] = useState<ExportFormat | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const run = useRef(0);

  const start = async (format: ExportFormat) => {
    // The buttons stay focusable while an export runs (a disabled button would drop the focus).
    if (working !== null) return;
    const ticket = ++run.current;
    setWorking(format);
    setOutcome(null);
    const result = await exportReport(filter, format);
    if (ticket !== run.current) return;
    setWorking(null);
    if (result.ok) {
      saveFile(result.data);
      setOutcome({ kind: 'done', fileName: result.data.fileName });
    } else {
      setOutcome({ kind: 'error', message: result.error.message });
    }
  };

  const cancel = () => {
    run.current += 1;
    setWorking(null);
    setOutcome({ kind: 'cancelled' });
  };

  const formatName = (format: ExportFormat) =>
    intl.formatMessage({ id: `reports.export.${format}` });

  return (
    <section className="export-bar" aria-labelledby="export-title" aria-busy={working !== null}>
      <h2 id="export-title">
        <FormattedMessage id="reports.export.title" />
      </h2>
      <div className="export-buttons">
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="button-secondary"
            aria-disabled={working !== null}
            onClick={() => void start(format)}
          >
            {formatName(format)}
          </button>
        ))}
      </div>
      <p className="field-hint export-hint">
        <FormattedMessage id="reports.export.hint" />
      </p>
      <div className="export-status">
        <div role="status" className="work-status">
          {working ? (
            <p className="progress">
              <progress className="export-progress" aria-hidden="true" />
              <FormattedMessage
                id="reports.export.preparing"
                values={{ format: formatName(working) }}
              />
            </p>
          ) : outcome?.kind === 'done' ? (
            <p className="export-done">
              <FormattedMessage id="reports.export.done" values={{ fileName: outcome.fileName }} />
            </p>
          ) : outcome?.kind === 'cancelled' ? (
            <p className="export-done">
              <FormattedMessage id="reports.export.cancelled" />
            </p>
          ) : null}
        </div>
        {working ? (
          <button type="button" className="button-quiet" onClick={cancel}>
            <FormattedMessage id="reports.export.cancel" />
          </button>
        ) : null}
      </div>
      {outcome?.kind === 'error' ? (
        <p className="load-error" role="alert">
          {outcome.message}
        </p>
      ) : null}
    </section>
  );
}
