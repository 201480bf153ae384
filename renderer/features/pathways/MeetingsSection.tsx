import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { MEETING_KINDS, type PathwayDetail } from '../../../electron/features/pathways/contract';
import { useCan } from '../auth/session';
import { useFormatDate } from '../../ui/dates';
import { Field } from '../../ui/Field';
import { TextField } from '../../ui/TextField';
import { useMeetingForm } from './forms';
import { SectionTitle } from './SectionTitle';

function MeetingForm({ pathway, onDone }: { pathway: PathwayDetail; onDone: () => void }) {
  const intl = useIntl();
  const { form, onSubmit, saving, formError } = useMeetingForm(pathway, onDone);
  const errors = form.formState.errors;
  return (
    <form
      className="pathway-form"
      onSubmit={(event) => {
        // The button stays focusable while saving, so a second Enter must not send twice.
        if (saving) event.preventDefault();
        else onSubmit(event);
      }}
      noValidate
    >
      <h3>
        <FormattedMessage id="pathways.meeting.add" />
      </h3>
      <div className="form-grid">
        <TextField
          form={form}
          name="date"
          idPrefix="meeting"
          label="pathways.meeting.date"
          type="date"
          required
        />
        <Field
          id="meeting-kind"
          label="pathways.meeting.kind"
          required
          error={errors.kind?.message}
        >
          {(control) => (
            <select {...control} {...form.register('kind')}>
              {MEETING_KINDS.map((k) => (
                <option key={k} value={k}>
                  {intl.formatMessage({ id: `pathways.meetingKind.${k}` })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          form={form}
          name="durationMinutes"
          idPrefix="meeting"
          label="pathways.meeting.duration"
          type="number"
          required
        />
        <TextField
          form={form}
          name="nextAppointment"
          idPrefix="meeting"
          label="pathways.meeting.nextAppointment"
          type="date"
        />
      </div>
      <Field id="meeting-notes" label="pathways.meeting.notes" error={errors.notes?.message}>
        {(control) => <textarea {...control} rows={4} {...form.register('notes')} />}
      </Field>
      <Field
        id="meeting-nextSteps"
        label="pathways.meeting.nextSteps"
        error={errors.nextSteps?.message}
      >
        {(control) => <textarea {...control} rows={2} {...form.register('nextSteps')} />}
      </Field>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="form-actions">
        {/* Not `disabled`: the browser would take focus away from it while saving. */}
        <button type="submit" className="button" aria-disabled={saving}>
          <FormattedMessage id="pathways.meeting.save" />
        </button>
      </div>
    </form>
  );
}

/** Colloqui: the logged meetings, newest first, and a form to log one. */
export function MeetingsSection({
  pathway,
  onChanged,
}: {
  pathway: PathwayDetail;
  onChanged: () => void;
}) {
  const intl = useIntl();
  const can = useCan();
  const formatDate = useFormatDate();
  const [saved, setSaved] = useState(false);
  const meetings = [...pathway.meetings].sort(
    (a, b) => b.date.localeCompare(a.date) || b.id - a.id,
  );
  return (
    <section className="detail-section pathway-section" aria-labelledby="pathway-meetings-title">
      <SectionTitle section="meetings" />
      {meetings.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="pathways.meeting.none" />
        </p>
      ) : (
        <ol className="meeting-list">
          {meetings.map((m) => (
            <li key={m.id} className="meeting">
              <p className="meeting-head">
                <strong>{formatDate(m.date)}</strong>
                {' · '}
                {intl.formatMessage({ id: `pathways.meetingKind.${m.kind}` })}
                {' · '}
                {intl.formatMessage(
                  { id: 'pathways.meeting.minutes' },
                  { minutes: m.durationMinutes },
                )}
              </p>
              {m.notes ? <p className="meeting-notes">{m.notes}</p> : null}
              <dl className="meeting-facts">
                {m.nextSteps ? (
                  <div>
                    <dt>
                      <FormattedMessage id="pathways.meeting.nextSteps" />
                    </dt>
                    <dd>{m.nextSteps}</dd>
                  </div>
                ) : null}
                {m.nextAppointment ? (
                  <div>
                    <dt>
                      <FormattedMessage id="pathways.meeting.nextAppointment" />
                    </dt>
                    <dd>{formatDate(m.nextAppointment)}</dd>
                  </div>
                ) : null}
              </dl>
            </li>
          ))}
        </ol>
      )}
      <p className="visually-hidden" role="status">
        {saved ? intl.formatMessage({ id: 'pathways.meeting.saved' }) : ''}
      </p>
      {can('meetings.create') ? (
        <MeetingForm
          pathway={pathway}
          onDone={() => {
            setSaved(true);
            onChanged();
          }}
        />
      ) : null}
    </section>
  );
}
