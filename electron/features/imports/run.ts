import { getTableColumns } from 'drizzle-orm';
import { normalizedFullName } from '../../../db/queries/participants';
import { participants } from '../../../db/schema';
import type { HandlerContext } from '../../api/context';
import { AppError } from '../../api/errors';
import type { Locale } from '../../api/locale';
import { isMessageKey, translateError, type MessageKey } from '../../api/messages';
import { issueToKey, zodErrorMap } from '../../api/validation';
import { assertCourseAccess } from '../courses/scope';
import { participantInput, type ParticipantInput } from '../participants/contract';
import { toRow } from '../participants/handlers';
import {
  MAX_IMPORT_FILE_BYTES,
  MAX_IMPORT_ROWS,
  REQUIRED_IMPORT_FIELDS,
  type ImportDuplicate,
  type ImportField,
  type ImportJobStatus,
  type ImportMapping,
  type ParticipantImportInput,
  type ParticipantImportReport,
} from './contract';
import { readCsv } from './csv';
import { FIELD_LABELS } from './mapping';
import { SheetError, toTable, type CellNote, type ImportTable, type SheetWarning } from './sheet';
import {
  splitList,
  toCitizenships,
  toCountry,
  toDate,
  toIsced,
  toItalianLevel,
  toLegalBasis,
  toPermit,
  toScopes,
  toSex,
  toYear,
  toYesNo,
  type Converted,
} from './values';
import { readXlsx } from './xlsx';

/** Lines listed in a report; the count of the rest is given. */
const MAX_REPORTED_PROBLEMS = 1_000;
/** Rows checked between two pauses that let the window (and a cancel) through. */
const CHUNK = 500;

export class ImportCancelled extends Error {}

export interface ImportProgress {
  phase(phase: ImportJobStatus['phase'], done: number, total: number): void;
  cancelled(): boolean;
}

export const NO_PROGRESS: ImportProgress = { phase: () => undefined, cancelled: () => false };

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

export function warningTexts(warnings: SheetWarning[], locale: Locale): string[] {
  return warnings.map((w) => translateError(w.key, locale, w.params));
}

/** Reads the file into headers and data rows; every reason it cannot is a message for the user. */
export function readImportFile(
  ctx: HandlerContext,
  fileName: string,
  contentBase64: string,
): ImportTable {
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.length > MAX_IMPORT_FILE_BYTES) {
    throw new AppError('validation', 'errors.validation', { contentBase64: 'errors.fileTooLarge' });
  }
  const blank = (letter: string) => `${ctx.locale === 'it' ? 'Colonna' : 'Column'} ${letter}`;
  try {
    // A few lines more than the limit leave room for titles above the headers.
    const limit = MAX_IMPORT_ROWS + 20;
    const raw = /\.xlsx$/i.test(fileName) ? readXlsx(bytes, limit) : readCsv(bytes, limit);
    if (raw.truncated) throw new SheetError('errors.importTooManyRows');
    const table = toTable(raw, blank);
    if (table.rows.length === 0) throw new SheetError('errors.importEmpty');
    if (table.rows.length > MAX_IMPORT_ROWS) throw new SheetError('errors.importTooManyRows');
    return table;
  } catch (error) {
    if (error instanceof SheetError) {
      throw new AppError('validation', error.key, undefined, error.params);
    }
    throw error;
  }
}

interface Column {
  field: ImportField;
  index: number;
  header: string;
}

/** The mapped columns; a column missing from the file or a required field left out is refused. */
function resolveMapping(ctx: HandlerContext, table: ImportTable, mapping: ImportMapping): Column[] {
  const columns: Column[] = [];
  for (const [field, header] of Object.entries(mapping.columns) as [ImportField, string][]) {
    const index = table.headers.indexOf(header);
    if (index < 0) {
      throw new AppError('validation', 'errors.importColumnNotFound', undefined, {
        column: header,
      });
    }
    columns.push({ field, index, header });
  }
  const defaults = mapping.defaults as Partial<Record<ImportField, unknown>>;
  const missing = REQUIRED_IMPORT_FIELDS.filter((f) => {
    const value = defaults[f];
    const hasDefault = Array.isArray(value) ? value.length > 0 : value !== undefined;
    return mapping.columns[f] === undefined && !hasDefault;
  });
  if (missing.length > 0) {
    throw new AppError('validation', 'errors.importMappingMissing', undefined, {
      fields: missing.map((f) => FIELD_LABELS[ctx.locale][f]).join(', '),
    });
  }
  return columns;
}

