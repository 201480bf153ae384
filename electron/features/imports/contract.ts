import { z } from 'zod';
import { channel } from '../../api/channel';
import { id, optionalText, pastDate, text } from '../../api/fields';
import { CONSENT_SCOPES, LEGAL_BASES } from '../participants/contract';

/** The participant's fields a spreadsheet column can fill, in screen order. */
export const IMPORT_FIELDS = [
  'lastName',
  'firstName',
  'sex',
  'birthDate',
  'birthCountry',
  'birthPlace',
  'citizenships',
  'codiceFiscale',
  'residenceComune',
  'email',
  'phone',
  'languages',
  'italianLevel',
  'educationIsced',
  'residencePermitType',
  'residencePermitExpiry',
  'internationalProtection',
  'arrivalYear',
  'referredBy',
  'consentDate',
  'consentLegalBasis',
  'consentScopes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Every person needs these: from a column, or (consent, referral) one value for the whole file. */
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = [
  'lastName',
  'firstName',
  'sex',
  'birthDate',
  'birthCountry',
  'citizenships',
  'consentDate',
  'consentLegalBasis',
  'consentScopes',
];

/** Fields that may take one value for everybody when the file has no column for them. */
export const DEFAULTABLE_FIELDS = [
  'consentDate',
  'consentLegalBasis',
  'consentScopes',
  'referredBy',
] as const;
export type DefaultableField = (typeof DEFAULTABLE_FIELDS)[number];

/** About 10 MB of file once base64-encoded (the browser-mode body limit is 16 MiB). */
export const MAX_IMPORT_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_BASE64 = Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4;
/** Data rows a file may hold (empty rows do not count). */
export const MAX_IMPORT_ROWS = 20_000;

const header = z.string().trim().min(1, 'errors.required').max(200, 'errors.tooLong');

export const importFile = {
  fileName: z
    .string({ error: 'errors.required' })
    .max(200, 'errors.tooLong')
    .regex(/\.(csv|txt|xlsx)$/i, 'errors.importFileType'),
  // Refused on length alone, before anything else looks at the text.
  contentBase64: z
    .string({ error: 'errors.required' })
    .min(1, 'errors.required')
    .max(MAX_IMPORT_BASE64, { error: 'errors.fileTooLarge', abort: true })
    .regex(/^[A-Za-z0-9+/=\s]*$/, 'errors.invalid'),
};

export const importMapping = z
  .object({
    /** Field → the column's header in the file. */
    columns: z.partialRecord(z.enum(IMPORT_FIELDS), header).default({}),
    /** One value for everybody, for fields the file has no column for. */
    defaults: z
      .object({
        consentDate: z.preprocess((v) => (v === '' ? undefined : v), pastDate.optional()),
        consentLegalBasis: z.preprocess(
          (v) => (v === '' ? undefined : v),
          z.enum(LEGAL_BASES, { error: 'errors.invalidChoice' }).optional(),
        ),
        consentScopes: z
          .array(z.enum(CONSENT_SCOPES, { error: 'errors.invalidChoice' }))
          .max(CONSENT_SCOPES.length, 'errors.tooMany')
          .optional(),
        referredBy: optionalText(200, 'errors.textTooLong'),
      })
      .strict()
      .default({}),
  })
  .strict();
export type ImportMapping = z.output<typeof importMapping>;
export type ImportMappingValues = z.input<typeof importMapping>;

export const DUPLICATE_ACTIONS = ['stop', 'skip'] as const;

export const participantImportInput = z
  .object({
    ...importFile,
    mapping: importMapping,
    /** Enrol everyone imported (and, when skipping, the people already registered) in this course. */
    courseId: id.optional(),
    /** `stop`: a person already registered blocks the import; `skip`: they are left as they are. */
    onDuplicate: z.enum(DUPLICATE_ACTIONS, { error: 'errors.invalidChoice' }).default('stop'),
    /** Check everything and report, writing nothing. */
    dryRun: z.boolean().default(false),
  })
  .strict();
export type ParticipantImportInput = z.input<typeof participantImportInput>;

export interface ImportPreview {
  headers: string[];
  /** The first data rows as text, cell by cell under `headers`. */
  sample: { line: number; cells: string[] }[];
  /** Data rows in the file (empty rows not counted). */
  totalRows: number;
  /** The line of the header row (1 = the first line of the file). */
  headerLine: number;
  /** Field → header, guessed from the header names (Italian or English). */
  suggested: Partial<Record<ImportField, string>>;
  /** Things the reader did that the user should know (encoding, merged cells, skipped lines). */
  warnings: string[];
}

export interface ImportDuplicate {
  line: number;
  /** The registered person, when the caller may see them; null otherwise. */
  existing: { id: number; firstName: string; lastName: string; birthDate: string } | null;
  reason: 'codice_fiscale' | 'name_and_birth_date';
  /** With `skip` and a course: the registered person was enrolled instead. */
  enrolled: boolean;
}

export interface ParticipantImportReport {
  /** True only when everything was saved; false means nothing was written. */
  committed: boolean;
  dryRun: boolean;
  totalRows: number;
  /** People created (or, in a dry run or a refused import, that would be). */
  created: number;
  /** Enrolments made (or that would be). */
  enrolled: number;
  duplicates: ImportDuplicate[];
  /** Rows with problems, by line in the file, messages in the caller's language (first 1,000 lines). */
  problems: { line: number; messages: string[] }[];
  /** Lines with problems in all (may exceed `problems.length`). */
  problemLines: number;
  warnings: string[];
}

export const IMPORT_PHASES = ['reading', 'checking', 'saving'] as const;

export interface ImportJobStatus {
  jobId: string;
  state: 'running' | 'done' | 'cancelled' | 'failed';
  phase: (typeof IMPORT_PHASES)[number];
  /** Rows checked so far out of `total` (0 of 0 while the file is read). */
  done: number;
  total: number;
  report: ParticipantImportReport | null;
  /** A message in the caller's language when `failed`. */
  error: string | null;
}

export interface SavedMapping {
  id: number;
  name: string;
  mapping: ImportMapping;
  createdBy: number | null;
  updatedAt: string;
}

const IMPORTERS = ['admin', 'coordinator', 'counselor'] as const;
const jobId = z.string().max(64, 'errors.tooLong');

export const importsContract = {
  /** Headers, the first rows and a suggested mapping: nothing is written. */
  'imports.preview': channel<ImportPreview>()(z.object(importFile).strict(), IMPORTERS),
  /** Checks (dryRun) or imports a whole file in one transaction; the report says which. */
  'imports.participants': channel<ParticipantImportReport>()(participantImportInput, IMPORTERS, {
    entity: 'participant',
    kind: 'write',
    ownTransaction: true,
  }),
  /** The same work in the background, for a progress bar: poll `imports.status`. */
  'imports.start': channel<ImportJobStatus>()(participantImportInput, IMPORTERS, {
    entity: 'participant',
    kind: 'write',
    ownTransaction: true,
  }),
  'imports.status': channel<ImportJobStatus>()(z.object({ jobId }).strict(), IMPORTERS),
  /** Stops a running check or import before anything is written. */
  'imports.cancel': channel<ImportJobStatus>()(z.object({ jobId }).strict(), IMPORTERS),
  'imports.mappings': channel<SavedMapping[]>()(z.object({}).strict(), IMPORTERS),
  /** Saves a mapping under a name, replacing one with the same name. */
  'imports.saveMapping': channel<SavedMapping>()(
    z.object({ name: text(80), mapping: importMapping }).strict(),
    IMPORTERS,
    { entity: 'import_mapping', kind: 'write' },
  ),
  'imports.deleteMapping': channel<{ id: number }>()(z.object({ id }).strict(), IMPORTERS, {
    entity: 'import_mapping',
    kind: 'write',
  }),
};
