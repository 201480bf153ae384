import { useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ImportReport } from '../../../electron/features/attendance/contract';
import type { ApiError } from '../../../electron/api/errors';
import { useCoursesApi } from './hooks';
import { whileBusy } from '../../ui/busy';

/** Reads a file as base64 without loading it into a string of its own first. */
async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/** Sessions and attendance from a spreadsheet: all or nothing, with a row-by-row report. */
export function ImportSection({
  courseId,
  onImported,
}: {
  courseId: number;
  onImported: () => void;
}) {
  const intl = useIntl();
  const api = useCoursesApi();
  const input = useRef<HTMLInputElement>(null);
  const [working, setWorking] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    const file = input.current?.files?.[0];
    setReport(null);
    setError(null);
    if (!file) {
      setError(intl.formatMessage({ id: 'attendance.import.noFile' }));
      input.current?.focus();
      return;
    }
    setWorking(true);
    try {
      const result = await api.importAttendance({
        courseId,
        fileName: file.name,
        contentBase64: await toBase64(file),
      });
      if (!result.ok) {
        const e: ApiError = result.error;
        setError(Object.values(e.fields ?? {})[0] ?? e.message);
      } else {
        setReport(result.data);
        if (result.data.committed) onImported();
      }
    } finally {
      setWorking(false);
    }
  }

  return (
    <section aria-labelledby="import-title" className="import-section">
      <h3 id="import-title">
        <FormattedMessage id="attendance.import.title" />
      </h3>
      <p className="muted" id="import-help">
        <FormattedMessage id="attendance.import.help" />
      </p>
      <form
        className="import-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label htmlFor="import-file">
          <FormattedMessage id="attendance.import.file" />
        </label>
        <input
          id="import-file"
          ref={input}
          type="file"
          accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby="import-help"
        />
        <button type="submit" className="button" {...whileBusy(working)}>
          <FormattedMessage
            id={working ? 'attendance.import.working' : 'attendance.import.submit'}
          />
        </button>
      </form>
      <div role="status" aria-live="polite">
        {error ? <p className="field-error">{error}</p> : null}
        {report?.committed ? (
          <p className="notice">
            <FormattedMessage
              id="attendance.import.done"
              values={{ sessions: report.sessionsCreated, marks: report.marksSaved }}
            />
          </p>
        ) : null}
      </div>
      {report && !report.committed ? (
        <div role="alert">
          <p className="field-error">
            <FormattedMessage
              id="attendance.import.rejected"
              values={{ count: report.problems.length }}
            />
          </p>
          <ul className="import-problems">
            {report.problems.map((problem) => (
              <li key={problem.line}>
                <strong>
                  <FormattedMessage id="attendance.import.line" values={{ line: problem.line }} />
                </strong>
                : {problem.messages.join(' ')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
