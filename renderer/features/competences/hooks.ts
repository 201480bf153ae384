import { useEffect, useMemo, useRef, useState } from 'react';
import type { ChannelInput, ChannelName } from '../../../electron/api/contract';
import type { ApiError } from '../../../electron/api/errors';
import type { CompetenceTrack } from '../../../electron/features/competences/contract';
import type { MilestoneDetails } from '../../../electron/features/pathways/contract';
import { callChannel } from '../../app/api';
import { useLocale } from '../../i18n/LocaleProvider';
import { useLoad } from '../courses/hooks';

// The competence framework and competence record hooks: with the other feature
// hooks, the only code in the renderer that calls the API (DESIGN §7).

const SEARCH_DEBOUNCE_MS = 150;

/** The framework, searched as you type (the text waits for a pause; the newest answer wins). */
export function useFramework(query: string, track: CompetenceTrack | '', includeInactive: boolean) {
  const text = query.trim().slice(0, 100);
  const [sent, setSent] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSent(text), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const result = useLoad('competences.list', {
    query: sent,
    includeInactive,
    ...(track ? { track } : {}),
  });
  return { ...result, loading: result.loading || sent !== text };
}

/** The active competences, to choose from. */
export const useCompetenceChoices = (enabled = true) =>
  useLoad('competences.list', { query: '', includeInactive: false }, enabled);

export const useCourseCompetences = (courseId: number) =>
  useLoad('competences.forCourse', { courseId });
/** A channel whose answer carries texts in the user's language (competence titles): asked again when it changes. */
function useLocalisedLoad<K extends ChannelName>(
  channel: K,
  input: ChannelInput<K>,
  enabled: boolean,
) {
  const { locale } = useLocale();
  const result = useLoad(channel, input, enabled);
  const shown = useRef(locale);
  const { reload } = result;
  useEffect(() => {
    if (shown.current === locale) return;
    shown.current = locale;
    reload();
  }, [locale, reload]);
  return result;
}

export const useCourseRecords = (courseId: number, enabled: boolean) =>
  useLocalisedLoad('competenceRecords.list', { courseId }, enabled);
export const useCourseSuggestions = (courseId: number, enabled: boolean) =>
  useLocalisedLoad('competenceRecords.suggestions', { courseId }, enabled);
export const usePersonRecords = (participantId: number, enabled: boolean) =>
  useLocalisedLoad('competenceRecords.list', { participantId }, enabled);
export const usePersonSuggestions = (participantId: number, enabled: boolean) =>
  useLocalisedLoad('competenceRecords.suggestions', { participantId }, enabled);

/** An internship milestone of one of the person's pathways: a possible source of a record. */
export interface InternshipSource {
  milestoneId: number;
  details: Extract<MilestoneDetails, { type: 'internship' }>;
}

/**
 * What a person's records can come from: their courses, their volunteering and
 * the internships of the pathways the caller works on.
 */
export function usePersonSources(participantId: number, enabled: boolean) {
  const courses = useLoad('attendance.forParticipant', { participantId }, enabled);
  const volunteering = useLoad('volunteering.list', { participantId }, enabled);
  const pathways = useLoad('pathways.forParticipant', { participantId }, enabled);
  const [internships, setInternships] = useState<{
    key: string;
    items: InternshipSource[];
    error: ApiError | null;
  }>({ key: '', items: [], error: null });
  const pathwayIds = (pathways.data ?? []).map((p) => p.id).join(',');
  useEffect(() => {
    if (!enabled || pathways.data === null) return;
    let current = true;
    const ids = pathwayIds === '' ? [] : pathwayIds.split(',').map(Number);
    void Promise.all(ids.map((id) => callChannel('pathways.get', { id }))).then((results) => {
      if (!current) return;
      const failed = results.find((r) => !r.ok);
      const items = results.flatMap((r) =>
        r.ok
          ? r.data.milestones.flatMap((m) =>
              m.details.type === 'internship' ? [{ milestoneId: m.id, details: m.details }] : [],
            )
          : [],
      );
      setInternships({ key: pathwayIds, items, error: failed && !failed.ok ? failed.error : null });
    });
    return () => {
      current = false;
    };
  }, [enabled, pathwayIds, pathways.data]);
  return {
    courses: courses.data ?? [],
    volunteering: volunteering.data ?? [],
    internships: internships.items,
    loading:
      courses.loading ||
      volunteering.loading ||
      pathways.loading ||
      (pathways.data !== null && internships.key !== pathwayIds),
    error: courses.error ?? volunteering.error ?? pathways.error ?? internships.error,
    reload: () => {
      courses.reload();
      volunteering.reload();
      pathways.reload();
    },
  };
}

/** The write calls of competences and their records, stable across renders. */
export function useCompetencesApi() {
  return useMemo(
    () => ({
      createCompetence: (input: ChannelInput<'competences.create'>) =>
        callChannel('competences.create', input),
      updateCompetence: (input: ChannelInput<'competences.update'>) =>
        callChannel('competences.update', input),
      setActive: (input: ChannelInput<'competences.setActive'>) =>
        callChannel('competences.setActive', input),
      exportFramework: (input: ChannelInput<'competences.export'>) =>
        callChannel('competences.export', input),
      importFramework: (input: ChannelInput<'competences.import'>) =>
        callChannel('competences.import', input),
      setForCourse: (input: ChannelInput<'competences.setForCourse'>) =>
        callChannel('competences.setForCourse', input),
      createRecord: (input: ChannelInput<'competenceRecords.create'>) =>
        callChannel('competenceRecords.create', input),
      validateRecords: (input: ChannelInput<'competenceRecords.validate'>) =>
        callChannel('competenceRecords.validate', input),
      revokeRecord: (input: ChannelInput<'competenceRecords.revoke'>) =>
        callChannel('competenceRecords.revoke', input),
      acceptSuggestions: (input: ChannelInput<'competenceRecords.acceptSuggestions'>) =>
        callChannel('competenceRecords.acceptSuggestions', input),
    }),
    [],
  );
}
