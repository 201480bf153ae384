import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { PathwayDetail } from '../../../electron/features/pathways/contract';
import type { VolunteeringEntry } from '../../../electron/features/services/contract';
import { useCan } from '../auth/session';
import { useFormatDate } from '../../ui/dates';
import { LoadState } from '../../ui/LoadState';
import { TextField } from '../../ui/TextField';
import { focusSoon, localToday } from './dates';
import { useVolunteeringForm } from './forms';
import { useVolunteering } from './hooks';
import { SectionTitle } from './SectionTitle';
import { whileBusy } from '../../ui/busy';

function VolunteeringForm({
  participantId,
  onCancel,
  onDone,
}: {
  participantId: number;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { form, onSubmit, saving, formError } = useVolunteeringForm(participantId, onDone);
  const covered = form.watch('insuranceCovered');
  const field = { form, idPrefix: 'volunteering' } as const;
  return (
    <form className="pathway-form" onSubmit={onSubmit} noValidate>
      <h3>
        <FormattedMessage id="pathways.volunteering.add" />
      </h3>
      <div className="form-grid">
        <TextField
          {...field}
          name="hostAssociation"
          label="pathways.volunteering.hostAssociation"
          required
        />
        <TextField {...field} name="role" label="pathways.volunteering.role" />
        <TextField
          {...field}
          name="startDate"
          label="pathways.volunteering.startDate"
          type="date"
          required
        />
        <TextField {...field} name="endDate" label="pathways.volunteering.endDate" type="date" />
        <TextField
          {...field}
          name="hours"
          label="pathways.volunteering.hours"
          hint="pathways.volunteering.hoursHint"
          type="number"
          required
        />
      </div>
      <div className="checkbox-field">
        <label className="choice">
          <input
            id="volunteering-insuranceCovered"
            type="checkbox"
            {...form.register('insuranceCovered')}
          />
          <FormattedMessage id="pathways.volunteering.insuranceCovered" />
        </label>
      </div>
      {covered ? (
        <div className="form-grid">
          <TextField
            {...field}
            name="insuranceExpiry"
            label="pathways.volunteering.insuranceExpiry"
            type="date"
          />
        </div>
      ) : null}
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button" {...whileBusy(saving)}>
          <FormattedMessage id="pathways.volunteering.save" />
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          <FormattedMessage id="common.cancel" />
        </button>
      </div>
    </form>
  );
}

function Insurance({ entry, today }: { entry: VolunteeringEntry; today: string }) {
  const formatDate = useFormatDate();
  if (!entry.insuranceCovered) {
    return (
      <span className="overdue">
        <FormattedMessage id="pathways.volunteering.notCovered" />
      </span>
    );
  }
  if (!entry.insuranceExpiry) return <FormattedMessage id="pathways.volunteering.covered" />;
  const date = formatDate(entry.insuranceExpiry);
  return entry.insuranceExpiry < today ? (
    <span className="overdue">
      <FormattedMessage id="pathways.volunteering.expiredOn" values={{ date }} />
    </span>
  ) : (
    <FormattedMessage id="pathways.volunteering.coveredUntil" values={{ date }} />
  );
}

/** Volontariato: the person's placements at host associations (in all their pathways), and a form to add one. */
export function VolunteeringSection({ pathway }: { pathway: PathwayDetail }) {
  const intl = useIntl();
  const can = useCan();
  const formatDate = useFormatDate();
  const volunteering = useVolunteering(pathway.participantId);
  const [open, setOpen] = useState(false);
  const entries = volunteering.data;
  const today = localToday();
  const total = (entries ?? []).reduce((sum, v) => sum + v.hours, 0);
  const close = () => {
    setOpen(false);
    focusSoon('pathway-volunteering-title');
  };
  return (
    <section
      className="detail-section pathway-section"
      aria-labelledby="pathway-volunteering-title"
    >
      <SectionTitle section="volunteering" />
      <p className="muted">
        <FormattedMessage id="pathways.volunteering.intro" />
      </p>
      {!entries ? (
        <LoadState
          loading={volunteering.loading}
          error={volunteering.error}
          onRetry={volunteering.reload}
        />
      ) : entries.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="pathways.volunteering.none" />
        </p>
      ) : (
        <>
          <table className="data-table volunteering-table">
            <caption className="visually-hidden">
              <FormattedMessage id="pathways.volunteering.caption" />
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="pathways.volunteering.hostAssociation" />
                </th>
                <th scope="col">
                  <FormattedMessage id="pathways.volunteering.role" />
                </th>
                <th scope="col">
                  <FormattedMessage id="pathways.volunteering.period" />
                </th>
                <th scope="col" className="numeric">
                  <FormattedMessage id="pathways.volunteering.hours" />
                </th>
                <th scope="col">
                  <FormattedMessage id="pathways.volunteering.insurance" />
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((v) => (
                <tr key={v.id}>
                  <th scope="row">{v.hostAssociation}</th>
                  <td>{v.role ?? ''}</td>
                  <td>
                    {v.endDate
                      ? intl.formatMessage(
                          { id: 'pathways.dateRange' },
                          { from: formatDate(v.startDate), to: formatDate(v.endDate) },
                        )
                      : intl.formatMessage(
                          { id: 'pathways.volunteering.since' },
                          { from: formatDate(v.startDate) },
                        )}
                  </td>
                  <td className="numeric">{intl.formatNumber(v.hours)}</td>
                  <td>
                    <Insurance entry={v} today={today} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="volunteering-total">
            <FormattedMessage id="pathways.volunteering.total" values={{ hours: total }} />
          </p>
        </>
      )}
      {can('volunteering.create') ? (
        open ? (
          <VolunteeringForm
            participantId={pathway.participantId}
            onCancel={close}
            onDone={() => {
              volunteering.reload();
              close();
            }}
          />
        ) : (
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              setOpen(true);
              focusSoon('volunteering-hostAssociation');
            }}
          >
            <FormattedMessage id="pathways.volunteering.add" />
          </button>
        )
      ) : null}
    </section>
  );
}
