import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ChannelInput } from '../../../electron/api/contract';
import type { ApiError } from '../../../electron/api/errors';
import type { BatchStatus } from '../../../electron/features/certificates/contract';
import { callChannel } from '../../app/api';
import { useLoad } from '../courses/hooks';
import { saveGeneratedFile } from './files';

// The certificate hooks: with the other feature hooks, the only code in the
// renderer that calls the API (DESIGN §7).

const SEARCH_DEBOUNCE_MS = 150;

type RegistryFilter = Omit<ChannelInput<'certificates.list'>, 'query'> & { query: string };

/** The registry, filtered; the typed text waits for a pause and the newest answer wins. */
export function useCertificateRegistry(filter: RegistryFilter) {
  const text = filter.query.trim().slice(0, 100);
  const [sent, setSent] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSent(text), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const result = useLoad('certificates.list', { ...filter, query: sent });
  return { ...result, loading: result.loading || sent !== text };
}

export const usePersonCertificates = (participantId: number, enabled: boolean) =>
  useLoad('certificates.list', { participantId, query: '', limit: 1000 }, enabled);

/** The person's validated records: those not yet on a certificate in force can be certified. */
export const useValidatedRecords = (participantId: number, enabled: boolean) =>
  useLoad('competenceRecords.list', { participantId, status: 'validated' }, enabled);

export const useRegistryProjects = () => useLoad('projects.list', {});
export const useRegistryCourses = (projectId: number | undefined) =>
  useLoad('courses.list', projectId ? { projectId } : {});

export const useBatchPreview = (courseId: number) =>
  useLoad('certificates.batchPreview', { courseId });

/** The write calls of certificates, stable across renders. */
export function useCertificatesApi() {
  return useMemo(
    () => ({
      issue: (input: ChannelInput<'certificates.issue'>) =>
        callChannel('certificates.issue', input),
      revoke: (input: ChannelInput<'certificates.revoke'>) =>
        callChannel('certificates.revoke', input),
      reissue: (input: ChannelInput<'certificates.reissue'>) =>
        callChannel('certificates.reissue', input),
      verify: (input: ChannelInput<'certificates.verify'>) =>
        callChannel('certificates.verify', input),
      batchStart: (input: ChannelInput<'certificates.batchStart'>) =>
        callChannel('certificates.batchStart', input),
    }),
    [],
  );
}

/** Asks for one certificate's PDF and hands it to the browser's download; returns an error text or null. */
export function useDownloadCertificate() {
  return useCallback(async (id: number): Promise<string | null> => {
    const result = await callChannel('certificates.pdf', { id });
    if (!result.ok) return result.error.message;
    saveGeneratedFile(result.data);
    return null;
  }, []);
}

const POLL_MS = 250;

/** The batch last started on each course in this window, so coming back to the course finds it. */
const batchOfCourse = new Map<number, string>();

export interface BatchRun {
  status: BatchStatus | null;
  /** A failure of the calls themselves (the job's own failure is in status.error). */
  error: ApiError | null;
  cancelling: boolean;
  /** Follows a batch the server has just started. */
  follow: (started: BatchStatus) => void;
  cancel: () => void;
  /** Saves the ZIP of the finished batch; returns an error text or null. */
  download: () => Promise<string | null>;
  /** Forgets the finished batch, for a new one. */
  reset: () => void;
}

/**
 * A batch issue running on the server: its status every quarter of a second
 * until it ends. Each poll is one short call, so the window stays responsive.
 */
export function useBatchRun(courseId: number): BatchRun {
  const [status, setStatus] = useState<BatchStatus | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [cancelling, setCancelling] = useState(false);
  /** Bumped after a failed poll, to try again while the batch may still be running. */
  const [retry, setRetry] = useState(0);
  const jobId = status?.jobId ?? null;
  const running = status?.state === 'running';
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    const known = batchOfCourse.get(courseId);
    if (known) {
      void callChannel('certificates.batchStatus', { jobId: known }).then((result) => {
        if (result.ok) {
          if (mounted.current) setStatus(result.data);
        } else if (result.error.code === 'not_found') {
          // Batches live in the main process's memory: gone after a restart or a newer batch.
          batchOfCourse.delete(courseId);
        }
      });
    }
    return () => {
      mounted.current = false;
    };
  }, [courseId]);

  useEffect(() => {
    if (!running || jobId === null) return;
    let active = true;
    const timer = setTimeout(
      () => {
        void callChannel('certificates.batchStatus', { jobId }).then((result) => {
          if (!active) return;
          if (result.ok) {
            setStatus(result.data);
            setError(null);
            setRetry(0);
          } else if (result.error.code === 'not_found') {
            setError(result.error);
            setStatus((previous) => (previous ? { ...previous, state: 'failed' } : previous));
          } else {
            // A locked session or a moment without an answer: the batch goes on in the main
            // process, so keep asking (a little less often) and show why the bar stands still.
            setError(result.error);
            setRetry((n) => n + 1);
          }
        });
      },
      POLL_MS * (retry > 0 ? 4 : 1),
    );
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [running, jobId, status, retry]);

  const follow = useCallback(
    (started: BatchStatus) => {
      batchOfCourse.set(courseId, started.jobId);
      setCancelling(false);
      setError(null);
      setStatus(started);
    },
    [courseId],
  );

  const cancel = useCallback(() => {
    if (jobId === null) return;
    setCancelling(true);
    void callChannel('certificates.batchCancel', { jobId }).then((result) => {
      if (!mounted.current) return;
      if (result.ok) setStatus(result.data);
      else {
        setError(result.error);
        setCancelling(false);
      }
    });
  }, [jobId]);

  const download = useCallback(async (): Promise<string | null> => {
    if (jobId === null) return null;
    const result = await callChannel('certificates.batchResult', { jobId });
    if (!result.ok) return result.error.message;
    saveGeneratedFile(result.data);
    return null;
  }, [jobId]);

  const reset = useCallback(() => {
    batchOfCourse.delete(courseId);
    setStatus(null);
    setError(null);
  }, [courseId]);

  return { status, error, cancelling: cancelling && running, follow, cancel, download, reset };
}
