import { FormattedMessage, useIntl } from 'react-intl';
import { todayIso } from '../../../electron/api/fields';
import {
  SESSION_STATUSES,
  type Course,
  type Session,
} from '../../../electron/features/courses/contract';
import { useCan } from '../auth/session';
import { Field } from '../../ui/Field';
import { TextField } from '../../ui/TextField';
import { useSessionForm } from './forms';
import { useTrainerChoices } from './hooks';
import { whileBusy } from '../../ui/busy';

type SessionFormApi = ReturnType<typeof useSessionForm>['form'];

/** The trainer of one session, for those who may list the trainer accounts. */
function TrainerSelect({ form, idPrefix }: { form: SessionFormApi; idPrefix: string }) {
  const intl = useIntl();
  const can = useCan();
  const allowed = can('users.trainers');
  const trainers = useTrainerChoices(allowed);
  const current = form.getValues('data.trainerId');
  if (!allowed) return null;
  const listed = current === undefined || trainers.some((t) => t.id === current);
  return (
    <Field
      id={`${idPrefix}-data-trainerId`}
      label="courses.session.field.trainer"
      error={form.formState.errors.data?.trainerId?.message}
    >
      {(control) => (
        <select
          {...control}
          {...form.register('data.trainerId', {
            setValueAs: (value: unknown) =>
              value === '' || value === undefined ? undefined : Number(value),
          })}
        >
          <option value="">{intl.formatMessage({ id: 'courses.session.field.noTrainer' })}</option>
          {trainers.map((trainer) => (
            <option key={trainer.id} value={trainer.id}>
              {trainer.displayName}
            </option>
          ))}
          {listed ? null : (
            <option value={current}>
              {intl.formatMessage({ id: 'courses.session.field.formerTrainer' })}
            </option>
          )}
        </select>
      )}
    </Field>
  );
}

/**
 * The fields of a session: date, times, topic, place; when editing also
 * trainer, status and the session note.
 */
export function SessionFields({
  form,
  idPrefix,
  editing,
}: {
  form: SessionFormApi;
  idPrefix: string;
  editing: boolean;
}) {
  const intl = useIntl();
  const field = { form, idPrefix } as const;
  const errors = form.formState.errors.data;
  return (
    <div className="form-grid">
      <TextField
        {...field}
        name="data.date"
        label="courses.session.field.date"
        type="date"
        required
        className={editing ? 'span-2' : undefined}
      />
      <TextField
        {...field}
        name="data.startTime"
        label="courses.session.field.start"
        type="time"
        required
      />
      <TextField
        {...field}
        name="data.endTime"
        label="courses.session.field.end"
        type="time"
        required
      />
      <TextField {...field} name="data.topic" label="courses.session.field.topic" />
      <TextField {...field} name="data.location" label="courses.field.location" />
      {editing ? (
        <>
          <TrainerSelect form={form} idPrefix={idPrefix} />
          <Field
            id={`${idPrefix}-data-status`}
            label="courses.session.field.status"
            required
            hint="courses.session.field.statusHint"
            error={errors?.status?.message}
          >
            {(control) => (
              <select {...control} {...form.register('data.status')}>
                {SESSION_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {intl.formatMessage({ id: `courses.sessionStatus.${status}` })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id={`${idPrefix}-data-note`}
            label="courses.session.field.note"
            hint="courses.session.field.noteHint"
            error={errors?.note?.message}
            className="span-2"
          >
            {(control) => (
              <textarea rows={3} maxLength={500} {...control} {...form.register('data.note')} />
            )}
          </Field>
        </>
      ) : null}
    </div>
  );
}

export function FormErrorText({ message }: { message: string | null }) {
  return message ? (
    <p className="form-error" role="alert">
      {message}
    </p>
  ) : null;
}

/** One extra session: date, times, topic, place. */
export function SessionForm({
  course,
  onDone,
}: {
  course: Course;
  onDone: (session: Session | null) => void;
}) {
  const today = todayIso();
  const date = today >= course.startDate && today <= course.endDate ? today : course.startDate;
  const { form, onSubmit, saving, formError } = useSessionForm(
    {
      courseId: course.id,
      defaults: { date, startTime: '14:00', endTime: '17:00', location: course.location ?? '' },
    },
    onDone,
  );
  return (
    <form noValidate onSubmit={onSubmit}>
      <SessionFields form={form} idPrefix="session" editing={false} />
      <FormErrorText message={formError} />
      <div className="form-actions">
        <button type="button" className="button-secondary" onClick={() => onDone(null)}>
          <FormattedMessage id="common.cancel" />
        </button>
        <button type="submit" className="button" {...whileBusy(saving)}>
          <FormattedMessage id="courses.session.create" />
        </button>
      </div>
    </form>
  );
}
