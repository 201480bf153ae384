import { z } from 'zod';

/** Reusable field schemas. Messages are keys from messages.ts. */

// C0/C1 controls and bidirectional overrides: invisible, and a way to disguise text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_CHARS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

export function text(max: number, tooLongKey = 'errors.tooLong') {
  return z
    .string({ error: 'errors.required' })
    .trim()
    .min(1, 'errors.required')
    .max(max, tooLongKey)
    .refine((v) => !FORBIDDEN_CHARS.test(v), 'errors.controlChars');
}

export function optionalText(max: number, tooLongKey = 'errors.tooLong') {
  return z.preprocess(blankToUndefined, text(max, tooLongKey).optional());
}

// The same, minus tab and line breaks: what a notes box may hold.
const FORBIDDEN_IN_NOTES =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** Text typed in a multi-line box: line breaks and tabs allowed, other controls refused. */
export function notes(max: number, tooLongKey = 'errors.tooLong') {
  return z
    .string({ error: 'errors.required' })
    .trim()
    .min(1, 'errors.required')
    .max(max, tooLongKey)
    .refine((v) => !FORBIDDEN_IN_NOTES.test(v), 'errors.controlChars');
}

export function optionalNotes(max: number, tooLongKey = 'errors.tooLong') {
  return z.preprocess(blankToUndefined, notes(max, tooLongKey).optional());
}

export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date as YYYY-MM-DD text. */
export const isoDate = z
  .string({ error: 'errors.required' })
  .trim()
  .min(1, 'errors.required')
  .refine(isRealDate, 'errors.dateInvalid');

export const pastDate = isoDate
  .refine((v) => v >= '1900-01-01', 'errors.dateTooOld')
  .refine((v) => v <= todayIso(), 'errors.dateFuture');

export const optionalDate = z.preprocess(blankToUndefined, isoDate.optional());

export function optionalInt(min: number, max: number, key = 'errors.invalid') {
  return z.preprocess(
    (value) => {
      const v = blankToUndefined(value);
      return typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : v;
    },
    z.number({ error: key }).int(key).min(min, key).max(max, key).optional(),
  );
}

export const id = z
  .number({ error: 'errors.invalid' })
  .int()
  .positive()
  .max(Number.MAX_SAFE_INTEGER);
