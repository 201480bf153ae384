import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import {
  MAX_IMPORT_FILE_BYTES,
  type ImportPreview,
  type ParticipantImportInput,
} from '../../../electron/features/imports/contract';
import { paths } from '../../app/router';
import { readAsBase64 } from '../certificates/files';
import { PageHeading } from '../../ui/PageHeading';
import { fromMapping, toMapping, useMappingForm, type MappingFormValues } from './forms';
import { useCourseChoices, useImportRun, useImportsApi, useSavedMappings } from './hooks';
import { blockedBy, ImportProgress, ImportReportView } from './ImportReport';
import { ImportOptions, MappingFields, SaveMapping } from './MappingForm';
import { PreviewTable } from './PreviewTable';
import { SavedMappings } from './SavedMappings';
import './imports.css';
import { whileBusy } from '../../ui/busy';

const KEEP: Pick<MappingFormValues, 'courseId' | 'onDuplicate'> = {
  courseId: '',
  onDuplicate: 'stop',
};

function focusLater(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/**
 * Participants from a spreadsheet: choose the file, look at its first rows,
 * match the columns (or use a saved matching), check every row, then import
 * everything in one go — or nothing, with the list of what to correct.
 */
export function ImportPage() {
  const intl = useIntl();
  const api = useImportsApi();
  const run = useImportRun();
  const courses = useCourseChoices();
  const saved = useSavedMappings();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; contentBase64: string } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [reading, setReading] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  /** The input last checked: the import sends exactly this. */
  const [checked, setChecked] = useState<ParticipantImportInput | null>(null);
  const [mode, setMode] = useState<'check' | 'import'>('check');
  const form = useMappingForm(fromMapping([], {}, KEEP).values);
  const status = run.status;
  const running = status?.state === 'running';
  const report = status?.state === 'done' ? status.report : null;
  const imported = mode === 'import' && report?.committed === true;

  // A change to the matching or the options makes the last check stale.
  useEffect(() => {
    const subscription = form.watch((_values, { name }) => {
      if (name && name !== 'saveAs') setChecked(null);
    });
    return () => subscription.unsubscribe();
  }, [form]);

  useEffect(() => {
    if (status?.state === 'done')
      focusLater(imported ? 'import-done-title' : 'import-report-title');
    if (status?.state === 'failed' || status?.state === 'cancelled') focusLater('import-outcome');
  }, [status?.state, imported]);

  async function readFile(event: FormEvent) {
    event.preventDefault();
    const chosen = fileInput.current?.files?.[0];
    setFileError(null);
    if (!chosen) {
      setFileError(intl.formatMessage({ id: 'imports.file.choose' }));
      fileInput.current?.focus();
      return;
    }
    // Refused here before reading it: the router would refuse it too, less kindly.
    if (chosen.size > MAX_IMPORT_FILE_BYTES) {
      setFileError(intl.formatMessage({ id: 'errors.fileTooLarge' }));
      fileInput.current?.focus();
      return;
    }
    setReading(true);
    const contentBase64 = await readAsBase64(chosen);
    const result = await api.preview({ fileName: chosen.name, contentBase64 });
    setReading(false);
    if (!result.ok) {
      setFileError(Object.values(result.error.fields ?? {})[0] ?? result.error.message);
      fileInput.current?.focus();
      return;
    }
    setFile({ name: chosen.name, contentBase64 });
    setPreview(result.data);
    form.reset(fromMapping(result.data.headers, { columns: result.data.suggested }, KEEP).values);
    run.reset();
    setChecked(null);
    focusLater('import-preview-title');
  }

  function otherFile() {
    setFile(null);
    setPreview(null);
    setChecked(null);
    setNotice(null);
    run.reset();
    focusLater('import-file');
  }

  function inputFor(values: MappingFormValues, dryRun: boolean): ParticipantImportInput {
    return {
      fileName: file?.name ?? '',
      contentBase64: file?.contentBase64 ?? '',
      mapping: toMapping(values),
      ...(values.courseId ? { courseId: Number(values.courseId) } : {}),
      onDuplicate: values.onDuplicate,
      dryRun,
    };
  }

  async function start(input: ParticipantImportInput, nextMode: 'check' | 'import') {
    setFormError(null);
    setNotice(null);
    const result = await api.start(input);
    if (!result.ok) {
      setFormError(Object.values(result.error.fields ?? {})[0] ?? result.error.message);
      return;
    }
    setMode(nextMode);
    if (nextMode === 'check') setChecked(input);
    run.follow(result.data);
  }

  const check = form.handleSubmit((values) => start(inputFor(values, true), 'check'));

  async function saveMapping(name: string): Promise<string | null> {
    const result = await api.saveMapping({ name, mapping: toMapping(form.getValues()) });
    if (!result.ok) return Object.values(result.error.fields ?? {})[0] ?? result.error.message;
    saved.reload();
    form.setValue('saveAs', '');
    setNotice(intl.formatMessage({ id: 'imports.saved.saved' }, { name }));
    return null;
  }

  if (imported && report) {
    return (
      <section className="page import-page">
        <PageHeading id="imports.title" />
        <h2 id="import-done-title" tabIndex={-1}>
          <FormattedMessage id="imports.done.title" />
        </h2>
        <p className="notice" role="status">
          <FormattedMessage id="imports.done.created" values={{ count: report.created }} />
          {checked?.courseId !== undefined || report.enrolled > 0 ? (
            <>
              {' '}
              <FormattedMessage
                id="imports.report.enrolments"
                values={{ count: report.enrolled }}
              />
            </>
          ) : null}
        </p>
        <p className="import-actions">
          <a className="button" href={paths.participants()} id="import-to-list">
            <FormattedMessage id="imports.done.toList" />
          </a>
          <button type="button" className="button-secondary" onClick={otherFile}>
            <FormattedMessage id="imports.done.another" />
          </button>
        </p>
      </section>
    );
  }

  const onDuplicate = form.watch('onDuplicate');
  const lastCheck = mode === 'check' && checked ? report : null;
  const ready = lastCheck && !blockedBy(lastCheck, checked?.onDuplicate ?? 'stop');

  return (
    <section className="page import-page">
      <PageHeading id="imports.title">
        <a className="button-quiet" href={paths.participants()}>
          <FormattedMessage id="imports.back" />
        </a>
      </PageHeading>
      <p className="muted">
        <FormattedMessage id="imports.intro" />
      </p>

      <section aria-labelledby="import-file-title" className="import-step">
        <h2 id="import-file-title">
          <FormattedMessage id="imports.file.title" />
        </h2>
        {preview && file ? (
          <p>
            <strong>{file.name}</strong>{' '}
            <button
              type="button"
              className="button-quiet"
              onClick={otherFile}
              {...whileBusy(running)}
            >
              <FormattedMessage id="imports.preview.otherFile" />
            </button>
          </p>
        ) : (
          <form className="import-file" onSubmit={(e) => void readFile(e)} noValidate>
            <div className={`field${fileError ? ' field-invalid' : ''}`}>
              <label htmlFor="import-file">
                <FormattedMessage id="imports.file.label" />
              </label>
              <input
                id="import-file"
                ref={fileInput}
                type="file"
                accept=".xlsx,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-describedby={
                  fileError ? 'import-file-error import-file-hint' : 'import-file-hint'
                }
                aria-invalid={Boolean(fileError)}
              />
              <p className="field-hint" id="import-file-hint">
                <FormattedMessage id="imports.file.hint" />
              </p>
              {fileError ? (
                <p className="field-error" id="import-file-error" role="alert">
                  {fileError}
                </p>
              ) : null}
            </div>
            <button type="submit" className="button" disabled={reading}>
              <FormattedMessage id={reading ? 'imports.file.reading' : 'imports.file.read'} />
            </button>
          </form>
        )}
      </section>

      {preview && file ? (
        <>
          <section aria-labelledby="import-preview-title" className="import-step">
            <h2 id="import-preview-title" tabIndex={-1}>
              <FormattedMessage id="imports.preview.title" />
            </h2>
            <PreviewTable preview={preview} fileName={file.name} />
          </section>

          <form className="import-step" onSubmit={(e) => void check(e)} noValidate>
            <h2>
              <FormattedMessage id="imports.mapping.title" />
            </h2>
            <p className="muted">
              <FormattedMessage id="imports.mapping.help" />
            </p>
            <SavedMappings
              saved={saved.data ?? []}
              onApply={(mapping) => {
                const { values, missing } = fromMapping(preview.headers, mapping.mapping, {
                  courseId: form.getValues('courseId'),
                  onDuplicate: form.getValues('onDuplicate'),
                });
                form.reset(values);
                setNotice(
                  missing.length > 0
                    ? intl.formatMessage(
                        { id: 'imports.saved.missing' },
                        { name: mapping.name, columns: missing.join(', ') },
                      )
                    : intl.formatMessage({ id: 'imports.saved.applied' }, { name: mapping.name }),
                );
              }}
              onDelete={async (id) => {
                const result = await api.deleteMapping({ id });
                if (!result.ok) return result.error.message;
                saved.reload();
                setNotice(intl.formatMessage({ id: 'imports.saved.deleted' }));
                return null;
              }}
            />
            <MappingFields headers={preview.headers} form={form} />
            <SaveMapping form={form} onSave={saveMapping} />
            <h2>
              <FormattedMessage id="imports.options.title" />
            </h2>
            <ImportOptions courses={courses.data ?? []} form={form} />
            <p role="status" className="import-notice">
              {notice}
            </p>
            {formError ? (
              <p className="field-error" role="alert">
                {formError}
              </p>
            ) : null}
            <button type="submit" className="button" id="import-check" {...whileBusy(running)}>
              <FormattedMessage id="imports.check.submit" />
            </button>
          </form>
        </>
      ) : null}

      {status && running ? (
        <ImportProgress status={status} cancelling={run.cancelling} onCancel={run.cancel} />
      ) : null}
      <div
        id="import-outcome"
        tabIndex={-1}
        role={status?.state === 'failed' ? 'alert' : undefined}
      >
        {status?.state === 'failed' ? (
          <p className="field-error">{status.error ?? run.error?.message}</p>
        ) : null}
        {status?.state === 'cancelled' ? (
          <p className="notice">
            <FormattedMessage id="imports.progress.cancelled" />
          </p>
        ) : null}
      </div>

      {report && (lastCheck || mode === 'import') ? (
        <section aria-labelledby="import-report-title" className="import-step">
          <h2 id="import-report-title" tabIndex={-1}>
            <FormattedMessage id="imports.report.title" />
          </h2>
          <ImportReportView
            report={report}
            onDuplicate={checked?.onDuplicate ?? onDuplicate}
            withCourse={Boolean(checked?.courseId ?? form.getValues('courseId'))}
          />
          {ready && checked && (lastCheck.created > 0 || lastCheck.enrolled > 0) ? (
            <button
              type="button"
              className="button"
              id="import-commit"
              {...whileBusy(running)}
              onClick={() => void start({ ...checked, dryRun: false }, 'import')}
            >
              <FormattedMessage id="imports.import.submit" values={{ count: lastCheck.created }} />
            </button>
          ) : null}
        </section>
      ) : null}
    </section>
  );
}
