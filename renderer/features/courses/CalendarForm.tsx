import { FormattedMessage, useIntl } from 'react-intl';
import { calendarDates } from '../../../electron/features/courses/calendar';
import type { Course, Session } from '../../../electron/features/courses/contract';
import { todayIso } from '../../../electron/api/fields';
import { FieldGroup, useErrorText } from '../../ui/Field';
import { hoursText } from './attendanceGrid';
import { TextField } from '../../ui/TextField';
import { useCalendarForm } from './forms';
import { formatSessionDate } from './SessionWhen';
import { whileBusy } from '../../ui/busy';

const ID = 'calendar';
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const MAX_PREVIEW_WEEKS = 104;

function weekdayName(locale: string, isoWeekday: number): string {
  // 2024-01-01 was a Monday.
  const date = new Date(Date.UTC(2024, 0, isoWeekday));
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(date);
}

function minutesBetween(start: string, end: string): number {
  const toMinutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return /^\d\d:\d\d$/.test(start) && /^\d\d:\d\d$/.test(end)
    ? Math.max(0, toMinutes(end) - toMinutes(start))
    : 0;
}

/** A weekly calendar: weekdays, first date, number of weeks, times; the dates are previewed and can be left out one by one. */
export function CalendarForm({
  course,
  onDone,
}: {
  course: Course;
  onDone: (sessions: Session[] | null) => void;
}) {
  const intl = useIntl();
  const errorText = useErrorText();
  const today = todayIso();
  const from = today >= course.startDate && today <= course.endDate ? today : course.startDate;
  const { form, onSubmit, saving, formError } = useCalendarForm(
    course.id,
    { from, location: course.location ?? '' },
    onDone,
  );
  const [weekdays, fromDate, weeks, skipDates, startTime, endTime] = form.watch([
    'weekdays',
    'from',
    'weeks',
    'skipDates',
    'startTime',
    'endTime',
  ]);
  const chosen = weekdays ?? [];
  const skipped = skipDates ?? [];
  const validate = form.formState.isSubmitted;
  const toggleWeekday = (day: number, on: boolean) => {
    const next = on ? [...chosen, day].sort() : chosen.filter((d) => d !== day);
    form.setValue('weekdays', next, { shouldValidate: validate, shouldDirty: true });
  };
  const toggleDate = (date: string, include: boolean) => {
    const next = include ? skipped.filter((d) => d !== date) : [...skipped, date].sort();
    form.setValue('skipDates', next, { shouldDirty: true });
  };
  const weeksOk = typeof weeks === 'number' && weeks >= 1 && weeks <= MAX_PREVIEW_WEEKS;
  const preview =
    chosen.length > 0 && weeksOk && /^\d{4}-\d{2}-\d{2}$/.test(fromDate ?? '')
      ? calendarDates({ from: fromDate ?? '', weeks, weekdays: chosen, skipDates: [] })
      : [];
  const included = preview.filter((d) => !skipped.includes(d));
  const minutes = minutesBetween(startTime ?? '', endTime ?? '');
  const weekdayError = errorText(form.formState.errors.weekdays?.message);

  return (
    <form noValidate onSubmit={onSubmit} className="calendar-form">
      <FieldGroup
        id={`${ID}-weekdays`}
        label="courses.calendar.weekdays"
        required
        error={weekdayError}
      >
        {() => (
          <div className="choice-row">
            {WEEKDAYS.map((day) => (
              <label key={day} className="choice">
                <input
                  type="checkbox"
                  id={`${ID}-weekday-${day}`}
                  checked={chosen.includes(day)}
                  onChange={(event) => toggleWeekday(day, event.target.checked)}
                />
                {weekdayName(intl.locale, day)}
              </label>
            ))}
          </div>
        )}
      </FieldGroup>
      <div className="form-grid">
        <TextField
          form={form}
          name="from"
          idPrefix={ID}
          label="courses.calendar.from"
          type="date"
          required
        />
        <TextField
          form={form}
          name="weeks"
          idPrefix={ID}
          label="courses.calendar.weeks"
          type="number"
          required
        />
        <TextField
          form={form}
          name="startTime"
          idPrefix={ID}
          label="courses.session.field.start"
          type="time"
          required
        />
        <TextField
          form={form}
          name="endTime"
          idPrefix={ID}
          label="courses.session.field.end"
          type="time"
          required
        />
        <TextField form={form} name="topic" idPrefix={ID} label="courses.session.field.topic" />
        <TextField form={form} name="location" idPrefix={ID} label="courses.field.location" />
      </div>
      <fieldset className="field field-group calendar-preview" id={`${ID}-preview`}>
        <legend>
          <FormattedMessage id="courses.calendar.preview" />
        </legend>
        <p className="field-hint" id={`${ID}-preview-summary`} role="status">
          {preview.length === 0 ? (
            <FormattedMessage id="courses.calendar.previewEmpty" />
          ) : (
            <FormattedMessage
              id="courses.calendar.previewSummary"
              values={{
                count: included.length,
                skipped: skipped.filter((d) => preview.includes(d)).length,
                hours: hoursText(included.length * minutes, intl.locale),
              }}
            />
          )}
        </p>
        {preview.length > 0 ? (
          <ul className="preview-dates">
            {preview.map((date) => {
              const outside = date < course.startDate || date > course.endDate;
              return (
                <li key={date} className={outside ? 'outside' : undefined}>
                  <label className="choice">
                    <input
                      type="checkbox"
                      checked={!skipped.includes(date)}
                      onChange={(event) => toggleDate(date, event.target.checked)}
                      aria-describedby={outside ? `${ID}-outside` : undefined}
                    />
                    {formatSessionDate(intl.locale, date)}
                  </label>
                  {outside ? (
                    <span className="field-error">
                      <FormattedMessage id="errors.outsideCourse" />
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        ) : null}
        <p className="field-hint" id={`${ID}-outside`}>
          <FormattedMessage id="courses.calendar.skipHint" />
        </p>
      </fieldset>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button-secondary" onClick={() => onDone(null)}>
          <FormattedMessage id="common.cancel" />
        </button>
        <button type="submit" className="button" {...whileBusy(saving)}>
          <FormattedMessage id="courses.calendar.create" values={{ count: included.length }} />
        </button>
      </div>
    </form>
  );
}
