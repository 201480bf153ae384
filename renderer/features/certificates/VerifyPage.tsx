import { useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { VerifyResult } from '../../../electron/features/certificates/contract';
import { Field } from '../../ui/Field';
import { PageHeading } from '../../ui/PageHeading';
import { TextField } from '../../ui/TextField';
import { MAX_VERIFY_BYTES, readAsBase64 } from './files';
import { useVerifyCodeForm, useVerifyFileForm } from './forms';
import { CompetencesTabs } from '../competences/CompetencesTabs';
import { VerifyVerdict } from './VerifyVerdict';
import './certificates.css';
import { whileBusy } from '../../ui/busy';

interface Checked {
  result: VerifyResult;
  /** The file checked, or null for a typed code. */
  fileName: string | null;
}

function CodeForm({ onResult }: { onResult: (result: VerifyResult) => void }) {
  const { form, onSubmit, saving, formError } = useVerifyCodeForm(onResult);
  return (
    <form className="detail-section verify-form" noValidate onSubmit={onSubmit}>
      <h2>
        <FormattedMessage id="certificates.verify.byCode" />
      </h2>
      <TextField
        form={form}
        name="code"
        idPrefix="verify"
        label="certificates.verify.code"
        hint="certificates.verify.codeHint"
        inputClassName="mono"
      />
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button" {...whileBusy(saving)}>
          <FormattedMessage
            id={saving ? 'certificates.verify.checking' : 'certificates.verify.submitCode'}
          />
        </button>
      </div>
    </form>
  );
}

function FileForm({ onResult }: { onResult: (result: VerifyResult, fileName: string) => void }) {
  const [fileName, setFileName] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const chosen = useRef<string | null>(null);
  const { form, onSubmit, saving, formError } = useVerifyFileForm((result) =>
    onResult(result, chosen.current ?? ''),
  );
  const { setValue, setError, clearErrors } = form;
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    chosen.current = file?.name ?? null;
    setFileName(file?.name ?? null);
    setValue('pdfBase64', '');
    clearErrors('pdfBase64');
    if (!file) return;
    if (file.size > MAX_VERIFY_BYTES) {
      setError('pdfBase64', { type: 'size', message: 'errors.fileTooLarge' });
      return;
    }
    setReading(true);
    readAsBase64(file).then(
      (base64) => {
        setReading(false);
        if (chosen.current === file.name) setValue('pdfBase64', base64);
      },
      () => {
        setReading(false);
        setError('pdfBase64', { type: 'read', message: 'certificates.verify.unreadable' });
      },
    );
  };
  return (
    <form className="detail-section verify-form" noValidate onSubmit={onSubmit}>
      <h2>
        <FormattedMessage id="certificates.verify.byFile" />
      </h2>
      <Field
        id="verify-pdfBase64"
        label="certificates.verify.file"
        hint="certificates.verify.fileHint"
        error={form.formState.errors.pdfBase64?.message}
      >
        {(control) => (
          // The native picker's own texts follow the browser, not the app: it stays for the
          // keyboard and screen readers, and a translated button and file name are shown instead.
          <div className="file-picker">
            <input
              {...control}
              type="file"
              className="file-picker-input"
              accept="application/pdf,.pdf"
              onChange={onChange}
            />
            <label htmlFor={control.id} className="button-secondary" aria-hidden="true">
              <FormattedMessage id="certificates.verify.chooseButton" />
            </label>
            <span className="file-picker-name" aria-hidden="true">
              {fileName ?? <FormattedMessage id="certificates.verify.noFile" />}
            </span>
          </div>
        )}
      </Field>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button" disabled={saving || reading}>
          <FormattedMessage
            id={
              saving || reading ? 'certificates.verify.checking' : 'certificates.verify.submitFile'
            }
          />
        </button>
      </div>
    </form>
  );
}

/** Verifica un attestato: by the code printed on it (or its QR code) or by the PDF itself. */
export function VerifyPage() {
  const intl = useIntl();
  const [checked, setChecked] = useState<Checked | null>(null);
  const show = (result: VerifyResult, fileName: string | null) => {
    setChecked({ result, fileName });
  };
  return (
    <section className="page certificates-page">
      <PageHeading id="certificates.verify.title" />
      <CompetencesTabs current="verify" />
      <p className="section-intro">
        <FormattedMessage id="certificates.verify.intro" />
      </p>
      <div className="verify-forms">
        <CodeForm onResult={(result) => show(result, null)} />
        <FileForm onResult={show} />
      </div>
      {checked ? (
        <VerifyVerdict
          result={checked.result}
          fileName={checked.fileName}
          label={intl.formatMessage({ id: 'certificates.verify.resultLabel' })}
        />
      ) : null}
    </section>
  );
}
