import { FormattedMessage, useIntl } from 'react-intl';
import {
  COMPETENCE_TRACKS,
  type Competence,
} from '../../../electron/features/competences/contract';
import type { Course } from '../../../electron/features/courses/contract';
import { FieldGroup } from '../../ui/Field';
import { LoadState } from '../../ui/LoadState';
import { useCourseCompetencesForm } from './forms';
import { useCompetenceChoices } from './hooks';
import { whileBusy } from '../../ui/busy';

/** The framework to tick from, the course's own track first; retired competences it has stay listed. */
function choicesFor(course: Course, active: Competence[], current: readonly Competence[]) {
  const byId = new Map(active.map((c) => [c.id, c]));
  for (const c of current) byId.set(c.id, c);
  const order = [course.track, ...COMPETENCE_TRACKS.filter((t) => t !== course.track)];
  return order
    .map((track) => ({
      track,
      items: [...byId.values()]
        .filter((c) => c.track === track)
        .sort((a, b) => a.code.localeCompare(b.code)),
    }))
    .filter((group) => group.items.length > 0);
}

/** Choosing the competences a course aims at: a ticked list of the framework. */
export function CourseCompetencesForm({
  course,
  current,
  onCancel,
  onSaved,
}: {
  course: Course;
  current: readonly Competence[];
  onCancel: () => void;
  onSaved: () => void;
}) {
  const intl = useIntl();
  const choices = useCompetenceChoices();
  const { form, onSubmit, saving, formError } = useCourseCompetencesForm(
    course.id,
    current,
    onSaved,
  );
  const chosen = form.watch('competenceIds');
  const english = intl.locale.startsWith('en');
  const toggle = (id: number, on: boolean) =>
    form.setValue('competenceIds', on ? [...chosen, id] : chosen.filter((other) => other !== id), {
      shouldDirty: true,
    });
  if (!choices.data) {
    return <LoadState loading={choices.loading} error={choices.error} onRetry={choices.reload} />;
  }
  return (
    <form className="course-competences-form" noValidate onSubmit={onSubmit}>
      <FieldGroup
        id="course-competenceIds"
        label="competences.course.choose"
        hint="competences.course.chooseHint"
        error={form.formState.errors.competenceIds?.message}
      >
        {() =>
          choicesFor(course, choices.data ?? [], current).map((group) => (
            <div key={group.track} className="competence-choices">
              <p className="competence-choices-track">
                <FormattedMessage id={`courses.track.${group.track}`} />
              </p>
              {group.items.map((c) => (
                <label key={c.id} className="choice">
                  <input
                    type="checkbox"
                    checked={chosen.includes(c.id)}
                    onChange={(e) => toggle(c.id, e.target.checked)}
                  />
                  <span>
                    <span className="mono">{c.code}</span> {english ? c.titleEn : c.titleIt}{' '}
                    <span className="competence-detail-inline">
                      {intl.formatMessage({ id: 'competences.eqf' }, { level: String(c.eqfLevel) })}
                    </span>
                    {c.active ? null : (
                      <>
                        {' '}
                        <span className="badge badge-muted">
                          <FormattedMessage id="competences.inactive" />
                        </span>
                      </>
                    )}
                  </span>
                </label>
              ))}
            </div>
          ))
        }
      </FieldGroup>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button" {...whileBusy(saving)}>
          <FormattedMessage id={saving ? 'common.saving' : 'competences.course.save'} />
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          <FormattedMessage id="common.cancel" />
        </button>
      </div>
    </form>
  );
}
