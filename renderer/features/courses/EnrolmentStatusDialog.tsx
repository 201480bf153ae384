import { FormattedMessage, useIntl } from 'react-intl';
import { todayIso } from '../../../electron/api/fields';
import { ENROLMENT_STATUSES, type Enrolment } from '../../../electron/features/courses/contract';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { TextField } from '../../ui/TextField';
import { useEnrolmentStatusForm } from './forms';
import { whileBusy } from '../../ui/busy';

/** A new status for one enrolment, with the date it took effect and why. */
export function EnrolmentStatusDialog({
  enrolment,
  onClose,
}: {
  enrolment: Enrolment;
  onClose: (saved: Enrolment | null) => void;
}) {
  const intl = useIntl();
  const { form, onSubmit, saving, formError } = useEnrolmentStatusForm(
    enrolment,
    todayIso(),
    onClose,
  );
  return (
    <Dialog
      title={intl.formatMessage(
        { id: 'courses.enrol.statusTitle' },
        { name: `${enrolment.lastName} ${enrolment.firstName}` },
      )}
      onCancel={() => onClose(null)}
      actions={
        <>
          <button type="button" className="button-secondary" onClick={() => onClose(null)}>
            <FormattedMessage id="common.cancel" />
          </button>
          <button
            type="submit"
            form="enrolment-status-form"
            className="button"
            {...whileBusy(saving)}
          >
            <FormattedMessage id="courses.enrol.saveStatus" />
          </button>
        </>
      }
    >
      <form id="enrolment-status-form" noValidate onSubmit={onSubmit}>
        <Field
          id="enrolment-status"
          label="courses.enrol.col.status"
          required
          error={form.formState.errors.status?.message}
        >
          {(control) => (
            <select data-autofocus {...control} {...form.register('status')}>
              {ENROLMENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {intl.formatMessage({ id: `courses.enrolmentStatus.${s}` })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          form={form}
          name="date"
          idPrefix="enrolment"
          label="courses.enrol.field.date"
          type="date"
          required
        />
        <TextField
          form={form}
          name="reason"
          idPrefix="enrolment"
          label="courses.enrol.col.reason"
        />
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}
