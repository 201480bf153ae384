import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ChannelInput } from '../../../electron/api/contract';
import type { ApiError } from '../../../electron/api/errors';
import type { ImportJobStatus } from '../../../electron/features/imports/contract';
import { callChannel } from '../../app/api';
import { useLoad } from '../courses/hooks';

// The spreadsheet import hooks: with the other feature hooks, the only code in
// the renderer that calls the API (DESIGN §7).

export const useSavedMappings = () => useLoad('imports.mappings', {});
export const useCourseChoices = () => useLoad('courses.list', {});

/** The calls of the import screen, stable across renders. */
export function useImportsApi() {
  return useMemo(
    () => ({
      preview: (input: ChannelInput<'imports.preview'>) => callChannel('imports.preview', input),
      start: (input: ChannelInput<'imports.start'>) => callChannel('imports.start', input),
      saveMapping: (input: ChannelInput<'imports.saveMapping'>) =>
        callChannel('imports.saveMapping', input),
      deleteMapping: (input: ChannelInput<'imports.deleteMapping'>) =>
        callChannel('imports.deleteMapping', input),
    }),
    [],
  );
}

const POLL_MS = 200;

export interface ImportRun {
  status: ImportJobStatus | null;
  /** A failure of the status calls themselves (the import's own failure is in status.error). */
  error: ApiError | null;
  cancelling: boolean;
  follow: (started: ImportJobStatus) => void;
  cancel: () => void;
  reset: () => void;
}

/**
 * A check or an import running in the main process: its status five times a
 * second until it ends, each poll one short call, so the window stays responsive.
 */
export function useImportRun(): ImportRun {
  const [status, setStatus] = useState<ImportJobStatus | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [retry, setRetry] = useState(0);
  const jobId = status?.jobId ?? null;
  const running = status?.state === 'running';
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    if (!running || jobId === null) return;
    let active = true;
    const timer = setTimeout(
      () => {
        void callChannel('imports.status', { jobId }).then((result) => {
          if (!active) return;
          if (result.ok) {
            setStatus(result.data);
            setError(null);
          } else if (result.error.code === 'not_found') {
            setError(result.error);
            setStatus((previous) => (previous ? { ...previous, state: 'failed' } : previous));
          } else {
            // A locked session: the import goes on in the main process; keep asking.
            setError(result.error);
            setRetry((n) => n + 1);
          }
        });
      },
      retry > 0 ? POLL_MS * 5 : POLL_MS,
    );
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [running, jobId, status, retry]);

  const follow = useCallback((started: ImportJobStatus) => {
    setError(null);
    setRetry(0);
    setCancelling(false);
    setStatus(started);
  }, []);

  const cancel = useCallback(() => {
    if (jobId === null) return;
    setCancelling(true);
    void callChannel('imports.cancel', { jobId }).then((result) => {
      if (!mounted.current) return;
      if (result.ok) setStatus(result.data);
      else {
        setError(result.error);
        setCancelling(false);
      }
    });
  }, [jobId]);

  const reset = useCallback(() => {
    setStatus(null);
    setError(null);
    setCancelling(false);
  }, []);

  return { status, error, cancelling: cancelling && running, follow, cancel, reset };
}
