import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, ApiResult } from '../../../electron/api/errors';
import { api } from '../../app/api';
import type { ParticipantCourseAttendance } from '../../../electron/features/attendance/contract';
import type {
  DuplicateMatch,
  Participant,
  ParticipantInput,
  ParticipantSummary,
} from '../../../electron/features/participants/contract';

// The feature hooks are the only code in the renderer that calls the API (DESIGN §7).

const SEARCH_DEBOUNCE_MS = 150;
const PAGE_SIZE = 50;

interface SearchResults {
  /** The request these results answer; when it differs from the current one, a search is running. */
  key: string;
  items: ParticipantSummary[];
  hasMore: boolean;
  error: ApiError | null;
  loadingMore: boolean;
}

/** Search as you type: debounced, newest answer wins, pages of 50 with "load more". */
export function useParticipantSearch(query: string, includeArchived: boolean) {
  const [reloadToken, setReloadToken] = useState(0);
  const text = query.trim().slice(0, 100);
  const key = JSON.stringify([text, includeArchived, reloadToken]);
  const [results, setResults] = useState<SearchResults>({
    key: '',
    items: [],
    hasMore: false,
    error: null,
    loadingMore: false,
  });
  const latest = useRef('');

  useEffect(() => {
    latest.current = key;
    const timer = setTimeout(() => {
      void api()
        ['participants.search']({
          query: text,
          includeArchived,
          limit: PAGE_SIZE,
        })
        .then((result) => {
          if (latest.current !== key) return;
          setResults(
            result.ok
              ? { key, ...result.data, error: null, loadingMore: false }
              : { key, items: [], hasMore: false, error: result.error, loadingMore: false },
          );
        });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key, text, includeArchived]);

  const offset = results.items.length;
  const loadMore = useCallback(() => {
    setResults((r) => ({ ...r, loadingMore: true }));
    void api()
      ['participants.search']({
        query: text,
        includeArchived,
        limit: PAGE_SIZE,
        offset,
      })
      .then((result) => {
        if (latest.current !== key) return;
        setResults((r) =>
          result.ok
            ? {
                ...r,
                items: [...r.items, ...result.data.items],
                hasMore: result.data.hasMore,
                error: null,
                loadingMore: false,
              }
            : { ...r, error: result.error, loadingMore: false },
        );
      });
  }, [key, text, includeArchived, offset]);

  const retry = useCallback(() => setReloadToken((n) => n + 1), []);
  const current = results.key === key;
  return {
    items: results.items,
    hasMore: current && results.hasMore,
    error: current ? results.error : null,
    loading: !current || results.loadingMore,
    /** True until the first answer arrives. */
    initial: results.key === '',
    loadMore,
    retry,
  };
}

interface ParticipantResult {
  key: string;
  participant: Participant | null;
  error: ApiError | null;
}

export function useParticipant(id: number) {
  const [reloadToken, setReloadToken] = useState(0);
  const key = `${id}:${reloadToken}`;
  const [result, setResult] = useState<ParticipantResult>({
    key: '',
    participant: null,
    error: null,
  });

  useEffect(() => {
    let current = true;
    void api()
      ['participants.get']({ id })
      .then((answer) => {
        if (!current) return;
        setResult(
          answer.ok
            ? { key, participant: answer.data, error: null }
            : { key, participant: null, error: answer.error },
        );
      });
    return () => {
      current = false;
    };
  }, [id, key]);

  const reload = useCallback(() => setReloadToken((n) => n + 1), []);
  const replace = useCallback(
    (participant: Participant) => setResult({ key, participant, error: null }),
    [key],
  );
  const loading = result.key !== key;
  return {
    // Keep showing the last answer while reloading, so the page does not flash.
    participant: result.participant,
    error: loading ? null : result.error,
    loading,
    reload,
    replace,
  };
}

export function useCheckDuplicates() {
  return useCallback(
    (data: ParticipantInput, excludeId?: number): Promise<ApiResult<DuplicateMatch[]>> =>
      api()['participants.checkDuplicates']({
        firstName: data.firstName,
        lastName: data.lastName,
        birthDate: data.birthDate,
        codiceFiscale: data.codiceFiscale,
        excludeId,
      }),
    [],
  );
}

export function useSaveParticipant() {
  return useCallback(
    (
      data: ParticipantInput,
      options: { id?: number; acknowledgeDuplicates: boolean },
    ): Promise<ApiResult<Participant>> =>
      options.id === undefined
        ? api()['participants.create']({
            data,
            acknowledgeDuplicates: options.acknowledgeDuplicates,
          })
        : api()['participants.update']({
            id: options.id,
            data,
            acknowledgeDuplicates: options.acknowledgeDuplicates,
          }),
    [],
  );
}

export function useSetArchived() {
  return useCallback(
    (id: number, archived: boolean): Promise<ApiResult<Participant>> =>
      api()['participants.setArchived']({ id, archived }),
    [],
  );
}

interface CoursesResult {
  key: string;
  courses: ParticipantCourseAttendance[] | null;
  error: ApiError | null;
}

/** The person's courses with their hours and rate; nothing is asked when `enabled` is false. */
export function useParticipantCourses(participantId: number, enabled: boolean) {
  const [reloadToken, setReloadToken] = useState(0);
  const key = `${participantId}:${reloadToken}`;
  const [result, setResult] = useState<CoursesResult>({ key: '', courses: null, error: null });

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    void api()
      ['attendance.forParticipant']({ participantId })
      .then((answer) => {
        if (!current) return;
        setResult(
          answer.ok
            ? { key, courses: answer.data, error: null }
            : { key, courses: null, error: answer.error },
        );
      });
    return () => {
      current = false;
    };
  }, [participantId, key, enabled]);

  const reload = useCallback(() => setReloadToken((n) => n + 1), []);
  const loading = enabled && result.key !== key;
  return { courses: result.courses, error: loading ? null : result.error, loading, reload };
}
