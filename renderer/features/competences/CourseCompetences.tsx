import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Competence, RecordSuggestion } from '../../../electron/features/competences/contract';
import type { Course } from '../../../electron/features/courses/contract';
import { LoadState } from '../../ui/LoadState';
import { useCan } from '../auth/session';
import { focusSoon } from '../pathways/dates';
import { AcceptSuggestions } from './AcceptSuggestions';
import { CourseCompetencesForm } from './CourseCompetencesForm';
import { useCourseCompetences, useCourseRecords, useCourseSuggestions } from './hooks';
import { RecordsPanel } from './RecordsPanel';
import './competences.css';

function AimedList({ competences }: { competences: Competence[] }) {
  const intl = useIntl();
  const english = intl.locale.startsWith('en');
  if (competences.length === 0) {
    return (
      <p className="empty">
        <FormattedMessage id="competences.course.none" />
      </p>
    );
  }
  return (
    <ul className="aimed-list">
      {competences.map((c) => (
        <li key={c.id}>
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
        </li>
      ))}
    </ul>
  );
}

const named = (s: RecordSuggestion): s is RecordSuggestion & { competenceId: number } =>
  s.competenceId !== null;

/**
 * Competenze on the course page: the competences the course aims at, the
 * drafts its attendance suggests, and the course's records.
 */
export function CourseCompetences({
  course,
  onRecordsChanged,
}: {
  course: Course;
  /** Records were created, validated or revoked: what the page shows from them is out of date. */
  onRecordsChanged?: () => void;
}) {
  const intl = useIntl();
  const can = useCan();
  const aimed = useCourseCompetences(course.id);
  const caseWork = can('competenceRecords.list');
  const records = useCourseRecords(course.id, caseWork);
  const suggestions = useCourseSuggestions(course.id, can('competenceRecords.suggestions'));
  const [editing, setEditing] = useState(false);
  const [accepted, setAccepted] = useState<number | null>(null);
  const t = (id: string) => intl.formatMessage({ id });
  const offered = (suggestions.data ?? []).filter(named);

  const recordsChanged = () => {
    records.reload();
    suggestions.reload();
    onRecordsChanged?.();
  };

  return (
    <section
      className="detail-section course-competences"
      aria-labelledby="course-competences-title"
    >
      <h2 id="course-competences-title" className="competences-title" tabIndex={-1}>
        <FormattedMessage id="competences.course.title" />
      </h2>

      <div className="section-header">
        <h3 id="course-aimed-title" tabIndex={-1}>
          <FormattedMessage id="competences.course.aimed" />
        </h3>
        {can('competences.setForCourse') && aimed.data && !editing ? (
          <button type="button" className="button-secondary" onClick={() => setEditing(true)}>
            <FormattedMessage id="competences.course.change" />
          </button>
        ) : null}
      </div>
      {!aimed.data || aimed.error ? (
        <LoadState loading={aimed.loading} error={aimed.error} onRetry={aimed.reload} />
      ) : null}
      {aimed.data && editing ? (
        <CourseCompetencesForm
          course={course}
          current={aimed.data}
          onCancel={() => {
            setEditing(false);
            focusSoon('course-aimed-title');
          }}
          onSaved={() => {
            setEditing(false);
            aimed.reload();
            suggestions.reload();
            focusSoon('course-aimed-title');
          }}
        />
      ) : null}
      {aimed.data && !editing ? <AimedList competences={aimed.data} /> : null}

      {can('competenceRecords.suggestions') ? (
        <>
          <h3>
            <FormattedMessage id="competences.suggestions.title" />
          </h3>
          <p className="section-intro">
            <FormattedMessage
              id="competences.suggestions.intro"
              values={{
                percent: intl.formatNumber(course.minAttendancePct / 100, { style: 'percent' }),
              }}
            />
          </p>
          <div role="status">
            {accepted !== null ? (
              <p className="notice">
                <FormattedMessage id="competences.accepted" values={{ count: accepted }} />
              </p>
            ) : null}
          </div>
          {!suggestions.data || suggestions.error ? (
            <LoadState
              loading={suggestions.loading}
              error={suggestions.error}
              onRetry={suggestions.reload}
            />
          ) : null}
          {suggestions.data && offered.length === 0 ? (
            <p className="empty">
              <FormattedMessage id="competences.suggestions.none" />
            </p>
          ) : null}
          {offered.length > 0 ? (
            <AcceptSuggestions
              // A new list of suggestions starts a new choice (every one ticked).
              key={offered.map((s) => `${s.participantId}:${s.competenceId}`).join(',')}
              suggestions={offered}
              onAccepted={(created) => {
                setAccepted(created);
                recordsChanged();
                focusSoon('course-records-title');
              }}
            />
          ) : null}
        </>
      ) : null}

      {caseWork ? (
        <>
          <h3 id="course-records-title" tabIndex={-1}>
            <FormattedMessage id="competences.course.records" />
          </h3>
          {!records.data || records.error ? (
            <LoadState loading={records.loading} error={records.error} onRetry={records.reload} />
          ) : null}
          {records.data && records.data.length === 0 ? (
            <p className="empty">
              <FormattedMessage id="competences.course.noRecords" />
            </p>
          ) : null}
          {records.data && records.data.length > 0 ? (
            <RecordsPanel
              records={records.data}
              by="course"
              caption={t('competences.course.records')}
              onChanged={recordsChanged}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
