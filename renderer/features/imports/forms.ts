import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import { zodErrorMap } from '../../../electron/api/validation';
import {
  DEFAULTABLE_FIELDS,
  DUPLICATE_ACTIONS,
  IMPORT_FIELDS,
  REQUIRED_IMPORT_FIELDS,
  type DefaultableField,
  type ImportField,
  type ImportMapping,
  type ImportMappingValues,
} from '../../../electron/features/imports/contract';
import { CONSENT_SCOPES, LEGAL_BASES } from '../../../electron/features/participants/contract';

/** In a field's select: not imported. */
export const NOT_IMPORTED = '';
/** In a field's select: one value for everybody (consent, referral). */
export const SAME_FOR_ALL = '=';

export function isDefaultable(field: ImportField): field is DefaultableField {
  return (DEFAULTABLE_FIELDS as readonly string[]).includes(field);
}

export function isRequired(field: ImportField): boolean {
  return REQUIRED_IMPORT_FIELDS.includes(field);
}

/** What the mapping form holds: text in every select and input, as the controls give it. */
export interface MappingFormValues {
  columns: Record<ImportField, string>;
  defaults: {
    consentDate: string;
    consentLegalBasis: string;
    consentScopes: string[];
    referredBy: string;
  };
  courseId: string;
  onDuplicate: (typeof DUPLICATE_ACTIONS)[number];
  saveAs: string;
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The form's own checks, before anything is sent: every required field has a
 * column or (consent) a value for everybody. The server checks it all again.
 */
export const mappingFormSchema = z
  .object({
    columns: z.record(z.string(), z.string()),
    defaults: z.object({
      consentDate: z.string(),
      consentLegalBasis: z.string(),
      consentScopes: z.array(z.string()),
      referredBy: z.string().max(200, 'errors.textTooLong'),
    }),
    courseId: z.string(),
    onDuplicate: z.enum(DUPLICATE_ACTIONS),
    saveAs: z.string(),
  })
  .superRefine((values, ctx) => {
    for (const field of IMPORT_FIELDS) {
      const choice = values.columns[field] ?? NOT_IMPORTED;
      if (isRequired(field) && choice === NOT_IMPORTED) {
        ctx.addIssue({
          code: 'custom',
          path: ['columns', field],
          message: 'imports.mapping.required',
        });
      }
    }
    const same = (field: DefaultableField) => values.columns[field] === SAME_FOR_ALL;
    if (same('consentDate') && !isoDay.test(values.defaults.consentDate)) {
      ctx.addIssue({
        code: 'custom',
        path: ['defaults', 'consentDate'],
        message: 'errors.dateInvalid',
      });
    }
    if (
      same('consentLegalBasis') &&
      !(LEGAL_BASES as readonly string[]).includes(values.defaults.consentLegalBasis)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['defaults', 'consentLegalBasis'],
        message: 'errors.invalidChoice',
      });
    }
    if (same('consentScopes') && values.defaults.consentScopes.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['defaults', 'consentScopes'],
        message: 'errors.consentScopesRequired',
      });
    }
    if (same('referredBy') && values.defaults.referredBy.trim() === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['defaults', 'referredBy'],
        message: 'errors.required',
      });
    }
  });

/** The mapping the API takes, from what the form holds. */
export function toMapping(values: MappingFormValues): ImportMapping {
  const columns: ImportMapping['columns'] = {};
  for (const field of IMPORT_FIELDS) {
    const choice = values.columns[field];
    if (choice && choice !== SAME_FOR_ALL) columns[field] = choice;
  }
  const defaults: ImportMapping['defaults'] = {};
  const same = (field: DefaultableField) => values.columns[field] === SAME_FOR_ALL;
  if (same('consentDate')) defaults.consentDate = values.defaults.consentDate;
  if (same('consentLegalBasis')) {
    defaults.consentLegalBasis = values.defaults
      .consentLegalBasis as ImportMapping['defaults']['consentLegalBasis'];
  }
  if (same('consentScopes')) {
    defaults.consentScopes = values.defaults.consentScopes.filter((s) =>
      (CONSENT_SCOPES as readonly string[]).includes(s),
    ) as ImportMapping['defaults']['consentScopes'];
  }
  if (same('referredBy')) defaults.referredBy = values.defaults.referredBy.trim();
  return { columns, defaults };
}

export const EMPTY_DEFAULTS: MappingFormValues['defaults'] = {
  consentDate: '',
  consentLegalBasis: '',
  consentScopes: [],
  referredBy: '',
};

/**
 * The form's values for a file's headers and a mapping (suggested or saved):
 * a column the file does not have is left out and reported back.
 */
export function fromMapping(
  headers: readonly string[],
  mapping: ImportMappingValues,
  keep: Pick<MappingFormValues, 'courseId' | 'onDuplicate'>,
): { values: MappingFormValues; missing: string[] } {
  const columns = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, NOT_IMPORTED])) as Record<
    ImportField,
    string
  >;
  const missing: string[] = [];
  for (const [field, header] of Object.entries(mapping.columns ?? {}) as [ImportField, string][]) {
    if (headers.includes(header)) columns[field] = header;
    else missing.push(header);
  }
  const defaults = { ...EMPTY_DEFAULTS };
  const given = mapping.defaults ?? {};
  for (const field of DEFAULTABLE_FIELDS) {
    const value = given[field];
    if (value === undefined || columns[field] !== NOT_IMPORTED) continue;
    columns[field] = SAME_FOR_ALL;
    if (field === 'consentScopes') defaults.consentScopes = [...(value as string[])];
    else defaults[field] = value as string;
  }
  return { values: { columns, defaults, ...keep, saveAs: '' }, missing };
}

export function useMappingForm(initial: MappingFormValues) {
  return useForm<MappingFormValues>({
    resolver: zodResolver(mappingFormSchema as never, {
      error: zodErrorMap,
    }) as unknown as Resolver<MappingFormValues>,
    defaultValues: initial,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
}
