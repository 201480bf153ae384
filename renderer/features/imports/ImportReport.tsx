import { FormattedMessage, useIntl } from 'react-intl';
import type {
  ImportJobStatus,
  ParticipantImportReport,
} from '../../../electron/features/imports/contract';
import { paths } from '../../app/router';
import { useFormatDate } from '../../ui/dates';

/** The bar of a check or an import running in the main process, with a way to stop it. */
export function ImportProgress({
  status,
  cancelling,
  onCancel,
}: {
  status: ImportJobStatus;
  cancelling: boolean;
  onCancel: () => void;
}) {
  const intl = useIntl();
  const text =
    status.phase === 'reading'
      ? intl.formatMessage({ id: 'imports.progress.reading' })
      : status.phase === 'checking'
        ? intl.formatMessage(
            { id: 'imports.progress.checking' },
            { done: status.done, total: status.total },
          )
        : intl.formatMessage({ id: 'imports.progress.saving' }, { total: status.total });
  const determinate = status.phase === 'checking' && status.total > 0;
  return (
    <div className="import-progress">
      <label htmlFor="import-progress-bar">
        <FormattedMessage id="imports.progress.label" />
      </label>
      {determinate ? (
        <progress
          id="import-progress-bar"
          max={status.total}
          value={status.done}
          aria-valuetext={text}
        />
      ) : (
        <progress id="import-progress-bar" aria-valuetext={text} />
      )}
      <p aria-hidden="true">{text}</p>
      {status.phase !== 'saving' ? (
        <button
          type="button"
          id="import-cancel"
          className="button-secondary"
          disabled={cancelling}
          onClick={onCancel}
        >
          <FormattedMessage id="imports.progress.cancel" />
        </button>
      ) : null}
    </div>
  );
}

/** Whether the checked file can be imported as it is, with the options chosen. */
export function blockedBy(report: ParticipantImportReport, onDuplicate: 'stop' | 'skip') {
  if (report.problemLines > 0) return 'problems';
  if (onDuplicate === 'stop' && report.duplicates.length > 0) return 'duplicates';
  return null;
}

/** Every line with problems and every person already registered, as the check found them. */
export function ImportReportView({
  report,
  onDuplicate,
  withCourse,
}: {
  report: ParticipantImportReport;
  onDuplicate: 'stop' | 'skip';
  withCourse: boolean;
}) {
  const formatDate = useFormatDate();
  const blocked = blockedBy(report, onDuplicate);
  return (
    <div className="import-report">
      <p>
        <FormattedMessage
          id="imports.report.summary"
          values={{
            total: report.totalRows,
            created: report.created,
            duplicates: report.duplicates.length,
            problems: report.problemLines,
          }}
        />
        {withCourse ? (
          <>
            {' '}
            <FormattedMessage id="imports.report.enrolments" values={{ count: report.enrolled }} />
          </>
        ) : null}
      </p>
      {blocked ? (
        <p className="field-error" role="alert">
          <FormattedMessage
            id={
              blocked === 'problems'
                ? 'imports.report.blockedProblems'
                : 'imports.report.blockedDuplicates'
            }
          />
        </p>
      ) : (
        <p className="notice">
          <FormattedMessage
            id={
              report.created > 0 || report.enrolled > 0
                ? 'imports.report.ready'
                : 'imports.report.nothingNew'
            }
          />
        </p>
      )}
      {report.warnings.length > 0 ? (
        <div className="import-warnings">
          <h3>
            <FormattedMessage id="imports.warnings" />
          </h3>
          <ul>
            {report.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {report.problems.length > 0 ? (
        <table className="data-table import-problems" id="import-problems">
          <caption>
            <FormattedMessage id="imports.report.problems" />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="imports.report.line" />
              </th>
              <th scope="col">
                <FormattedMessage id="imports.report.issues" />
              </th>
            </tr>
          </thead>
          <tbody>
            {report.problems.map((problem) => (
              <tr key={problem.line}>
                <th scope="row" className="numeric">
                  {problem.line}
                </th>
                <td>
                  <ul>
                    {problem.messages.map((m) => (
                      <li key={m}>{m}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {report.problemLines > report.problems.length ? (
        <p>
          <FormattedMessage
            id="imports.report.more"
            values={{ count: report.problemLines - report.problems.length }}
          />
        </p>
      ) : null}
      {report.duplicates.length > 0 ? (
        <table className="data-table import-duplicates" id="import-duplicates">
          <caption>
            <FormattedMessage id="imports.report.duplicates" />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="imports.report.line" />
              </th>
              <th scope="col">
                <FormattedMessage id="imports.report.existing" />
              </th>
              <th scope="col">
                <FormattedMessage id="imports.report.reason" />
              </th>
              <th scope="col">
                <FormattedMessage id="imports.report.outcome" />
              </th>
            </tr>
          </thead>
          <tbody>
            {report.duplicates.map((d) => (
              <tr key={d.line}>
                <th scope="row" className="numeric">
                  {d.line}
                </th>
                <td>
                  {d.existing ? (
                    <>
                      <a href={paths.participant(d.existing.id)}>
                        {`${d.existing.lastName} ${d.existing.firstName}`}
                      </a>{' '}
                      <span className="muted">
                        <FormattedMessage
                          id="imports.report.bornOn"
                          values={{ date: formatDate(d.existing.birthDate) }}
                        />
                      </span>
                    </>
                  ) : (
                    <FormattedMessage id="imports.report.hidden" />
                  )}
                </td>
                <td>
                  <FormattedMessage id={`participants.duplicates.reason.${d.reason}`} />
                </td>
                <td>
                  <FormattedMessage
                    id={
                      onDuplicate === 'stop'
                        ? 'imports.report.outcome.stop'
                        : d.enrolled
                          ? 'imports.report.outcome.enrolled'
                          : 'imports.report.outcome.skip'
                    }
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
