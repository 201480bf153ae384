import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { FrameworkImportReport } from '../../../electron/features/competences/contract';
import { Field } from '../../ui/Field';
import { readAsBase64 } from '../certificates/files';
import { useFrameworkImportForm } from './forms';

/** The largest file the server takes (its base64 limit is 14 000 000 characters). */
const MAX_BYTES = 10 * 1024 * 1024;

/** A framework file (JSON or CSV, as exported): all or nothing, with a report by line. */
export function FrameworkImport({ onImported }: { onImported: () => void }) {
  const [report, setReport] = useState<FrameworkImportReport | null>(null);
  const [reading, setReading] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);
  const { form, onSubmit, saving, formError } = useFrameworkImportForm((answer) => {
    setReport(answer);
    if (answer.committed) onImported();
  });
  const { setValue, setError, clearErrors } = form;

  const choose = (file: File | undefined) => {
    setReport(null);
    clearErrors('contentBase64');
    setValue('contentBase64', '');
    setFileName(file?.name ?? null);
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setError('contentBase64', { message: 'errors.fileTooLarge' });
      return;
    }
    setValue('format', /\.json$/i.test(file.name) ? 'json' : 'csv');
    setReading(true);
    void readAsBase64(file)
      .then((content) => setValue('contentBase64', content))
      .catch(() => setError('contentBase64', { message: 'competences.import.unreadable' }))
      .finally(() => setReading(false));
  };

  return (
    <section aria-labelledby="framework-import-title" className="framework-import">
      <h2 id="framework-import-title">
        <FormattedMessage id="competences.import.title" />
      </h2>
      <p className="muted">
        <FormattedMessage id="competences.import.help" />
      </p>
      <form className="import-form" noValidate onSubmit={onSubmit}>
        <Field
          id="framework-import-file"
          label="competences.import.file"
          error={form.formState.errors.contentBase64?.message}
        >
          {(control) => (
            // The native picker's texts follow the browser, not the app: it stays for the keyboard
            // and screen readers, and a translated button and file name are shown instead.
            <div className="file-picker">
              <input
                {...control}
                type="file"
                className="file-picker-input"
                accept=".json,.csv,application/json,text/csv"
                onChange={(e) => choose(e.target.files?.[0])}
              />
              <label htmlFor={control.id} className="button-secondary" aria-hidden="true">
                <FormattedMessage id="competences.import.choose" />
              </label>
              <span className="file-picker-name" aria-hidden="true">
                {fileName ?? <FormattedMessage id="competences.import.noneChosen" />}
              </span>
            </div>
          )}
        </Field>
        <button type="submit" className="button" disabled={saving || reading}>
          <FormattedMessage
            id={saving ? 'competences.import.working' : 'competences.import.submit'}
          />
        </button>
      </form>
      <div role="status" aria-live="polite">
        {formError ? <p className="form-error">{formError}</p> : null}
        {report?.committed ? (
          <p className="notice">
            <FormattedMessage
              id="competences.import.done"
              values={{ created: report.created, updated: report.updated }}
            />
          </p>
        ) : null}
      </div>
      {report && !report.committed ? (
        <div role="alert" className="import-report">
          <p className="field-error">
            <FormattedMessage
              id="competences.import.rejected"
              values={{ count: report.problems.length }}
            />
          </p>
          <ul className="import-problems">
            {report.problems.map((problem) => (
              <li key={problem.line}>
                <strong>
                  <FormattedMessage id="competences.import.line" values={{ line: problem.line }} />
                </strong>
                : {problem.messages.join(' · ')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
