import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CertificateEntry } from '../../../electron/features/certificates/contract';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { useRevokeForm } from './forms';
import { useCertificatesApi } from './hooks';
import { whileBusy } from '../../ui/busy';

/** Revoking a certificate for good: the reason is required and shown by Verify afterwards. */
export function RevokeDialog({
  certificate,
  onClose,
}: {
  certificate: CertificateEntry;
  onClose: (revoked: boolean) => void;
}) {
  const intl = useIntl();
  const { form, onSubmit, saving, formError } = useRevokeForm(certificate, () => onClose(true));
  const values = { number: certificate.number, name: certificate.participantName };
  return (
    <Dialog
      title={intl.formatMessage({ id: 'certificates.revoke.title' }, values)}
      describedBy="revoke-body"
      onCancel={() => onClose(false)}
      actions={
        <>
          <button type="button" className="button-secondary" onClick={() => onClose(false)}>
            <FormattedMessage id="common.cancel" />
          </button>
          <button
            type="submit"
            form="revoke-form"
            className="button button-danger"
            {...whileBusy(saving)}
          >
            <FormattedMessage id="certificates.revoke.confirm" />
          </button>
        </>
      }
    >
      <form id="revoke-form" className="dialog-form" noValidate onSubmit={onSubmit}>
        <p id="revoke-body">
          <FormattedMessage id="certificates.revoke.body" />
        </p>
        <Field
          id="revoke-reason"
          label="certificates.revoke.reason"
          hint="certificates.revoke.reasonHint"
          required
          error={form.formState.errors.reason?.message}
        >
          {(control) => (
            <textarea
              data-autofocus
              rows={3}
              maxLength={500}
              {...control}
              {...form.register('reason')}
            />
          )}
        </Field>
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}

/** A new number for the same person and records; the old certificate is marked as replaced. */
export function ReissueDialog({
  certificate,
  onClose,
}: {
  certificate: CertificateEntry;
  onClose: (issued: CertificateEntry | null) => void;
}) {
  const intl = useIntl();
  const { reissue } = useCertificatesApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = () => {
    setBusy(true);
    setError(null);
    void reissue({ id: certificate.id }).then((result) => {
      setBusy(false);
      if (result.ok) onClose(result.data);
      else setError(result.error.message);
    });
  };
  return (
    <Dialog
      title={intl.formatMessage(
        { id: 'certificates.reissue.title' },
        { number: certificate.number, name: certificate.participantName },
      )}
      describedBy="reissue-body"
      onCancel={() => onClose(null)}
      actions={
        <>
          <button
            type="button"
            className="button-secondary"
            data-autofocus
            onClick={() => onClose(null)}
          >
            <FormattedMessage id="common.cancel" />
          </button>
          <button type="button" className="button" {...whileBusy(busy)} onClick={confirm}>
            <FormattedMessage id="certificates.reissue.confirm" />
          </button>
        </>
      }
    >
      <p id="reissue-body">
        <FormattedMessage id="certificates.reissue.body" values={{ number: certificate.number }} />
      </p>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </Dialog>
  );
}
