import {
  ATTENDANCE_STATUSES,
  type AttendanceSheet,
  type AttendanceStatus,
} from '../../../electron/features/attendance/contract';

/** One line of the attendance grid as the trainer edits it; hours stay as typed. */
export interface GridRow {
  participantId: number;
  status: AttendanceStatus | null;
  hours: string;
}

export type SaveRow = { participantId: number; status: AttendanceStatus; minutes?: number };

/** Letters that set a status: P, A, G (giustificato) or E (excused), L (late) or R (ritardo). */
export const STATUS_KEYS: Readonly<Record<string, AttendanceStatus>> = {
  p: 'present',
  a: 'absent',
  g: 'excused',
  e: 'excused',
  l: 'late',
  r: 'late',
};

/** Minutes as hours in the user's language: 180 → "3", 150 → "2,5" (it) or "2.5" (en). */
export function hoursText(minutes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(
    minutes / 60,
  );
}

/** "2,5", "2.5", "2:30" → 150 minutes; null when it is not a number of hours. */
export function parseHours(text: string): number | null {
  const value = text.trim();
  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(value);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  if (!/^\d{1,2}([.,]\d{1,2})?$/.test(value)) return null;
  return Math.round(Number(value.replace(',', '.')) * 60);
}

export function rowsFromSheet(sheet: AttendanceSheet, locale: string): GridRow[] {
  return sheet.rows.map((row) => ({
    participantId: row.participantId,
    status: row.status,
    hours: row.minutes === null ? '' : hoursText(row.minutes, locale),
  }));
}

/** A new status: present fills the session's length, absent and excused zero, late waits for the hours. */
export function withStatus(
  row: GridRow,
  status: AttendanceStatus,
  sessionMinutes: number,
  locale: string,
): GridRow {
  if (row.status === status) return row;
  if (status === 'present') return { ...row, status, hours: hoursText(sessionMinutes, locale) };
  if (status === 'late') return { ...row, status, hours: '' };
  return { ...row, status, hours: hoursText(0, locale) };
}

export function sameRows(a: readonly GridRow[], b: readonly GridRow[]): boolean {
  return (
    a.length === b.length &&
    a.every((row, i) => {
      const other = b[i];
      return (
        other !== undefined &&
        row.participantId === other.participantId &&
        row.status === other.status &&
        row.hours === other.hours
      );
    })
  );
}

/** Message keys per participant for rows the server would refuse anyway. */
export type RowErrors = Record<number, string>;

export function toSaveRows(
  rows: readonly GridRow[],
  sessionMinutes: number,
): { ok: true; rows: SaveRow[] } | { ok: false; errors: RowErrors } {
  const errors: RowErrors = {};
  const out: SaveRow[] = [];
  for (const row of rows) {
    if (row.status === null) {
      errors[row.participantId] = 'attendance.error.noStatus';
      continue;
    }
    if (row.status === 'absent' || row.status === 'excused') {
      out.push({ participantId: row.participantId, status: row.status, minutes: 0 });
      continue;
    }
    if (row.hours.trim() === '') {
      if (row.status === 'late') errors[row.participantId] = 'errors.lateNeedsMinutes';
      else out.push({ participantId: row.participantId, status: row.status });
      continue;
    }
    const minutes = parseHours(row.hours);
    if (minutes === null) errors[row.participantId] = 'attendance.error.hours';
    else if (minutes > sessionMinutes) errors[row.participantId] = 'errors.minutesBeyondSession';
    else out.push({ participantId: row.participantId, status: row.status, minutes });
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, rows: out };
}

/** The server's field errors (`rows.3.minutes`) on the people they are about. */
export function serverRowErrors(
  fields: Record<string, string>,
  sent: readonly SaveRow[],
): Record<number, string> {
  const errors: Record<number, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const match = /^rows\.(\d+)\./.exec(path);
    const row = match ? sent[Number(match[1])] : undefined;
    if (row) errors[row.participantId] = message;
  }
  return errors;
}

// Drafts keep unsaved attendance across navigation. Only ids, statuses and
// hours are kept (no names), in this window's session storage.
const draftKey = (sessionId: number) => `percorsi.attendanceDraft.${sessionId}`;

export interface Draft {
  savedAt: string;
  rows: GridRow[];
}

function isGridRow(value: unknown): value is GridRow {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Record<string, unknown>;
  return (
    typeof row.participantId === 'number' &&
    typeof row.hours === 'string' &&
    (row.status === null ||
      (typeof row.status === 'string' &&
        (ATTENDANCE_STATUSES as readonly string[]).includes(row.status)))
  );
}

export function loadDraft(sessionId: number): Draft | null {
  try {
    const raw = window.sessionStorage.getItem(draftKey(sessionId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Draft>;
    if (typeof parsed.savedAt !== 'string' || !Array.isArray(parsed.rows)) return null;
    if (!parsed.rows.every(isGridRow)) return null;
    return { savedAt: parsed.savedAt, rows: parsed.rows };
  } catch {
    return null;
  }
}

export function storeDraft(sessionId: number, rows: readonly GridRow[]): void {
  try {
    const draft: Draft = { savedAt: new Date().toISOString(), rows: [...rows] };
    window.sessionStorage.setItem(draftKey(sessionId), JSON.stringify(draft));
  } catch {
    // Storage full or unavailable: the navigation warning still protects the work.
  }
}

export function clearDraft(sessionId: number): void {
  try {
    window.sessionStorage.removeItem(draftKey(sessionId));
  } catch {
    // Nothing to clear.
  }
}

/** The draft's values over the current list of people (someone may have been withdrawn since). */
export function applyDraft(current: readonly GridRow[], draft: Draft): GridRow[] {
  const byId = new Map(draft.rows.map((row) => [row.participantId, row]));
  return current.map((row) => byId.get(row.participantId) ?? row);
}
