import type { FormEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import type { UseFormRegisterReturn } from 'react-hook-form';

/**
 * The box that confirms an erasure (the contract's `confirm: true`), its error and the
 * server's answer: one form for one person and for the retention review's batch.
 */
export function ConfirmErasureForm({
  id,
  confirm,
  confirmError,
  formError,
  onSubmit,
}: {
  /** Prefix of the form's ids: the dialog's buttons submit `${id}-form`. */
  id: string;
  confirm: UseFormRegisterReturn;
  confirmError: string | undefined;
  formError: string | null;
  onSubmit: (event?: FormEvent) => unknown;
}) {
  return (
    <form id={`${id}-form`} className="erasure-confirm" noValidate onSubmit={onSubmit}>
      <div className={`field${confirmError ? ' field-invalid' : ''}`}>
        <label className="choice">
          <input
            type="checkbox"
            id={`${id}-confirm`}
            aria-invalid={Boolean(confirmError)}
            aria-describedby={confirmError ? `${id}-confirm-error` : undefined}
            {...confirm}
          />
          <FormattedMessage id="privacy.dialog.confirm" />
        </label>
        {confirmError ? (
          <p className="field-error" id={`${id}-confirm-error`}>
            {confirmError}
          </p>
        ) : null}
      </div>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
    </form>
  );
}
