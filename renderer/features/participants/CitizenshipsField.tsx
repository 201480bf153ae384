import { useIntl } from 'react-intl';
import type { UseFormReturn } from 'react-hook-form';
import type { ParticipantInput } from '../../../electron/features/participants/contract';
import { STATELESS, useCountryName, useCountryOptions } from '../../ui/countries';
import { FieldGroup } from '../../ui/Field';
import { fieldId, type ParticipantFormState } from './formValues';

const MAX_CITIZENSHIPS = 4;

type Form = UseFormReturn<ParticipantFormState, unknown, ParticipantInput>;

/** One select per citizenship (up to four), including "stateless"; nothing to lose in a half-added entry. */
export function CitizenshipsField({ form, error }: { form: Form; error: string | undefined }) {
  const intl = useIntl();
  const countries = useCountryOptions();
  const countryName = useCountryName();
  const values = form.watch('citizenships');
  const id = fieldId('citizenships');

  const setAt = (index: number, value: string) => {
    const next = [...values];
    next[index] = value;
    form.setValue('citizenships', next, {
      shouldDirty: true,
      shouldValidate: form.formState.isSubmitted,
    });
  };
  const remove = (index: number) => {
    const next = values.filter((_, i) => i !== index);
    form.setValue('citizenships', next.length > 0 ? next : [''], {
      shouldDirty: true,
      shouldValidate: form.formState.isSubmitted,
    });
  };
  const add = () => {
    form.setValue('citizenships', [...values, ''], { shouldDirty: true });
    requestAnimationFrame(() => document.getElementById(`${id}-${values.length}`)?.focus());
  };

  return (
    <FieldGroup
      id={id}
      label="participants.field.citizenships"
      required
      hint="participants.hint.citizenships"
      error={error}
      className="span-2"
    >
      {(invalid) => (
        <div className="citizenships">
          {values.map((value, index) => (
            <div className="citizenship-row" key={index}>
              <select
                id={`${id}-${index}`}
                value={value}
                aria-invalid={invalid}
                aria-label={intl.formatMessage(
                  { id: 'participants.form.citizenshipN' },
                  { n: index + 1 },
                )}
                onChange={(event) => setAt(index, event.target.value)}
              >
                <option value="">{intl.formatMessage({ id: 'common.select' })}</option>
                <option value={STATELESS}>{countryName(STATELESS)}</option>
                {countries.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
              {values.length > 1 || value !== '' ? (
                <button type="button" className="button-quiet" onClick={() => remove(index)}>
                  {intl.formatMessage(
                    { id: 'participants.form.removeCitizenship' },
                    {
                      country: value
                        ? countryName(value)
                        : intl.formatMessage(
                            { id: 'participants.form.citizenshipN' },
                            { n: index + 1 },
                          ),
                    },
                  )}
                </button>
              ) : null}
            </div>
          ))}
          {values.length < MAX_CITIZENSHIPS ? (
            <button type="button" className="button-secondary" onClick={add}>
              {intl.formatMessage({ id: 'participants.form.addCitizenship' })}
            </button>
          ) : null}
        </div>
      )}
    </FieldGroup>
  );
}
