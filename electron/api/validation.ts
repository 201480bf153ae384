import type { z } from 'zod';
import { isMessageKey, translateError, type MessageKey } from './messages';
import type { Locale } from './locale';

type Issue = z.core.$ZodRawIssue | z.core.$ZodIssue;

/**
 * Per-parse error map: turns zod's issues into message keys, so the same
 * schemas give localised messages in the router and in the forms.
 * Messages set on a schema (already keys) take precedence over this map.
 */
export function issueToKey(issue: Issue): MessageKey {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null || issue.input === ''
        ? 'errors.required'
        : 'errors.invalid';
    case 'too_big':
      return issue.origin === 'string' ? 'errors.tooLong' : 'errors.tooMany';
    case 'too_small':
      return 'errors.required';
    case 'invalid_value':
      return 'errors.invalidChoice';
    default:
      return 'errors.invalid';
  }
}

export const zodErrorMap = (issue: Issue): { message: string } => ({ message: issueToKey(issue) });

/** Field path → localised message; the first problem of each field wins. */
export function fieldErrors(error: z.ZodError, locale: Locale): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '_';
    if (key in fields) continue;
    fields[key] = translateError(
      isMessageKey(issue.message) ? issue.message : issueToKey(issue),
      locale,
    );
  }
  return fields;
}
