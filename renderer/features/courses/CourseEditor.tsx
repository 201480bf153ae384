import { FormattedMessage, useIntl } from 'react-intl';
import {
  COURSE_MODES,
  COURSE_TRACKS,
  type Course,
} from '../../../electron/features/courses/contract';
import { navigate } from '../../app/router';
import { Field } from '../../ui/Field';
import { LoadState } from '../../ui/LoadState';
import { PageHeading } from '../../ui/PageHeading';
import { TextField, textFieldId } from '../../ui/TextField';
import { useCourseForm } from './forms';
import { TrainersField } from './TrainersField';
import { useCourse, useProjectChoices } from './hooks';
import { coursePaths } from './routes';
import { whileBusy } from '../../ui/busy';

const ID = 'course';

type TextName =
  | 'data.title'
  | 'data.location'
  | 'data.plannedHours'
  | 'data.startDate'
  | 'data.endDate'
  | 'data.minAttendancePct';

function CourseForm({ course }: { course?: Course }) {
  const intl = useIntl();
  const projects = useProjectChoices();
  const { form, onSubmit, saving, formError } = useCourseForm(course, (saved) =>
    navigate(coursePaths.course(saved.id)),
  );
  const errors = form.formState.errors.data;
  const select = (
    name: 'data.projectId' | 'data.track' | 'data.mode',
    label: string,
    options: { value: string | number; label: string }[],
    asNumber = false,
  ) => (
    <Field
      id={textFieldId(ID, name)}
      label={label}
      required
      error={errors?.[name.slice(5) as 'projectId' | 'track' | 'mode']?.message}
    >
      {(control) => (
        <select {...control} {...form.register(name, asNumber ? { valueAsNumber: true } : {})}>
          <option value="">{intl.formatMessage({ id: 'courses.form.choose' })}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const text = (
    name: TextName,
    label: string,
    type: 'text' | 'number' | 'date',
    required = true,
  ) => (
    <TextField
      form={form}
      name={name}
      idPrefix={ID}
      label={label}
      type={type}
      required={required}
    />
  );
  return (
    <form noValidate onSubmit={onSubmit} className="course-form">
      <p className="required-note">
        <FormattedMessage id="courses.form.requiredNote" />
      </p>
      <div className="form-section">
        <div className="form-grid">
          {select(
            'data.projectId',
            'courses.field.project',
            (projects.data ?? []).map((p) => ({ value: p.id, label: `${p.code} – ${p.title}` })),
            true,
          )}
          {text('data.title', 'courses.field.title', 'text')}
          {select(
            'data.track',
            'courses.field.track',
            COURSE_TRACKS.map((t) => ({
              value: t,
              label: intl.formatMessage({ id: `courses.track.${t}` }),
            })),
          )}
          {select(
            'data.mode',
            'courses.field.mode',
            COURSE_MODES.map((m) => ({
              value: m,
              label: intl.formatMessage({ id: `courses.mode.${m}` }),
            })),
          )}
          {text('data.location', 'courses.field.location', 'text', false)}
          {text('data.plannedHours', 'courses.field.plannedHours', 'number')}
          {text('data.startDate', 'courses.field.startDate', 'date')}
          {text('data.endDate', 'courses.field.endDate', 'date')}
          {text('data.minAttendancePct', 'courses.field.minAttendancePct', 'number')}
        </div>
        <Field
          id={textFieldId(ID, 'data.description')}
          label="courses.field.description"
          error={errors?.description?.message}
        >
          {(control) => <textarea rows={3} {...control} {...form.register('data.description')} />}
        </Field>
        <TrainersField form={form} />
      </div>
      <div className="form-footer">
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
        <div className="form-actions">
          <a
            className="button-secondary"
            href={course ? coursePaths.course(course.id) : coursePaths.list()}
          >
            <FormattedMessage id="common.cancel" />
          </a>
          <button type="submit" className="button" {...whileBusy(saving)}>
            <FormattedMessage id="courses.form.save" />
          </button>
        </div>
      </div>
    </form>
  );
}

export function CourseNewPage() {
  return (
    <section className="page">
      <PageHeading id="courses.new.title" />
      <CourseForm />
    </section>
  );
}

export function CourseEditPage({ id }: { id: number }) {
  const course = useCourse(id);
  return (
    <section className="page">
      {course.data ? (
        <>
          <PageHeading id="courses.edit.title" values={{ title: course.data.title }} />
          <CourseForm course={course.data} />
        </>
      ) : (
        <LoadState loading={course.loading} error={course.error} onRetry={course.reload} />
      )}
    </section>
  );
}
