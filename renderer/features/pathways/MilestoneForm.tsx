import { FormattedMessage, useIntl } from 'react-intl';
import { contract } from '../../../electron/api/contract';
import type { PathwayDetail } from '../../../electron/features/pathways/contract';
import { useApiForm } from '../../ui/apiForm';
import { Field } from '../../ui/Field';
import { TextField } from '../../ui/TextField';
import { localToday } from './dates';
import { usePathwaysApi } from './hooks';
import { whileBusy } from '../../ui/busy';

const TYPES = ['internship', 'job', 'business', 'association'] as const;
type MilestoneType = (typeof TYPES)[number];
const CONTRACT_TYPES = ['permanent', 'fixed_term', 'apprenticeship', 'temporary', 'other'] as const;

// Switching type replaces the details object, so no field of another type is sent (the schema is strict).
function detailsFor(type: MilestoneType, date: string) {
  switch (type) {
    case 'internship':
      return { type, hostOrganisation: '', tutor: '', startDate: date, endDate: '', voucher: '' };
    case 'job':
      return { type, employer: '', contractType: 'fixed_term' as const, startDate: date };
    case 'business':
      return { type, name: '', legalForm: '', atecoCode: '', vatDate: '', microCredit: false };
    case 'association':
      return {
        type,
        name: '',
        taxCode: '',
        constitutiveActDate: '',
        runtsNumber: '',
        runtsDate: '',
        volunteerRegister: false,
      };
  }
}

const FIELDS = [
  'date',
  'details.type',
  'details.hostOrganisation',
  'details.employer',
  'details.name',
  'details.tutor',
  'details.contractType',
  'details.legalForm',
  'details.atecoCode',
  'details.taxCode',
  'details.startDate',
  'details.endDate',
  'details.hoursPerWeek',
  'details.monthlyAllowanceCents',
  'details.voucher',
  'details.vatDate',
  'details.constitutiveActDate',
  'details.runtsNumber',
  'details.runtsDate',
  'details.insurance.insurer',
  'details.insurance.policyNumber',
  'details.insurance.startDate',
  'details.insurance.expiryDate',
  'details.insurance.volunteersCovered',
] as const;