function convert(field: ImportField, text: string, note: CellNote | undefined): Converted<unknown> {
  const numeric = note?.kind === 'number';
  switch (field) {
    case 'sex':
      return toSex(text);
    case 'birthDate':
    case 'residencePermitExpiry':
    case 'consentDate':
      return toDate(text, numeric);
    case 'birthCountry':
      return toCountry(text);
    case 'citizenships':
      return toCitizenships(text);
    case 'languages':
      return { value: splitList(text) };
    case 'italianLevel':
      return toItalianLevel(text);
    case 'educationIsced':
      return toIsced(text, numeric);
    case 'residencePermitType':
      return toPermit(text);
    case 'internationalProtection':
      return toYesNo(text);
    case 'arrivalYear':
      return toYear(text, note?.kind === 'date');
    case 'consentLegalBasis':
      return toLegalBasis(text);
    case 'consentScopes':
      return toScopes(text);
    default:
      return { value: text };
  }
}

const REPEATING = new Set<ImportField>([
  'sex',
  'birthCountry',
  'citizenships',
  'languages',
  'italianLevel',
  'educationIsced',
  'residencePermitType',
  'internationalProtection',
  'arrivalYear',
  'consentDate',
  'consentLegalBasis',
  'consentScopes',
]);

interface Candidate {
  line: number;
  data: ParticipantInput;
  /** The registered person it matches, for `skip`. */
  duplicateOf?: number;
  enrolExisting?: boolean;
}

interface Checked {
  candidates: Candidate[];
  report: ParticipantImportReport;
}

function duplicateFinder(ctx: HandlerContext) {
  const { sqlite } = ctx.database;
  const columns =
    'id, first_name AS firstName, last_name AS lastName, birth_date AS birthDate, created_by AS createdBy';
  const byCf = sqlite.prepare(
    `SELECT ${columns} FROM participants WHERE codice_fiscale = ? LIMIT 1`,
  );
  const byName = sqlite.prepare(
    `SELECT ${columns} FROM participants WHERE normalized_name = ? AND birth_date = ? LIMIT 1`,
  );
  type Match = {
    id: number;
    firstName: string;
    lastName: string;
    birthDate: string;
    createdBy: number | null;
  };
  return (person: ParticipantInput): { match: Match; reason: ImportDuplicate['reason'] } | null => {
    const cf = person.codiceFiscale
      ? (byCf.get(person.codiceFiscale) as Match | undefined)
      : undefined;
    if (cf) return { match: cf, reason: 'codice_fiscale' };
    const named = byName.get(
      normalizedFullName(person.firstName, person.lastName),
      person.birthDate,
    ) as Match | undefined;
    return named ? { match: named, reason: 'name_and_birth_date' } : null;
  };
}

/** Whether the caller may see (and so be told about) a registered person. */
function visibility(ctx: HandlerContext) {
  const { role, userId } = ctx.caller;
  const followed = ctx.database.sqlite.prepare(
    'SELECT 1 FROM pathways WHERE participant_id = ? AND counselor_id = ? LIMIT 1',
  );
  return (person: { id: number; createdBy: number | null }) => {
    if (role === 'admin' || role === 'coordinator') return true;
    if (role !== 'counselor' || userId === null) return false;
    return person.createdBy === userId || followed.get(person.id, userId) !== undefined;
  };
}

/**
 * Checks every row: the cells converted (Italian words, dates, countries), the
 * participant schema, people twice in the file, people already registered.
 */
