import { FormattedMessage, useIntl } from 'react-intl';
import type { UseFormReturn } from 'react-hook-form';
import type { ParticipantInput } from '../../../electron/features/participants/contract';
import {
  CONSENT_SCOPES,
  ITALIAN_LEVELS,
  LEGAL_BASES,
  PERMIT_TYPES,
  SEXES,
} from '../../../electron/features/participants/contract';
import { useCountryOptions } from '../../ui/countries';
import { Field, FieldGroup } from '../../ui/Field';
import { CitizenshipsField } from './CitizenshipsField';
import {
  fieldId,
  ISCED_LEVELS,
  type ParticipantFieldName,
  type ParticipantFormState,
} from './formValues';

type Form = UseFormReturn<ParticipantFormState, unknown, ParticipantInput>;

function Options({ values, prefix }: { values: readonly string[]; prefix: string }) {
  const intl = useIntl();
  return (
    <>
      <option value="">{intl.formatMessage({ id: 'common.select' })}</option>
      {values.map((value) => (
        <option key={value} value={value}>
          {intl.formatMessage({ id: `${prefix}.${value}` })}
        </option>
      ))}
    </>
  );
}

/** The inputs of the participant form, in sections; state and saving live in useParticipantForm. */
export function ParticipantFormFields({ form }: { form: Form }) {
  const { register, formState } = form;
  const countries = useCountryOptions();
  const intl = useIntl();
  const error = (name: ParticipantFieldName) => formState.errors[name]?.message;
  const props = (name: ParticipantFieldName, label = `participants.field.${name}`) => ({
    id: fieldId(name),
    label,
    error: error(name),
  });

  return (
    <>
      <section className="form-section" aria-labelledby="section-identity">
        <h2 id="section-identity">
          <FormattedMessage id="participants.section.identity" />
        </h2>
        <div className="form-grid">
          <Field {...props('firstName')} required>
            {(a) => <input {...a} type="text" autoComplete="off" {...register('firstName')} />}
          </Field>
          <Field {...props('lastName')} required>
            {(a) => <input {...a} type="text" autoComplete="off" {...register('lastName')} />}
          </Field>
          <FieldGroup {...props('sex')} required className="span-2">
            {(invalid) => (
              <div className="choice-row">
                {SEXES.map((sex) => (
                  <label key={sex} className="choice">
                    <input
                      type="radio"
                      id={`${fieldId('sex')}-${sex}`}
                      value={sex}
                      aria-invalid={invalid}
                      {...register('sex')}
                    />
                    <FormattedMessage id={`participants.sex.${sex}`} />
                  </label>
                ))}
              </div>
            )}
          </FieldGroup>
          <Field {...props('birthDate')} required>
            {(a) => <input {...a} type="date" {...register('birthDate')} />}
          </Field>
          <Field {...props('birthCountry')} required>
            {(a) => (
              <select {...a} {...register('birthCountry')}>
                <option value="">{intl.formatMessage({ id: 'common.select' })}</option>
                {countries.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field {...props('birthPlace')} hint="participants.hint.birthPlace">
            {(a) => <input {...a} type="text" {...register('birthPlace')} />}
          </Field>
          <Field {...props('codiceFiscale')} hint="participants.hint.codiceFiscale">
            {(a) => (
              <input
                {...a}
                type="text"
                className="mono uppercase"
                autoComplete="off"
                spellCheck={false}
                {...register('codiceFiscale')}
              />
            )}
          </Field>
          <CitizenshipsField form={form} error={error('citizenships')} />
        </div>
      </section>

      <section className="form-section" aria-labelledby="section-contacts">
        <h2 id="section-contacts">
          <FormattedMessage id="participants.section.contacts" />
        </h2>
        <div className="form-grid">
          <Field {...props('residenceComune')}>
            {(a) => <input {...a} type="text" {...register('residenceComune')} />}
          </Field>
          <Field {...props('email')}>
            {(a) => <input {...a} type="email" autoComplete="off" {...register('email')} />}
          </Field>
          <Field {...props('phone')} hint="participants.hint.phone">
            {(a) => <input {...a} type="tel" autoComplete="off" {...register('phone')} />}
          </Field>
          <Field {...props('referredBy')} hint="participants.hint.referredBy">
            {(a) => <input {...a} type="text" {...register('referredBy')} />}
          </Field>
        </div>
      </section>

      <section className="form-section" aria-labelledby="section-languages">
        <h2 id="section-languages">
          <FormattedMessage id="participants.section.languages" />
        </h2>
        <div className="form-grid">
          <Field {...props('languages')} hint="participants.hint.languages">
            {(a) => <input {...a} type="text" {...register('languages')} />}
          </Field>
          <Field {...props('italianLevel')}>
            {(a) => (
              <select {...a} {...register('italianLevel')}>
                <Options values={ITALIAN_LEVELS} prefix="participants.italianLevel" />
              </select>
            )}
          </Field>
          <Field {...props('educationIsced')}>
            {(a) => (
              <select {...a} {...register('educationIsced')}>
                <Options values={ISCED_LEVELS} prefix="participants.isced" />
              </select>
            )}
          </Field>
        </div>
      </section>

      <section className="form-section" aria-labelledby="section-migration">
        <h2 id="section-migration">
          <FormattedMessage id="participants.section.migration" />
        </h2>
        <div className="form-grid">
          <Field {...props('residencePermitType')}>
            {(a) => (
              <select {...a} {...register('residencePermitType')}>
                <Options values={PERMIT_TYPES} prefix="participants.permit" />
              </select>
            )}
          </Field>
          <Field {...props('residencePermitExpiry')}>
            {(a) => <input {...a} type="date" {...register('residencePermitExpiry')} />}
          </Field>
          <Field {...props('arrivalYear')}>
            {(a) => (
              <input
                {...a}
                type="text"
                inputMode="numeric"
                className="narrow"
                {...register('arrivalYear')}
              />
            )}
          </Field>
          <div className="field checkbox-field">
            <label className="choice" htmlFor={fieldId('internationalProtection')}>
              <input
                type="checkbox"
                id={fieldId('internationalProtection')}
                {...register('internationalProtection')}
              />
              <FormattedMessage id="participants.field.internationalProtection" />
            </label>
          </div>
        </div>
      </section>

      <section className="form-section" aria-labelledby="section-consent">
        <h2 id="section-consent">
          <FormattedMessage id="participants.section.consent" />
        </h2>
        <div className="form-grid">
          <Field {...props('consentDate')} required>
            {(a) => <input {...a} type="date" {...register('consentDate')} />}
          </Field>
          <Field {...props('consentLegalBasis')} required>
            {(a) => (
              <select {...a} {...register('consentLegalBasis')}>
                <Options values={LEGAL_BASES} prefix="participants.legalBasis" />
              </select>
            )}
          </Field>
          <FieldGroup {...props('consentScopes')} required className="span-2">
            {(invalid) => (
              <div className="choice-column">
                {CONSENT_SCOPES.map((scope) => (
                  <label key={scope} className="choice">
                    <input
                      type="checkbox"
                      id={`${fieldId('consentScopes')}-${scope}`}
                      value={scope}
                      aria-invalid={invalid}
                      {...register('consentScopes')}
                    />
                    <FormattedMessage id={`participants.scope.${scope}`} />
                  </label>
                ))}
              </div>
            )}
          </FieldGroup>
        </div>
      </section>
    </>
  );
}
