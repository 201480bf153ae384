import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { contract } from '../../../electron/api/contract';
import type { PathwayDetail } from '../../../electron/features/pathways/contract';
import { paths } from '../../app/router';
import { useCan } from '../auth/session';
import { useApiForm } from '../../ui/apiForm';
import { useFormatDate } from '../../ui/dates';
import { Field } from '../../ui/Field';
import { TextField } from '../../ui/TextField';
import { localToday } from './dates';
import { usePathwaysApi, useServiceChoices } from './hooks';
import { SectionTitle } from './SectionTitle';
import { whileBusy } from '../../ui/busy';

const referralSchema = contract['referrals.create'].input;

function ReferralForm({ pathway, onDone }: { pathway: PathwayDetail; onDone: () => void }) {
  const intl = useIntl();
  const services = useServiceChoices();
  const { createReferral } = usePathwaysApi();
  const { form, onSubmit, saving, formError } = useApiForm({
    schema: referralSchema,
    defaultValues: { pathwayId: pathway.id, date: localToday(), reason: '' },
    fields: ['serviceId', 'date', 'reason'],
    call: createReferral,
    onSuccess: () => {
      form.reset({ pathwayId: pathway.id, date: localToday(), reason: '' });
      onDone();
    },
  });
  return (
    <form className="pathway-form" onSubmit={onSubmit} noValidate>
      <h3>
        <FormattedMessage id="pathways.referral.add" />
      </h3>
      <div className="form-grid">
        <Field
          id="referral-serviceId"
          label="pathways.referral.service"
          required
          error={form.formState.errors.serviceId?.message}
        >
          {(control) => (
            <select
              {...control}
              {...form.register('serviceId', {
                setValueAs: (v: string) => (v ? Number(v) : undefined),
              })}
            >
              <option value="">{intl.formatMessage({ id: 'common.select' })}</option>
              {(services.data ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.comune ? `${s.name} (${s.comune})` : s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          form={form}
          name="date"
          idPrefix="referral"
          label="pathways.referral.date"
          type="date"
          required
        />
      </div>
      <TextField form={form} name="reason" idPrefix="referral" label="pathways.referral.reason" />
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button" {...whileBusy(saving)}>
          <FormattedMessage id="pathways.referral.save" />
        </button>
      </div>
    </form>
  );
}

function OutcomeForm({ referralId, onDone }: { referralId: number; onDone: () => void }) {
  const intl = useIntl();
  const { setReferralOutcome } = usePathwaysApi();
  const { register, handleSubmit } = useForm<{ outcome: string }>({
    defaultValues: { outcome: '' },
  });
  const [error, setError] = useState<string | null>(null);
  const submit = handleSubmit(async ({ outcome }) => {
    const result = await setReferralOutcome({ id: referralId, outcome });
    if (result.ok) onDone();
    else setError(result.error.fields?.outcome ?? result.error.message);
  });
  const id = `referral-outcome-${referralId}`;
  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={id}>
        <FormattedMessage id="pathways.referral.outcome" />
      </label>
      <input
        id={id}
        type="text"
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        {...register('outcome')}
      />
      <button type="submit" className="button-secondary">
        {intl.formatMessage({ id: 'pathways.referral.setOutcome' })}
      </button>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </form>
  );
}

/** Invii: referrals to local services, each with its outcome once known. */
export function ReferralsSection({
  pathway,
  onChanged,
}: {
  pathway: PathwayDetail;
  onChanged: () => void;
}) {
  const can = useCan();
  const formatDate = useFormatDate();
  return (
    <section className="detail-section pathway-section" aria-labelledby="pathway-referrals-title">
      <SectionTitle section="referrals" />
      {pathway.referrals.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="pathways.referral.none" />
        </p>
      ) : (
        <ul className="referral-list">
          {pathway.referrals.map((r) => (
            <li key={r.id} className="referral">
              <p>
                <strong>{r.serviceName}</strong> · {formatDate(r.date)}
                {r.serviceDeleted ? (
                  <span className="badge badge-muted">
                    <FormattedMessage id="pathways.referral.serviceDeleted" />
                  </span>
                ) : null}
              </p>
              {r.reason ? <p>{r.reason}</p> : null}
              {r.outcome ? (
                <p>
                  <FormattedMessage
                    id="pathways.referral.outcomeIs"
                    values={{ outcome: r.outcome }}
                  />
                </p>
              ) : can('referrals.setOutcome') ? (
                <OutcomeForm referralId={r.id} onDone={onChanged} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {can('referrals.create') ? <ReferralForm pathway={pathway} onDone={onChanged} /> : null}
      {can('services.create') ? (
        <p>
          <a href={paths.settings('services')}>
            <FormattedMessage id="pathways.referral.directoryLink" />
          </a>
        </p>
      ) : null}
    </section>
  );
}
