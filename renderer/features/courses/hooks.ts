import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../electron/api/contract';
import type { ApiError } from '../../../electron/api/errors';
import type { ParticipantSummary } from '../../../electron/features/participants/contract';
import { callChannel } from '../../app/api';
import { saveFile, type DocumentRequest } from './documents';

// The course, session, enrolment and attendance hooks: with the other feature
// hooks, the only code in the renderer that calls the API (DESIGN §7).

interface Loaded<T> {
  key: string;
  data: T | null;
  error: ApiError | null;
}

/**
 * Loads one read channel, again when its input changes or on reload(). The
 * last answer stays visible while reloading, so the page does not flash.
 */
export function useLoad<K extends ChannelName>(channel: K, input: ChannelInput<K>, enabled = true) {
  const [token, setToken] = useState(0);
  const inputKey = JSON.stringify(input);
  const key = `${inputKey}|${token}|${enabled}`;
  const [state, setState] = useState<Loaded<ChannelOutput<K>>>({
    key: '',
    data: null,
    error: null,
  });
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    void callChannel(channel, JSON.parse(inputKey) as ChannelInput<K>).then((result) => {
      if (!current) return;
      setState((previous) =>
        result.ok
          ? { key, data: result.data, error: null }
          : { key, data: previous.data, error: result.error },
      );
    });
    return () => {
      current = false;
    };
  }, [channel, key, inputKey, enabled]);
  const reload = useCallback(() => setToken((n) => n + 1), []);
  const loading = enabled && state.key !== key;
  return { data: state.data, error: loading ? null : state.error, loading, reload };
}

export const useCourses = () => useLoad('courses.list', {});
export const useCourse = (id: number) => useLoad('courses.get', { id });
export const useSessions = (courseId: number, enabled = true) =>
  useLoad('sessions.list', { courseId }, enabled);
export const useEnrolments = (courseId: number) => useLoad('enrolments.list', { courseId });
export const useAttendanceSummary = (courseId: number, enabled = true) =>
  useLoad('attendance.summary', { courseId }, enabled);
export const useAttendanceSheet = (sessionId: number) => useLoad('attendance.get', { sessionId });
export const useProjectChoices = (enabled = true) => useLoad('projects.list', {}, enabled);

/** The write calls of the Corsi area, stable across renders. */
export function useCoursesApi() {
  return useMemo(
    () => ({
      createCourse: (input: ChannelInput<'courses.create'>) => callChannel('courses.create', input),
      updateCourse: (input: ChannelInput<'courses.update'>) => callChannel('courses.update', input),
      createSession: (input: ChannelInput<'sessions.create'>) =>
        callChannel('sessions.create', input),
      updateSession: (input: ChannelInput<'sessions.update'>) =>
        callChannel('sessions.update', input),
      createCalendar: (input: ChannelInput<'sessions.createCalendar'>) =>
        callChannel('sessions.createCalendar', input),
      enrol: (input: ChannelInput<'enrolments.add'>) => callChannel('enrolments.add', input),
      setEnrolmentStatus: (input: ChannelInput<'enrolments.setStatus'>) =>
        callChannel('enrolments.setStatus', input),
      saveAttendance: (input: ChannelInput<'attendance.save'>) =>
        callChannel('attendance.save', input),
      importAttendance: (input: ChannelInput<'attendance.import'>) =>
        callChannel('attendance.import', input),
    }),
    [],
  );
}

const SEARCH_DEBOUNCE_MS = 150;

/** People to enrol, searched as you type (newest answer wins). */
export function usePeopleSearch(query: string) {
  const text = query.trim().slice(0, 100);
  const [results, setResults] = useState<{ text: string; items: ParticipantSummary[] }>({
    text: '',
    items: [],
  });
  const [error, setError] = useState<ApiError | null>(null);
  const latest = useRef('');
  useEffect(() => {
    latest.current = text;
    if (text === '') return;
    const timer = setTimeout(() => {
      void callChannel('participants.search', { query: text, limit: 8 }).then((result) => {
        if (latest.current !== text) return;
        setError(result.ok ? null : result.error);
        setResults({ text, items: result.ok ? result.data.items : [] });
      });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const current = text !== '' && results.text === text;
  return {
    items: current ? results.items : [],
    searching: text !== '' && !current,
    error: current ? error : null,
  };
}

/** Asks the main process for a PDF and hands it to the browser's download; returns an error text or null. */
export function useDownloadDocument() {
  return useCallback(async (request: DocumentRequest): Promise<string | null> => {
    const result =
      request.kind === 'session'
        ? await callChannel('documents.signInSheet', { sessionId: request.sessionId })
        : await callChannel('documents.courseSignInSheets', { courseId: request.courseId });
    if (!result.ok) return result.error.message;
    saveFile(result.data);
    return null;
  }, []);
}

/** Active trainer accounts, for assigning a course; only administrators may list accounts. */
export function useTrainerChoices(enabled: boolean) {
  return useLoad('users.trainers', {}, enabled).data ?? [];
}