async function check(
  ctx: HandlerContext,
  table: ImportTable,
  input: ParticipantImportInput & { mapping: ImportMapping },
  progress: ImportProgress,
): Promise<Checked> {
  const { locale } = ctx;
  const columns = resolveMapping(ctx, table, input.mapping);
  const mappedFields = new Set(columns.map((c) => c.field));
  const defaults = Object.entries(input.mapping.defaults).filter(
    ([field, value]) => value !== undefined && !mappedFields.has(field as ImportField),
  );
  const quote = (header: string) => (locale === 'it' ? `«${header}»` : `“${header}”`);
  const labelOf = (field: ImportField) => {
    const column = columns.find((c) => c.field === field);
    return column ? quote(column.header) : FIELD_LABELS[locale][field];
  };
  const findDuplicate = duplicateFinder(ctx);
  const maySee = visibility(ctx);
  const enrolledAlready = input.courseId
    ? new Set(
        ctx.database.sqlite
          .prepare('SELECT participant_id FROM enrolments WHERE course_id = ?')
          .pluck()
          .all(input.courseId) as number[],
      )
    : new Set<number>();

  /** Converted cells of the fields whose values repeat down a column (countries, levels…). */
  const known = new Map<string, Converted<unknown>>();
  const problems: ParticipantImportReport['problems'] = [];
  let problemLines = 0;
  const duplicates: ImportDuplicate[] = [];
  const candidates: Candidate[] = [];
  const inFile = new Map<string, number>();
  const total = table.rows.length;

  for (let i = 0; i < total; i++) {
    if (i % CHUNK === 0) {
      progress.phase('checking', i, total);
      await tick();
      if (progress.cancelled()) throw new ImportCancelled();
    }
    const row = table.rows[i];
    if (!row) continue;
    const messages: string[] = [];
    const say = (label: string, key: MessageKey, params?: Record<string, string | number>) =>
      messages.push(`${label}: ${translateError(key, locale, params)}`);
    const failed = new Set<string>();
    const data: Record<string, unknown> = {};
    const mergedRanges = new Set<string>();

    for (const column of columns) {
      const note = row.notes?.get(column.index);
      const label = quote(column.header);
      if (note?.kind === 'mergedAcross') {
        failed.add(column.field);
        if (!mergedRanges.has(note.ref))
          say(label, 'errors.importMergedAcross', { range: note.ref });
        mergedRanges.add(note.ref);
        continue;
      }
      if (note?.kind === 'formulaError' || note?.kind === 'formulaNoValue') {
        failed.add(column.field);
        if (note.kind === 'formulaError')
          say(label, 'errors.importFormulaError', { code: note.code });
        else say(label, 'errors.importFormulaNoValue');
        continue;
      }
      const text = row.cells[column.index] ?? '';
      if (text === '') continue;
      let converted: Converted<unknown>;
      if (REPEATING.has(column.field)) {
        const key = `${column.field}|${note?.kind ?? ''}|${text}`;
        converted = known.get(key) ?? convert(column.field, text, note);
        known.set(key, converted);
      } else converted = convert(column.field, text, note);
      if ('error' in converted) {
        failed.add(column.field);
        say(label, converted.error, converted.params);
      } else data[column.field] = converted.value;
    }
    for (const [field, value] of defaults) data[field] = value;

    const parsed = participantInput.safeParse(data, { error: zodErrorMap });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        if (failed.has(field)) continue;
        failed.add(field);
        const key = isMessageKey(issue.message) ? issue.message : issueToKey(issue);
        const label = (FIELD_LABELS[locale] as Record<string, string>)[field]
          ? labelOf(field as ImportField)
          : '';
        messages.push(
          label ? `${label}: ${translateError(key, locale)}` : translateError(key, locale),
        );
      }
    }

    if (parsed.success) {
      const person = parsed.data;
      const keys = [
        `n|${normalizedFullName(person.firstName, person.lastName)}|${person.birthDate}`,
      ];
      if (person.codiceFiscale) keys.unshift(`c|${person.codiceFiscale}`);
      const earlier = keys.map((k) => inFile.get(k)).find((line) => line !== undefined);
      if (earlier !== undefined) {
        messages.push(translateError('errors.importDuplicateInFile', locale, { line: earlier }));
      } else for (const k of keys) inFile.set(k, row.line);

      if (messages.length === 0) {
        const found = findDuplicate(person);
        if (found) {
          const visible = maySee(found.match);
          // Counselors enrol only the people they registered (as enrolments.add).
          const mayEnrol =
            visible &&
            (ctx.caller.role !== 'counselor' || found.match.createdBy === ctx.caller.userId);
          const enrol =
            input.courseId !== undefined &&
            input.onDuplicate === 'skip' &&
            mayEnrol &&
            !enrolledAlready.has(found.match.id);
          if (enrol) enrolledAlready.add(found.match.id);
          duplicates.push({
            line: row.line,
            existing: visible
              ? {
                  id: found.match.id,
                  firstName: found.match.firstName,
                  lastName: found.match.lastName,
                  birthDate: found.match.birthDate,
                }
              : null,
            reason: found.reason,
            enrolled: enrol,
          });
          candidates.push({
            line: row.line,
            data: person,
            duplicateOf: found.match.id,
            enrolExisting: enrol,
          });
        } else candidates.push({ line: row.line, data: person });
      }
    }
    if (messages.length > 0) {
      problemLines++;
      if (problems.length < MAX_REPORTED_PROBLEMS) problems.push({ line: row.line, messages });
    }
  }
  progress.phase('checking', total, total);

  const created = candidates.filter((c) => c.duplicateOf === undefined).length;
  const enrolled =
    input.courseId === undefined
      ? 0
      : created + candidates.filter((c) => c.enrolExisting === true).length;
  return {
    candidates,
    report: {
      committed: false,
      dryRun: input.dryRun ?? false,
      totalRows: total,
      created,
      enrolled,
      duplicates,
      problems,
      problemLines,
      warnings: warningTexts(table.warnings, locale),
    },
  };
}

