import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CourseSummary } from '../../../electron/features/courses/contract';
import { IMPORT_FIELDS, type ImportField } from '../../../electron/features/imports/contract';
import { CONSENT_SCOPES, LEGAL_BASES } from '../../../electron/features/participants/contract';
import { Field, FieldGroup, useErrorText } from '../../ui/Field';
import {
  isDefaultable,
  isRequired,
  NOT_IMPORTED,
  SAME_FOR_ALL,
  type MappingFormValues,
} from './forms';
import { whileBusy } from '../../ui/busy';

/** The value for everybody of a field, shown under its select when chosen. */
function DefaultValue({
  field,
  form,
}: {
  field: ImportField;
  form: UseFormReturn<MappingFormValues>;
}) {
  const intl = useIntl();
  const { register, formState } = form;
  const errors = formState.errors.defaults;
  const label = intl.formatMessage(
    { id: 'imports.mapping.valueFor' },
    { field: intl.formatMessage({ id: `participants.field.${field}` }) },
  );
  const id = `import-default-${field}`;
  const errorText = useErrorText();
  const describe = (message: string | undefined) => (message ? `${id}-error` : undefined);
  const errorLine = (message: string | undefined) =>
    message ? (
      <p className="field-error" id={`${id}-error`}>
        {errorText(message)}
      </p>
    ) : null;
  if (field === 'consentScopes') {
    return (
      <fieldset
        className="field field-group import-default"
        aria-describedby={describe(errors?.consentScopes?.message)}
      >
        <legend>{label}</legend>
        {CONSENT_SCOPES.map((scope) => (
          <label className="choice" key={scope}>
            <input type="checkbox" value={scope} {...register('defaults.consentScopes')} />
            <FormattedMessage id={`participants.scope.${scope}`} />
          </label>
        ))}
        {errorLine(errors?.consentScopes?.message)}
      </fieldset>
    );
  }
  const message =
    field === 'consentDate'
      ? errors?.consentDate?.message
      : field === 'consentLegalBasis'
        ? errors?.consentLegalBasis?.message
        : errors?.referredBy?.message;
  return (
    <div className={`field import-default${message ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {field === 'consentLegalBasis' ? (
        <select
          id={id}
          aria-invalid={Boolean(message)}
          aria-describedby={describe(message)}
          {...register('defaults.consentLegalBasis')}
        >
          <option value="">{intl.formatMessage({ id: 'imports.mapping.choose' })}</option>
          {LEGAL_BASES.map((basis) => (
            <option key={basis} value={basis}>
              {intl.formatMessage({ id: `participants.legalBasis.${basis}` })}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          type={field === 'consentDate' ? 'date' : 'text'}
          maxLength={200}
          aria-invalid={Boolean(message)}
          aria-describedby={describe(message)}
          {...register(field === 'consentDate' ? 'defaults.consentDate' : 'defaults.referredBy')}
        />
      )}
      {errorLine(message)}
    </div>
  );
}

/** One select per participant field: a column of the file, nothing, or a value for everybody. */
export function MappingFields({
  headers,
  form,
}: {
  headers: readonly string[];
  form: UseFormReturn<MappingFormValues>;
}) {
  const intl = useIntl();
  const { register, watch, formState } = form;
  const columns = watch('columns');
  return (
    <fieldset className="import-mapping">
      <legend>
        <FormattedMessage id="imports.mapping.fields" />
      </legend>
      <div className="import-mapping-grid">
        {IMPORT_FIELDS.map((field) => (
          <div key={field} className="import-mapping-item">
            <Field
              id={`import-column-${field}`}
              label={`participants.field.${field}`}
              required={isRequired(field)}
              error={formState.errors.columns?.[field]?.message}
            >
              {(control) => (
                <select {...control} {...register(`columns.${field}`)}>
                  <option value={NOT_IMPORTED}>
                    {intl.formatMessage({
                      id: isRequired(field)
                        ? 'imports.mapping.choose'
                        : 'imports.mapping.notImported',
                    })}
                  </option>
                  {headers.map((header) => (
                    <option key={header} value={header}>
                      {header}
                    </option>
                  ))}
                  {isDefaultable(field) ? (
                    <option value={SAME_FOR_ALL}>
                      {intl.formatMessage({ id: 'imports.mapping.sameForAll' })}
                    </option>
                  ) : null}
                </select>
              )}
            </Field>
            {columns[field] === SAME_FOR_ALL ? <DefaultValue field={field} form={form} /> : null}
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** The course to enrol everybody in, and what to do with people already registered. */
export function ImportOptions({
  courses,
  form,
}: {
  courses: CourseSummary[];
  form: UseFormReturn<MappingFormValues>;
}) {
  const intl = useIntl();
  const { register } = form;
  return (
    <div className="import-options">
      <Field id="import-course" label="imports.options.course">
        {(control) => (
          <select {...control} {...register('courseId')}>
            <option value="">{intl.formatMessage({ id: 'imports.options.noCourse' })}</option>
            {courses.map((course) => (
              <option key={course.id} value={String(course.id)}>
                {`${course.title} (${course.projectCode})`}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FieldGroup id="import-duplicates" label="imports.options.duplicates">
        {() => (
          <>
            <label className="choice">
              <input type="radio" value="stop" {...register('onDuplicate')} />
              <FormattedMessage id="imports.options.stop" />
            </label>
            <label className="choice">
              <input type="radio" value="skip" {...register('onDuplicate')} />
              <FormattedMessage id="imports.options.skip" />
            </label>
          </>
        )}
      </FieldGroup>
    </div>
  );
}

/** Saving the current mapping under a name, for the next file with the same columns. */
export function SaveMapping({
  form,
  onSave,
}: {
  form: UseFormReturn<MappingFormValues>;
  onSave: (name: string) => Promise<string | null>;
}) {
  const intl = useIntl();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function save() {
    const name = form.getValues('saveAs').trim();
    if (name === '') {
      setError(intl.formatMessage({ id: 'imports.saved.nameRequired' }));
      document.getElementById('import-save-as')?.focus();
      return;
    }
    setBusy(true);
    setError(await onSave(name));
    setBusy(false);
  }
  return (
    <div className="import-save">
      <Field
        id="import-save-as"
        label="imports.saved.saveAs"
        hint="imports.saved.saveHint"
        error={error ?? undefined}
      >
        {(control) => (
          <input {...control} type="text" maxLength={80} {...form.register('saveAs')} />
        )}
      </Field>
      <button
        type="button"
        className="button-secondary"
        {...whileBusy(busy)}
        onClick={() => void save()}
      >
        <FormattedMessage id="imports.saved.save" />
      </button>
    </div>
  );
}
