import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { RecordSuggestion } from '../../../electron/features/competences/contract';
import { LoadState } from '../../ui/LoadState';
import { useCan } from '../auth/session';
import { focusSoon } from '../pathways/dates';
import { usePersonRecords, usePersonSuggestions } from './hooks';
import { RecordDialog } from './RecordDialog';
import { RecordsPanel } from './RecordsPanel';
import { useSourceFacts } from './RecordsTable';
import './competences.css';

type Adding = { suggestion: RecordSuggestion | null };

function SuggestionList({
  suggestions,
  onRecord,
}: {
  suggestions: RecordSuggestion[];
  onRecord: (suggestion: RecordSuggestion) => void;
}) {
  const intl = useIntl();
  const sourceFacts = useSourceFacts();
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  return (
    <ul className="suggestion-list">
      {suggestions.map((s) => {
        const what = s.competenceCode
          ? `${s.competenceCode} ${s.competenceTitle ?? ''}`
          : t('competences.suggestions.chooseCompetence');
        return (
          <li key={JSON.stringify([s.source, s.competenceId])}>
            <div>
              <strong>
                {t(`competences.source.${s.source.kind}`)}: {s.sourceTitle}
              </strong>
              <span className="competence-detail">
                {[what, sourceFacts(s)].filter(Boolean).join(' · ')}
              </span>
            </div>
            <button
              type="button"
              className="button-secondary"
              aria-label={t('competences.suggestions.recordLabel', {
                source: s.sourceTitle,
                what,
              })}
              onClick={() => onRecord(s)}
            >
              <FormattedMessage id="competences.suggestions.record" />
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/** Competenze on a person's page: their records, what their activities suggest, and a new record. */
export function PersonCompetences({
  participantId,
  participantName,
  onRecordsChanged,
}: {
  participantId: number;
  participantName: string;
  /** Records were created, validated or revoked: what the page shows from them is out of date. */
  onRecordsChanged?: () => void;
}) {
  const intl = useIntl();
  const can = useCan();
  const allowed = can('competenceRecords.list');
  const records = usePersonRecords(participantId, allowed);
  const suggestions = usePersonSuggestions(
    participantId,
    allowed && can('competenceRecords.suggestions'),
  );
  const [adding, setAdding] = useState<Adding | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  if (!allowed) return null;
  const changed = () => {
    records.reload();
    suggestions.reload();
    onRecordsChanged?.();
  };
  return (
    <section
      className="detail-section person-competences"
      aria-labelledby="person-competences-title"
    >
      <div className="section-header">
        <h2 id="person-competences-title" className="competences-title" tabIndex={-1}>
          <FormattedMessage id="competences.person.title" />
        </h2>
        {can('competenceRecords.create') ? (
          <button
            type="button"
            className="button-secondary"
            onClick={() => setAdding({ suggestion: null })}
          >
            <FormattedMessage id="competences.person.add" />
          </button>
        ) : null}
      </div>
      <div role="status">
        {saved ? (
          <p className="notice">
            <FormattedMessage id="competences.record.saved" values={{ code: saved }} />
          </p>
        ) : null}
      </div>
      {!records.data || records.error ? (
        <LoadState loading={records.loading} error={records.error} onRetry={records.reload} />
      ) : null}
      {records.data && records.data.length === 0 ? (
        <p className="empty">
          <FormattedMessage id="competences.person.none" />
        </p>
      ) : null}
      {records.data && records.data.length > 0 ? (
        <RecordsPanel
          records={records.data}
          by="person"
          caption={intl.formatMessage({ id: 'competences.person.title' })}
          onChanged={changed}
        />
      ) : null}
      {suggestions.data && suggestions.data.length > 0 ? (
        <>
          <h3>
            <FormattedMessage id="competences.person.suggestions" />
          </h3>
          <p className="section-intro">
            <FormattedMessage id="competences.person.suggestionsIntro" />
          </p>
          <SuggestionList
            suggestions={suggestions.data}
            onRecord={(suggestion) => setAdding({ suggestion })}
          />
        </>
      ) : null}
      {suggestions.error ? (
        <LoadState loading={false} error={suggestions.error} onRetry={suggestions.reload} />
      ) : null}
      {adding ? (
        <RecordDialog
          participantId={participantId}
          participantName={participantName}
          suggestion={adding.suggestion}
          onCancel={() => setAdding(null)}
          onSaved={(record) => {
            setAdding(null);
            setSaved(record.competenceCode);
            changed();
            focusSoon('person-competences-title');
          }}
        />
      ) : null}
    </section>
  );
}
