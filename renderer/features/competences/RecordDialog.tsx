import { get } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import type {
  CompetenceRecord,
  RecordSource,
  RecordSuggestion,
} from '../../../electron/features/competences/contract';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { LoadState } from '../../ui/LoadState';
import { TextField, textFieldId } from '../../ui/TextField';
import { useFormatDate } from '../../ui/dates';
import { useSession } from '../auth/session';
import { AssessmentFields } from './AssessmentFields';
import { blankSource, useRecordForm, type SourceKind } from './forms';
import { useCompetenceChoices, usePersonSources } from './hooks';
import { useSourceFacts } from './RecordsTable';
import { whileBusy } from '../../ui/busy';

const ID = 'record';
const KINDS: readonly SourceKind[] = ['course', 'volunteering', 'internship', 'experience'];
const toNumber = (v: unknown) =>
  v === '' || v === undefined || v === null ? undefined : Number(v);

type Choice = { id: number; label: string };

/** The person's activities of one kind, as choices. */
function useSourceChoices(participantId: number, enabled: boolean) {
  const sources = usePersonSources(participantId, enabled);
  const formatDate = useFormatDate();
  const choices: Record<Exclude<SourceKind, 'experience'>, Choice[]> = {
    course: sources.courses.map((c) => ({ id: c.courseId, label: c.courseTitle })),
    volunteering: sources.volunteering.map((v) => ({
      id: v.id,
      label: `${v.role ? `${v.hostAssociation} — ${v.role}` : v.hostAssociation} (${formatDate(v.startDate)})`,
    })),
    internship: sources.internships.map((i) => ({
      id: i.milestoneId,
      label: `${i.details.hostOrganisation} (${formatDate(i.details.startDate)})`,
    })),
  };
  return { choices, loading: sources.loading, error: sources.error, reload: sources.reload };
}

/**
 * A new competence record for one person. From a suggestion the activity is
 * fixed (and the competence too, for a course); from scratch the user chooses
 * the kind of activity and which one.
 */
export function RecordDialog({
  participantId,
  participantName,
  suggestion,
  onSaved,
  onCancel,
}: {
  participantId: number;
  participantName: string;
  suggestion: RecordSuggestion | null;
  onSaved: (record: CompetenceRecord) => void;
  onCancel: () => void;
}) {
  const intl = useIntl();
  const { user } = useSession();
  const competences = useCompetenceChoices();
  const sourceFacts = useSourceFacts();
  const fromScratch = suggestion === null;
  const sources = useSourceChoices(participantId, fromScratch);
  const start = suggestion
    ? { competenceId: suggestion.competenceId, source: suggestion.source }
    : { competenceId: null, source: blankSource('course') };
  const { form, onSubmit, saving, formError } = useRecordForm(
    participantId,
    start,
    user.displayName,
    onSaved,
  );
  // No autofocus needed: the dialog starts on its first control, which is the first choice to make.
  const source = form.watch('source') as Partial<RecordSource>;
  const kind = source.kind ?? 'course';
  const english = intl.locale.startsWith('en');
  const t = (id: string) => intl.formatMessage({ id });
  const error = (name: string) => {
    const found: { message?: string } | undefined = get(form.formState.errors, name);
    return found?.message;
  };
  // An id not chosen fails as "invalid"; for a list, "choose a value" says what to do.
  const choiceError = (name: string) => {
    const message = error(name);
    return message === 'errors.invalid' && get(form.getValues(), name) === undefined
      ? 'errors.invalidChoice'
      : message;
  };
  const competenceFixed = suggestion !== null && suggestion.competenceId !== null;

  const sourceField = () => {
    if (kind === 'experience') {
      return (
        <>
          <TextField
            form={form}
            idPrefix={ID}
            name="source.title"
            label="competences.field.experienceTitle"
            hint="competences.hint.experienceTitle"
            required
            className="span-2"
          />
          <TextField
            form={form}
            idPrefix={ID}
            name="source.from"
            label="competences.field.from"
            type="date"
          />
          <TextField
            form={form}
            idPrefix={ID}
            name="source.to"
            label="competences.field.to"
            type="date"
          />
          <Field
            id={textFieldId(ID, 'source.hours')}
            label="competences.field.hours"
            error={error('source.hours')}
          >
            {(control) => (
              <input
                {...control}
                type="number"
                min={1}
                step={1}
                {...form.register('source.hours', { setValueAs: toNumber })}
              />
            )}
          </Field>
        </>
      );
    }
    const name =
      kind === 'course'
        ? 'source.courseId'
        : kind === 'volunteering'
          ? 'source.volunteeringId'
          : 'source.milestoneId';
    const options = sources.choices[kind];
    return (
      <Field
        id={textFieldId(ID, name)}
        label={`competences.field.source.${kind}`}
        required
        error={choiceError(name)}
      >
        {(control) => (
          <select {...control} {...form.register(name, { setValueAs: toNumber })}>
            <option value="">
              {t(options.length === 0 ? `competences.noSource.${kind}` : 'common.select')}
            </option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
    );
  };

  return (
    <Dialog
      title={intl.formatMessage({ id: 'competences.record.title' }, { name: participantName })}
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="button-secondary" onClick={onCancel}>
            <FormattedMessage id="common.cancel" />
          </button>
          <button type="submit" form="record-form" className="button" {...whileBusy(saving)}>
            <FormattedMessage id={saving ? 'common.saving' : 'competences.record.save'} />
          </button>
        </>
      }
    >
      <form id="record-form" className="dialog-form record-form" noValidate onSubmit={onSubmit}>
        {suggestion ? (
          <div className="record-source">
            <p className="record-source-label">
              <FormattedMessage id="competences.col.source" />
            </p>
            <p>
              {t(`competences.source.${suggestion.source.kind}`)}: {suggestion.sourceTitle}
              <span className="competence-detail">{sourceFacts(suggestion)}</span>
            </p>
          </div>
        ) : (
          <div className="form-grid">
            <Field
              id={textFieldId(ID, 'source.kind')}
              label="competences.field.sourceKind"
              required
              error={error('source')}
            >
              {(control) => (
                <select
                  {...control}
                  value={kind}
                  onChange={(e) =>
                    form.setValue('source', blankSource(e.target.value as SourceKind) as never)
                  }
                >
                  {KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`competences.source.${k}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {sources.loading || sources.error ? (
              <LoadState loading={sources.loading} error={sources.error} onRetry={sources.reload} />
            ) : null}
            <div className="form-grid span-2" key={kind}>
              {sourceField()}
            </div>
          </div>
        )}
        <Field
          id={textFieldId(ID, 'competenceId')}
          label="competences.field.competence"
          required
          error={choiceError('competenceId')}
        >
          {(control) =>
            competenceFixed ? (
              <p className="record-fixed" id={control.id}>
                <span className="mono">{suggestion.competenceCode}</span>{' '}
                {suggestion.competenceTitle}
              </p>
            ) : (
              <select {...control} {...form.register('competenceId', { setValueAs: toNumber })}>
                <option value="">{t('common.select')}</option>
                {(competences.data ?? []).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.code} – {english ? c.titleEn : c.titleIt}
                  </option>
                ))}
              </select>
            )
          }
        </Field>
        <AssessmentFields form={form} idPrefix={ID} />
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}
