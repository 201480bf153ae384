import { useIntl } from 'react-intl';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { get } from 'react-hook-form';
import { LEVELS_REACHED } from '../../../electron/features/competences/contract';
import { ASSESSMENT_METHODS } from '../../../electron/features/certificates/snapshot';
import { Field } from '../../ui/Field';
import { TextField, textFieldId } from '../../ui/TextField';

interface Assessment {
  levelReached?: unknown;
  assessmentMethod?: unknown;
  assessorName?: unknown;
  assessedOn?: unknown;
  evidence?: unknown;
}

/** Level reached, how and when it was assessed, by whom, and the evidence: the same in every record form. */
export function AssessmentFields<T extends FieldValues & Assessment, O extends FieldValues>({
  form,
  idPrefix,
}: {
  form: UseFormReturn<T, unknown, O>;
  idPrefix: string;
}) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const name = (field: keyof Assessment) => field as Path<T>;
  const error = (field: keyof Assessment): string | undefined => {
    const found: { message?: string } | undefined = get(form.formState.errors, field);
    return found?.message;
  };
  const select = (field: 'levelReached' | 'assessmentMethod', options: readonly string[]) => (
    <Field
      id={textFieldId(idPrefix, field)}
      label={`competences.field.${field}`}
      required
      error={error(field)}
    >
      {(control) => (
        <select {...control} {...form.register(name(field))}>
          <option value="">{t('common.select')}</option>
          {options.map((v) => (
            <option key={v} value={v}>
              {t(`competences.${field === 'levelReached' ? 'level' : 'method'}.${v}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <>
      <div className="form-grid">
        {select('levelReached', LEVELS_REACHED)}
        {select('assessmentMethod', ASSESSMENT_METHODS)}
        <TextField
          form={form}
          idPrefix={idPrefix}
          name={name('assessorName')}
          label="competences.field.assessorName"
          required
        />
        <TextField
          form={form}
          idPrefix={idPrefix}
          name={name('assessedOn')}
          label="competences.field.assessedOn"
          type="date"
          required
        />
      </div>
      <Field
        id={textFieldId(idPrefix, 'evidence')}
        label="competences.field.evidence"
        hint="competences.hint.evidence"
        error={error('evidence')}
      >
        {(control) => (
          <textarea rows={3} maxLength={2000} {...control} {...form.register(name('evidence'))} />
        )}
      </Field>
    </>
  );
}
