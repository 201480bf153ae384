import { FormattedMessage, useIntl } from 'react-intl';
import {
  SCREENING_DIMENSIONS,
  type PathwayDetail,
} from '../../../electron/features/pathways/contract';
import { useApiForm } from '../../ui/apiForm';
import { FieldGroup } from '../../ui/Field';
import { TextField } from '../../ui/TextField';
import { localToday } from './dates';
import { usePathwaysApi } from './hooks';
import { LEVELS, screeningFormSchema } from './screening';
import { whileBusy } from '../../ui/busy';

const FIELDS = [
  'date',
  'levels',
  ...SCREENING_DIMENSIONS.map((d) => `levels.${d}` as const),
] as const;

/** All eleven dimensions as 1–4 radio groups with a note each; only the scored ones are sent. */
export function ScreeningForm({
  pathway,
  kind,
  onCancel,
  onDone,
}: {
  pathway: PathwayDetail;
  kind: 'baseline' | 'follow_up';
  onCancel: () => void;
  onDone: () => void;
}) {
  const intl = useIntl();
  const { createScreening } = usePathwaysApi();
  const { form, onSubmit, saving, formError } = useApiForm({
    schema: screeningFormSchema,
    defaultValues: {
      pathwayId: pathway.id,
      kind,
      date: localToday(),
      levels: {},
      notes: {},
    },
    fields: FIELDS,
    call: createScreening,
    onSuccess: onDone,
  });
  const errors = form.formState.errors;
  const t = (id: string) => intl.formatMessage({ id });
  return (
    <form className="pathway-form screening-form" onSubmit={onSubmit} noValidate>
      <h3>
        <FormattedMessage
          id={
            kind === 'baseline'
              ? 'pathways.screening.addBaseline'
              : 'pathways.screening.addFollowUp'
          }
        />
      </h3>
      <TextField
        form={form}
        name="date"
        idPrefix="screening"
        label="pathways.screening.date"
        type="date"
        required
      />
      {errors.levels?.message ? (
        <p className="form-error" role="alert" id="screening-levels">
          {t(errors.levels.message)}
        </p>
      ) : null}
      <div className="screening-dimensions">
        {SCREENING_DIMENSIONS.map((d) => (
          <FieldGroup
            key={d}
            id={`screening-levels-${d}`}
            label={`pathways.dimension.${d}`}
            error={errors.levels?.[d]?.message}
            className="screening-dimension"
          >
            {() => (
              <>
                <div className="choice-row">
                  {LEVELS.map((level) => (
                    <label key={level} className="choice">
                      <input type="radio" value={level} {...form.register(`levels.${d}`)} />
                      {level}
                    </label>
                  ))}
                </div>
                <label className="visually-hidden" htmlFor={`screening-notes-${d}`}>
                  {intl.formatMessage(
                    { id: 'pathways.screening.noteFor' },
                    { dimension: t(`pathways.dimension.${d}`) },
                  )}
                </label>
                <input
                  id={`screening-notes-${d}`}
                  type="text"
                  className="score-note-input"
                  placeholder={t('pathways.screening.note')}
                  {...form.register(`notes.${d}`)}
                />
              </>
            )}
          </FieldGroup>
        ))}
      </div>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button" {...whileBusy(saving)}>
          <FormattedMessage id="pathways.screening.save" />
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          <FormattedMessage id="common.cancel" />
        </button>
      </div>
    </form>
  );
}
