import { useEffect } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import {
  COMPETENCE_TRACKS,
  type Competence,
} from '../../../electron/features/competences/contract';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { TextField, textFieldId } from '../../ui/TextField';
import { useCompetenceForm } from './forms';
import { whileBusy } from '../../ui/busy';

const EQF_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8] as const;
const ID = 'competence';

/** Adding a competence to the framework, or changing one: both languages, EQF level and codes. */
export function CompetenceDialog({
  competence,
  onSaved,
  onCancel,
}: {
  competence: Competence | null;
  onSaved: (saved: Competence) => void;
  onCancel: () => void;
}) {
  const intl = useIntl();
  const { form, onSubmit, saving, formError } = useCompetenceForm(competence, onSaved);
  const { setFocus } = form;
  useEffect(() => setFocus('data.code'), [setFocus]);
  const errors = form.formState.errors.data;
  const field = { form, idPrefix: ID } as const;
  const t = (id: string) => intl.formatMessage({ id });
  const description = (name: 'data.descriptionIt' | 'data.descriptionEn', label: string) => (
    <Field
      id={textFieldId(ID, name)}
      label={label}
      required
      error={errors?.[name === 'data.descriptionIt' ? 'descriptionIt' : 'descriptionEn']?.message}
    >
      {(control) => <textarea rows={4} maxLength={2000} {...control} {...form.register(name)} />}
    </Field>
  );
  return (
    <Dialog
      title={
        competence
          ? intl.formatMessage({ id: 'competences.editTitle' }, { code: competence.code })
          : t('competences.new')
      }
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="button-secondary" onClick={onCancel}>
            <FormattedMessage id="common.cancel" />
          </button>
          <button type="submit" form="competence-form" className="button" {...whileBusy(saving)}>
            <FormattedMessage id={saving ? 'common.saving' : 'competences.save'} />
          </button>
        </>
      }
    >
      <form
        id="competence-form"
        className="dialog-form competence-form"
        noValidate
        onSubmit={onSubmit}
      >
        <div className="form-grid competence-form-codes">
          <TextField
            {...field}
            name="data.code"
            label="competences.field.code"
            hint="competences.hint.code"
            required
            inputClassName="mono"
          />
          <Field
            id={textFieldId(ID, 'data.track')}
            label="competences.field.track"
            required
            error={errors?.track?.message}
          >
            {(control) => (
              <select {...control} {...form.register('data.track')}>
                <option value="">{t('common.select')}</option>
                {COMPETENCE_TRACKS.map((v) => (
                  <option key={v} value={v}>
                    {t(`courses.track.${v}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id={textFieldId(ID, 'data.eqfLevel')}
            label="competences.field.eqfLevel"
            hint="competences.hint.eqfLevel"
            required
            error={errors?.eqfLevel?.message}
          >
            {(control) => (
              <select
                {...control}
                {...form.register('data.eqfLevel', {
                  setValueAs: (v: unknown) => (v === '' || v === undefined ? undefined : Number(v)),
                })}
              >
                <option value="">{t('common.select')}</option>
                {EQF_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {level}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="form-grid">
          <TextField {...field} name="data.titleIt" label="competences.field.titleIt" required />
          <TextField {...field} name="data.titleEn" label="competences.field.titleEn" required />
          {description('data.descriptionIt', 'competences.field.descriptionIt')}
          {description('data.descriptionEn', 'competences.field.descriptionEn')}
        </div>
        <div className="form-grid">
          <TextField
            {...field}
            name="data.escoUri"
            label="competences.field.escoUri"
            hint="competences.hint.escoUri"
          />
          <TextField
            {...field}
            name="data.adaCode"
            label="competences.field.adaCode"
            hint="competences.hint.adaCode"
          />
        </div>
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}