/**
 * One prepared INSERT for every row of the file (building a multi-row insert
 * through the query builder costs more than the writing itself); values go
 * through each column's own mapping (JSON lists, booleans) as drizzle would.
 */
function participantInserter(ctx: HandlerContext) {
  const columns = Object.entries(getTableColumns(participants)).filter(
    ([key]) => key !== 'id' && key !== 'createdAt' && key !== 'updatedAt',
  );
  const statement = ctx.database.sqlite.prepare(
    `INSERT INTO participants (${columns.map(([, c]) => c.name).join(', ')}) VALUES (${columns
      .map(() => '?')
      .join(', ')})`,
  );
  return (row: Record<string, unknown>): number => {
    const values = columns.map(([key, column]) => {
      const value = row[key];
      return value === undefined || value === null ? null : column.mapToDriverValue(value);
    });
    return Number(statement.run(...values).lastInsertRowid);
  };
}

/** Writes everybody in one transaction: people, then enrolments; any failure leaves nothing. */
function commit(ctx: HandlerContext, candidates: Candidate[], courseId: number | undefined): void {
  const { sqlite } = ctx.database;
  const findDuplicate = duplicateFinder(ctx);
  const insert = participantInserter(ctx);
  const enrol = sqlite.prepare(
    `INSERT INTO enrolments (course_id, participant_id, enrolled_on, status_date) VALUES (?, ?, ?, ?)
     ON CONFLICT (course_id, participant_id) DO NOTHING`,
  );
  const today = ctx.now().toISOString().slice(0, 10);
  sqlite
    .transaction(() => {
      const fresh = candidates.filter((c) => c.duplicateOf === undefined);
      // Someone may have registered one of these people since the check.
      if (fresh.some((c) => findDuplicate(c.data) !== null)) {
        throw new AppError('conflict', 'errors.importChanged');
      }
      const toEnrol: number[] = candidates
        .filter((c) => c.enrolExisting && c.duplicateOf !== undefined)
        .map((c) => c.duplicateOf as number);
      for (const c of fresh) {
        const id = insert({ ...toRow(c.data), createdBy: ctx.caller.userId, anonymisedAt: null });
        if (courseId !== undefined) toEnrol.push(id);
      }
      if (courseId !== undefined) {
        for (const participantId of toEnrol) enrol.run(courseId, participantId, today, today);
      }
    })
    .immediate();
}

/**
 * The whole import: read, check, and (unless a dry run, or anything is wrong)
 * write in one transaction. The report says what was (or would be) done.
 */
export async function runImport(
  ctx: HandlerContext,
  input: ParticipantImportInput & { mapping: ImportMapping },
  progress: ImportProgress,
): Promise<ParticipantImportReport> {
  if (input.courseId !== undefined) assertCourseAccess(ctx, input.courseId, 'enrol');
  progress.phase('reading', 0, 0);
  // Let a background import answer its start first.
  await tick();
  const table = readImportFile(ctx, input.fileName, input.contentBase64);
  if (progress.cancelled()) throw new ImportCancelled();
  const { candidates, report } = await check(ctx, table, input, progress);
  const blocked =
    report.problemLines > 0 || (input.onDuplicate !== 'skip' && report.duplicates.length > 0);
  if (input.dryRun || blocked) return report;
  if (progress.cancelled()) throw new ImportCancelled();
  progress.phase('saving', 0, candidates.length);
  commit(ctx, candidates, input.courseId);
  return { ...report, committed: true };
}
