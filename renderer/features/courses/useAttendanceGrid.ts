import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  AttendanceSheet,
  AttendanceStatus,
} from '../../../electron/features/attendance/contract';
import {
  applyDraft,
  clearDraft,
  loadDraft,
  rowsFromSheet,
  sameRows,
  serverRowErrors,
  storeDraft,
  toSaveRows,
  withStatus,
  type GridRow,
  type RowErrors,
} from './attendanceGrid';
import { useCoursesApi } from './hooks';

export type SaveOutcome =
  | { kind: 'saved'; count: number }
  | { kind: 'invalid'; firstParticipantId: number | null; message: string | null };

/**
 * The grid's state: rows as edited, the last saved rows, errors per person,
 * and a draft in session storage so nothing is lost by navigating away.
 */
export function useAttendanceGrid(sheet: AttendanceSheet, locale: string, onSaved: () => void) {
  const sessionId = sheet.session.id;
  const sessionMinutes = sheet.session.minutes;
  const { saveAttendance } = useCoursesApi();
  const [baseline, setBaseline] = useState(() => rowsFromSheet(sheet, locale));
  const [draft] = useState(() => loadDraft(sessionId));
  const [rows, setRows] = useState<GridRow[]>(() => {
    const saved = rowsFromSheet(sheet, locale);
    return draft ? applyDraft(saved, draft) : saved;
  });
  const [restoredAt, setRestoredAt] = useState<string | null>(() =>
    draft && !sameRows(applyDraft(baseline, draft), baseline) ? draft.savedAt : null,
  );
  const [errors, setErrors] = useState<RowErrors>({});
  const [saving, setSaving] = useState(false);
  const dirty = !sameRows(rows, baseline);

  // The sheet reloads after a save: the saved rows become the new baseline.
  const sheetRef = useRef(sheet);
  useEffect(() => {
    if (sheetRef.current === sheet) return;
    sheetRef.current = sheet;
    setBaseline(rowsFromSheet(sheet, locale));
  }, [sheet, locale]);

  useEffect(() => {
    if (dirty) storeDraft(sessionId, rows);
    else clearDraft(sessionId);
  }, [dirty, rows, sessionId]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const clearError = (participantId: number) =>
    setErrors((current) => {
      if (!(participantId in current)) return current;
      const next = { ...current };
      delete next[participantId];
      return next;
    });

  const setStatus = useCallback(
    (participantId: number, status: AttendanceStatus) => {
      setRows((current) =>
        current.map((row) =>
          row.participantId === participantId
            ? withStatus(row, status, sessionMinutes, locale)
            : row,
        ),
      );
      clearError(participantId);
    },
    [sessionMinutes, locale],
  );

  const setHours = useCallback((participantId: number, hours: string) => {
    setRows((current) =>
      current.map((row) => (row.participantId === participantId ? { ...row, hours } : row)),
    );
    clearError(participantId);
  }, []);

  const allPresent = useCallback(() => {
    setRows((current) => current.map((row) => withStatus(row, 'present', sessionMinutes, locale)));
    setErrors({});
  }, [sessionMinutes, locale]);

  const discard = useCallback(() => {
    setRows(baseline);
    setErrors({});
    setRestoredAt(null);
    clearDraft(sessionId);
  }, [baseline, sessionId]);

  const save = useCallback(async (): Promise<SaveOutcome> => {
    const checked = toSaveRows(rows, sessionMinutes);
    if (!checked.ok) {
      setErrors(checked.errors);
      const first = rows.find((row) => row.participantId in checked.errors);
      return { kind: 'invalid', firstParticipantId: first?.participantId ?? null, message: null };
    }
    setSaving(true);
    const result = await saveAttendance({ sessionId, rows: checked.rows });
    setSaving(false);
    if (result.ok) {
      setErrors({});
      setBaseline(rows);
      setRestoredAt(null);
      clearDraft(sessionId);
      onSaved();
      return { kind: 'saved', count: result.data.saved };
    }
    const rowErrors = serverRowErrors(result.error.fields ?? {}, checked.rows);
    setErrors(rowErrors);
    const first = rows.find((row) => row.participantId in rowErrors);
    return {
      kind: 'invalid',
      firstParticipantId: first?.participantId ?? null,
      message: result.error.message,
    };
  }, [rows, sessionMinutes, saveAttendance, sessionId, onSaved]);

  return {
    rows,
    errors,
    dirty,
    saving,
    restoredAt,
    setStatus,
    setHours,
    allPresent,
    discard,
    save,
  };
}

export type AttendanceGridState = ReturnType<typeof useAttendanceGrid>;
