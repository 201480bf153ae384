import { FormattedMessage } from 'react-intl';
import type { Course, Session } from '../../../electron/features/courses/contract';
import { todayIso } from '../../../electron/api/fields';
import { FormInput } from './FormInput';
import { useSessionForm } from './forms';

const ID = 'session';

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
    course.id,
    { date, startTime: '14:00', endTime: '17:00', location: course.location ?? '' },
    onDone,
  );
  return (
    <form noValidate onSubmit={onSubmit}>
      <div className="form-grid">
        <FormInput
          form={form}
          name="data.date"
          idPrefix={ID}
          label="courses.session.field.date"
          type="date"
          required
        />
        <FormInput
          form={form}
          name="data.startTime"
          idPrefix={ID}
          label="courses.session.field.start"
          type="time"
          required
        />
        <FormInput
          form={form}
          name="data.endTime"
          idPrefix={ID}
          label="courses.session.field.end"
          type="time"
          required
        />
        <FormInput
          form={form}
          name="data.topic"
          idPrefix={ID}
          label="courses.session.field.topic"
        />
        <FormInput form={form} name="data.location" idPrefix={ID} label="courses.field.location" />
      </div>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button-secondary" onClick={() => onDone(null)}>
          <FormattedMessage id="common.cancel" />
        </button>
        <button type="submit" className="button" disabled={saving}>
          <FormattedMessage id="courses.session.create" />
        </button>
      </div>
    </form>
  );
}
