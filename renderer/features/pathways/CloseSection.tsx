import { useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import { contract } from '../../../electron/api/contract';
import type { PathwayDetail } from '../../../electron/features/pathways/contract';
import { useCan } from '../auth/session';
import { useApiForm } from '../../ui/apiForm';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { TextField } from '../../ui/TextField';
import { localToday } from './dates';
import { usePathwaysApi } from './hooks';
import { SectionTitle } from './SectionTitle';
import { whileBusy } from '../../ui/busy';

const statusSchema = contract['pathways.setStatus'].input;
type StatusInput = z.output<typeof statusSchema>;
const CLOSING = ['completed', 'closed', 'dropped'] as const;

/** Chiudi percorso: a closing status with its date and outcome; open plan actions need a confirmation. */
export function CloseSection({
  pathway,
  onChanged,
}: {
  pathway: PathwayDetail;
  onChanged: () => void;
}) {
  const intl = useIntl();
  const can = useCan();
  const { setStatus } = usePathwaysApi();
  const sent = useRef<StatusInput | null>(null);
  const [confirming, setConfirming] = useState<{ values: StatusInput; message: string } | null>(
    null,
  );
  const [resending, setResending] = useState(false);
  const [resendError, setResendError] = useState<string | null>(null);
  const { form, onSubmit, saving, formError } = useApiForm({
    schema: statusSchema,
    defaultValues: { id: pathway.id, status: 'completed', date: localToday(), outcome: '' },
    fields: ['status', 'date', 'outcome'],
    call: (values) => {
      sent.current = values;
      return setStatus(values);
    },
    onSuccess: onChanged,
    onFailure: (error) => {
      if (error.code !== 'conflict' || !sent.current) return false;
      setConfirming({ values: sent.current, message: error.message });
      return true;
    },
  });
  const closed = CLOSING.some((s) => s === pathway.status);
  if (!can('pathways.setStatus') || closed) {
    return (
      <section className="detail-section pathway-section" aria-labelledby="pathway-close-title">
        <SectionTitle section="close" />
        <p className="muted">
          <FormattedMessage id={closed ? 'pathways.close.already' : 'pathways.close.notAllowed'} />
        </p>
      </section>
    );
  }
  const confirm = async () => {
    if (!confirming) return;
    setResending(true);
    const result = await setStatus({ ...confirming.values, confirmOpenActions: true });
    setResending(false);
    if (result.ok) {
      setConfirming(null);
      onChanged();
    } else {
      setResendError(result.error.message);
    }
  };
  return (
    <section className="detail-section pathway-section" aria-labelledby="pathway-close-title">
      <SectionTitle section="close" />
      <form className="pathway-form" onSubmit={onSubmit} noValidate>
        <div className="form-grid">
          <Field
            id="close-status"
            label="pathways.close.status"
            required
            error={form.formState.errors.status?.message}
          >
            {(control) => (
              <select {...control} {...form.register('status')}>
                {CLOSING.map((s) => (
                  <option key={s} value={s}>
                    {intl.formatMessage({ id: `pathways.status.${s}` })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TextField
            form={form}
            name="date"
            idPrefix="close"
            label="pathways.close.date"
            type="date"
            required
          />
        </div>
        <Field
          id="close-outcome"
          label="pathways.close.outcome"
          error={form.formState.errors.outcome?.message}
        >
          {(control) => <textarea {...control} rows={3} {...form.register('outcome')} />}
        </Field>
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button" {...whileBusy(saving)}>
            <FormattedMessage id="pathways.close.submit" />
          </button>
        </div>
      </form>
      {confirming ? (
        <Dialog
          title={intl.formatMessage({ id: 'pathways.close.confirmTitle' })}
          describedBy="close-confirm-body"
          onCancel={() => setConfirming(null)}
          actions={
            <>
              <button
                type="button"
                className="button-secondary"
                data-autofocus
                onClick={() => setConfirming(null)}
              >
                <FormattedMessage id="common.cancel" />
              </button>
              <button
                type="button"
                className="button"
                disabled={resending}
                onClick={() => void confirm()}
              >
                <FormattedMessage id="pathways.close.confirm" />
              </button>
            </>
          }
        >
          <p id="close-confirm-body">{confirming.message}</p>
          {resendError ? (
            <p className="form-error" role="alert">
              {resendError}
            </p>
          ) : null}
        </Dialog>
      ) : null}
    </section>
  );
}
