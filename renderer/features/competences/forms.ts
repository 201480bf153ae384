import { contract } from '../../../electron/api/contract';
import {
  frameworkFile,
  type Competence,
  type CompetenceRecord,
  type FrameworkImportReport,
  type RecordSource,
  type RecordSuggestion,
} from '../../../electron/features/competences/contract';
import { useApiForm } from '../../ui/apiForm';
import { localToday } from '../pathways/dates';
import { useCompetencesApi } from './hooks';

// The forms of the competence screens: each over one API call, with the contract's schema.

export const COMPETENCE_FIELDS = [
  'data.code',
  'data.track',
  'data.eqfLevel',
  'data.titleIt',
  'data.descriptionIt',
  'data.titleEn',
  'data.descriptionEn',
  'data.escoUri',
  'data.adaCode',
] as const;

function competenceDefaults(competence: Competence | null) {
  return {
    data: {
      code: competence?.code ?? '',
      track: competence?.track,
      eqfLevel: competence?.eqfLevel,
      titleIt: competence?.titleIt ?? '',
      descriptionIt: competence?.descriptionIt ?? '',
      titleEn: competence?.titleEn ?? '',
      descriptionEn: competence?.descriptionEn ?? '',
      escoUri: competence?.escoUri ?? '',
      adaCode: competence?.adaCode ?? '',
    },
  };
}

/** A new competence (`competence` null) or a change to one; server errors land on the fields. */
export function useCompetenceForm(
  competence: Competence | null,
  onSaved: (saved: Competence) => void,
) {
  const { createCompetence, updateCompetence } = useCompetencesApi();
  return useApiForm({
    schema: contract['competences.create'].input,
    defaultValues: competenceDefaults(competence),
    fields: COMPETENCE_FIELDS,
    call: (input) =>
      competence ? updateCompetence({ id: competence.id, ...input }) : createCompetence(input),
    onSuccess: onSaved,
  });
}

/** The competences a course aims at: ticked in a list, saved together. */
export function useCourseCompetencesForm(
  courseId: number,
  current: readonly Competence[],
  onSaved: (saved: Competence[]) => void,
) {
  const { setForCourse } = useCompetencesApi();
  return useApiForm({
    schema: contract['competences.setForCourse'].input,
    defaultValues: { courseId, competenceIds: current.map((c) => c.id) },
    fields: ['competenceIds'],
    call: setForCourse,
    onSuccess: onSaved,
  });
}

export const ASSESSMENT_FIELDS = [
  'levelReached',
  'assessmentMethod',
  'assessorName',
  'assessedOn',
  'evidence',
] as const;

/** A suggestion as the server takes it back: who, which competence, from which activity. */
export function suggestionItem(suggestion: RecordSuggestion & { competenceId: number }) {
  return {
    participantId: suggestion.participantId,
    competenceId: suggestion.competenceId,
    source: suggestion.source,
  };
}

/** Turns the chosen suggestions into drafts, with one assessment for all of them. */
export function useAcceptForm(
  items: ReturnType<typeof suggestionItem>[],
  assessorName: string,
  onAccepted: (created: number) => void,
) {
  const { acceptSuggestions } = useCompetencesApi();
  return useApiForm({
    schema: contract['competenceRecords.acceptSuggestions'].input,
    defaultValues: {
      items,
      levelReached: undefined,
      assessmentMethod: undefined,
      assessorName,
      assessedOn: localToday(),
      evidence: '',
    },
    fields: ['items', ...ASSESSMENT_FIELDS],
    call: acceptSuggestions,
    onSuccess: (result) => onAccepted(result.created),
  });
}

/** Revoking a record needs a reason; it stays in the person's history. */
export function useRevokeRecordForm(record: CompetenceRecord, onRevoked: () => void) {
  const { revokeRecord } = useCompetencesApi();
  return useApiForm({
    schema: contract['competenceRecords.revoke'].input,
    defaultValues: { id: record.id, reason: '' },
    fields: ['reason'],
    call: revokeRecord,
    onSuccess: onRevoked,
  });
}

const importFile = frameworkFile.extend({
  contentBase64: frameworkFile.shape.contentBase64.min(1, 'competences.import.noFile'),
});

/** A framework file chosen from disk (read as base64 when chosen); the server answers with a report. */
export function useFrameworkImportForm(onReport: (report: FrameworkImportReport) => void) {
  const { importFramework } = useCompetencesApi();
  return useApiForm({
    schema: importFile,
    defaultValues: { format: 'csv', contentBase64: '' },
    fields: ['contentBase64', 'format'],
    call: importFramework,
    onSuccess: onReport,
  });
}

export const RECORD_FIELDS = [
  'competenceId',
  'source',
  'source.courseId',
  'source.volunteeringId',
  'source.milestoneId',
  'source.title',
  'source.from',
  'source.to',
  'source.hours',
  ...ASSESSMENT_FIELDS,
] as const;

export type SourceKind = RecordSource['kind'];

/**
 * A blank source of this kind, still to be chosen: switching kind replaces the
 * object, so no other kind's field is sent (the schema is strict).
 */
export function blankSource(kind: SourceKind): Partial<RecordSource> {
  switch (kind) {
    case 'course':
      return { kind, courseId: undefined };
    case 'volunteering':
      return { kind, volunteeringId: undefined };
    case 'internship':
      return { kind, milestoneId: undefined };
    case 'experience':
      return { kind, title: '', from: '', to: '' };
  }
}

/** A new record for one person: from a suggestion (its source fixed) or from scratch. */
export function useRecordForm(
  participantId: number,
  start: { competenceId: number | null; source: Partial<RecordSource> },
  assessorName: string,
  onSaved: (saved: CompetenceRecord) => void,
) {
  const { createRecord } = useCompetencesApi();
  return useApiForm({
    schema: contract['competenceRecords.create'].input,
    defaultValues: {
      participantId,
      competenceId: start.competenceId ?? undefined,
      source: start.source,
      levelReached: undefined,
      assessmentMethod: undefined,
      assessorName,
      assessedOn: localToday(),
      evidence: '',
    },
    fields: RECORD_FIELDS,
    call: createRecord,
    onSuccess: onSaved,
  });
}