/** A new milestone: the fields follow the chosen type (internship, job, business, association). */
export function MilestoneForm({
  pathway,
  onCancel,
  onDone,
}: {
  pathway: PathwayDetail;
  onCancel: () => void;
  onDone: () => void;
}) {
  const intl = useIntl();
  const { createMilestone } = usePathwaysApi();
  const today = localToday();
  const { form, onSubmit, saving, formError } = useApiForm({
    schema: contract['milestones.create'].input,
    defaultValues: { pathwayId: pathway.id, date: today, details: detailsFor('internship', today) },
    fields: FIELDS,
    // The form asks for whole euros; the contract stores cents.
    call: (input) =>
      createMilestone(
        input.details.type === 'internship' && input.details.monthlyAllowanceCents !== undefined
          ? {
              ...input,
              details: {
                ...input.details,
                monthlyAllowanceCents: input.details.monthlyAllowanceCents * 100,
              },
            }
          : input,
      ),
    onSuccess: onDone,
  });
  // Watching the whole details object: setValue('details', …) replaces it, and only a watcher of
  // 'details' (not of 'details.type') re-renders for that.
  const details = form.watch('details');
  const type = details.type;
  const insured = details.type === 'association' && details.insurance !== undefined;
  const t = (id: string) => intl.formatMessage({ id });
  const text = (
    name: string,
    label: string,
    extra?: { type?: 'date' | 'number'; required?: boolean },
  ) => (
    <TextField
      form={form}
      name={name as never}
      idPrefix="milestone"
      label={`pathways.milestone.${label}`}
      type={extra?.type === 'date' ? 'date' : 'text'}
      required={extra?.required}
    />
  );
  const check = (name: string, label: string) => (
    <div className="checkbox-field">
      <label className="choice">
        <input type="checkbox" {...form.register(name as never)} />
        <FormattedMessage id={`pathways.milestone.${label}`} />
      </label>
    </div>
  );
  const contractError = (
    form.formState.errors.details as { contractType?: { message?: string } } | undefined
  )?.contractType?.message;
  return (
    <form className="pathway-form milestone-form" onSubmit={onSubmit} noValidate>
      <h3>
        <FormattedMessage id="pathways.milestone.add" />
      </h3>
      <div className="form-grid">
        <Field id="milestone-details-type" label="pathways.milestone.type" required>
          {(control) => (
            <select
              {...control}
              value={type}
              onChange={(e) =>
                form.setValue(
                  'details',
                  detailsFor(e.target.value as MilestoneType, form.getValues('date')),
                )
              }
            >
              {TYPES.map((v) => (
                <option key={v} value={v}>
                  {t(`pathways.milestoneType.${v}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('date', 'date', { type: 'date', required: true })}
      </div>
      <div className="form-grid" key={type}>
        {type === 'internship' ? (
          <>
            {text('details.hostOrganisation', 'hostOrganisation', { required: true })}
            {text('details.tutor', 'tutor')}
            {text('details.startDate', 'startDate', { type: 'date', required: true })}
            {text('details.endDate', 'endDate', { type: 'date' })}
            {text('details.hoursPerWeek', 'hoursPerWeek')}
            {text('details.monthlyAllowanceCents', 'monthlyAllowanceEuro')}
            {text('details.voucher', 'voucher')}
          </>
        ) : null}
        {type === 'job' ? (
          <>
            {text('details.employer', 'employer', { required: true })}
            <Field
              id="milestone-details-contractType"
              label="pathways.milestone.contractType"
              required
              error={contractError}
            >
              {(control) => (
                <select {...control} {...form.register('details.contractType' as never)}>
                  {CONTRACT_TYPES.map((v) => (
                    <option key={v} value={v}>
                      {t(`pathways.contractType.${v}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {text('details.startDate', 'startDate', { type: 'date', required: true })}
            {text('details.hoursPerWeek', 'hoursPerWeek')}
          </>
        ) : null}
        {type === 'business' ? (
          <>
            {text('details.name', 'businessName', { required: true })}
            {text('details.legalForm', 'legalForm')}
            {text('details.atecoCode', 'atecoCode')}
            {text('details.vatDate', 'vatDate', { type: 'date' })}
            {check('details.microCredit', 'microCredit')}
          </>
        ) : null}
        {type === 'association' ? (
          <>
            {text('details.name', 'associationName', { required: true })}
            {text('details.taxCode', 'taxCode')}
            {text('details.constitutiveActDate', 'constitutiveActDate', { type: 'date' })}
            {text('details.runtsNumber', 'runtsNumber')}
            {text('details.runtsDate', 'runtsDate', { type: 'date' })}
            {check('details.volunteerRegister', 'volunteerRegister')}
            <div className="checkbox-field">
              <label className="choice">
                <input
                  type="checkbox"
                  checked={insured}
                  onChange={(e) =>
                    form.setValue(
                      'details.insurance' as never,
                      (e.target.checked
                        ? {
                            insurer: '',
                            policyNumber: '',
                            startDate: '',
                            expiryDate: '',
                            volunteersCovered: '',
                          }
                        : undefined) as never,
                    )
                  }
                />
                <FormattedMessage id="pathways.milestone.hasInsurance" />
              </label>
            </div>
            {insured ? (
              <>
                {text('details.insurance.insurer', 'insurer', { required: true })}
                {text('details.insurance.policyNumber', 'policyNumber', { required: true })}
                {text('details.insurance.startDate', 'insuranceStart', {
                  type: 'date',
                  required: true,
                })}
                {text('details.insurance.expiryDate', 'insuranceExpiry', {
                  type: 'date',
                  required: true,
                })}
                {text('details.insurance.volunteersCovered', 'volunteersCovered')}
              </>
            ) : null}
          </>
        ) : null}
      </div>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button" {...whileBusy(saving)}>
          <FormattedMessage id="pathways.milestone.save" />
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          <FormattedMessage id="common.cancel" />
        </button>
      </div>
    </form>
  );
}
