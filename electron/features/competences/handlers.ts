import { and, asc, eq, inArray, like, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { competences, courseCompetences } from '../../../db/schema';
import type { HandlerContext } from '../../api/context';
import { AppError } from '../../api/errors';
import { translateError } from '../../api/messages';
import type { Handler } from '../../api/router';
import { parseCsv, TableFormatError, writeCsv } from '../../documents/tabular';
import { assertCourseAccess, missingRecord } from '../courses/scope';
import {
  type Competence,
  type CompetenceInput,
  competenceInput,
  type FrameworkImportReport,
} from './contract';

type CompetenceRow = typeof competences.$inferSelect;

export function toCompetence(row: CompetenceRow): Competence {
  return {
    id: row.id,
    code: row.code,
    titleIt: row.titleIt,
    titleEn: row.titleEn,
    descriptionIt: row.descriptionIt,
    descriptionEn: row.descriptionEn,
    track: row.track,
    eqfLevel: row.eqfLevel,
    escoUri: row.escoUri ?? undefined,
    adaCode: row.adaCode ?? undefined,
    active: row.active,
  };
}

function columns(data: CompetenceInput) {
  return { ...data, escoUri: data.escoUri ?? null, adaCode: data.adaCode ?? null };
}

export function loadCompetence(ctx: HandlerContext, id: number): CompetenceRow {
  const row = ctx.database.db.select().from(competences).where(eq(competences.id, id)).get();
  if (!row) missingRecord(ctx);
  return row;
}

function codeTaken(ctx: HandlerContext, code: string, exceptId?: number): boolean {
  const row = ctx.database.db
    .select({ id: competences.id })
    .from(competences)
    .where(eq(competences.code, code))
    .get();
  return row !== undefined && row.id !== exceptId;
}

const taken = () =>
  new AppError('conflict', 'errors.validation', { 'data.code': 'errors.competenceCodeTaken' });

const list: Handler<'competences.list'> = (ctx, input) => {
  const conditions: SQL[] = [];
  if (!input.includeInactive) conditions.push(eq(competences.active, true));
  if (input.track) conditions.push(eq(competences.track, input.track));
  const query = input.query.trim();
  if (query) {
    const pattern = `%${query.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    const matches = or(
      like(competences.code, pattern),
      like(competences.titleIt, pattern),
      like(competences.titleEn, pattern),
    );
    if (matches) conditions.push(matches);
  }
  return ctx.database.db
    .select()
    .from(competences)
    .where(and(...conditions))
    .orderBy(asc(competences.code))
    .all()
    .map(toCompetence);
};

const create: Handler<'competences.create'> = (ctx, { data }) => {
  if (codeTaken(ctx, data.code)) throw taken();
  const row = ctx.database.db.insert(competences).values(columns(data)).returning().get();
  return toCompetence(row);
};

const update: Handler<'competences.update'> = (ctx, { id, data }) => {
  loadCompetence(ctx, id);
  if (codeTaken(ctx, data.code, id)) throw taken();
  const row = ctx.database.db
    .update(competences)
    .set({ ...columns(data), updatedAt: ctx.now().toISOString() })
    .where(eq(competences.id, id))
    .returning()
    .get();
  return toCompetence(row);
};

const setActive: Handler<'competences.setActive'> = (ctx, { id, active }) => {
  loadCompetence(ctx, id);
  const row = ctx.database.db
    .update(competences)
    .set({ active, updatedAt: ctx.now().toISOString() })
    .where(eq(competences.id, id))
    .returning()
    .get();
  return toCompetence(row);
};

/** The columns of the framework file, in order; the same names as the JSON keys. */
const FILE_COLUMNS = [
  'code',
  'titleIt',
  'titleEn',
  'descriptionIt',
  'descriptionEn',
  'track',
  'eqfLevel',
  'escoUri',
  'adaCode',
  'active',
] as const;

const FILE_FORMAT = 'percorsi-competences';

const exportFramework: Handler<'competences.export'> = (ctx, { format }) => {
  const rows = ctx.database.db.select().from(competences).orderBy(asc(competences.code)).all();
  const items = rows.map(toCompetence).map((c) => ({
    code: c.code,
    titleIt: c.titleIt,
    titleEn: c.titleEn,
    descriptionIt: c.descriptionIt,
    descriptionEn: c.descriptionEn,
    track: c.track,
    eqfLevel: c.eqfLevel,
    escoUri: c.escoUri ?? null,
    adaCode: c.adaCode ?? null,
    active: c.active,
  }));
  const date = ctx.now().toISOString().slice(0, 10);
  if (format === 'json') {
    const body = JSON.stringify({ format: FILE_FORMAT, version: 1, competences: items }, null, 2);
    return {
      fileName: `quadro-competenze-${date}.json`,
      mimeType: 'application/json',
      contentBase64: Buffer.from(body, 'utf8').toString('base64'),
    };
  }
  const csv = writeCsv(
    [...FILE_COLUMNS],
    items.map((c) => FILE_COLUMNS.map((k) => (k === 'active' ? (c.active ? 1 : 0) : c[k]))),
  );
  return {
    fileName: `quadro-competenze-${date}.csv`,
    mimeType: 'text/csv',
    contentBase64: Buffer.from(csv, 'utf8').toString('base64'),
  };
};

const fileItem = competenceInput.extend({ active: z.boolean().default(true) });

/** Undoes the apostrophe the CSV export puts before formula-like text. */
const unguard = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

function itemsOf(format: 'json' | 'csv', text: string): { line: number; raw: unknown }[] {
  if (format === 'json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      throw new AppError('validation', 'errors.frameworkFile');
    }
    const list = Array.isArray(parsed)
      ? parsed
      : parsed && typeof parsed === 'object' && 'competences' in parsed
        ? parsed.competences
        : null;
    if (!Array.isArray(list)) throw new AppError('validation', 'errors.frameworkFile');
    // Our own export writes null for a missing ESCO URI or ADA code.
    const withoutNulls = (raw: unknown) =>
      raw && typeof raw === 'object'
        ? Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== null))
        : raw;
    return list.map((raw, index) => ({ line: index + 1, raw: withoutNulls(raw) }));
  }
  let table;
  try {
    table = parseCsv(text);
  } catch (error) {
    if (error instanceof TableFormatError) throw new AppError('validation', 'errors.frameworkFile');
    throw error;
  }
  const index = new Map(table.headers.map((h, i) => [h, i]));
  if (!['code', 'titleIt', 'eqfLevel'].every((h) => index.has(h))) {
    throw new AppError('validation', 'errors.frameworkFile');
  }
  return table.rows.map((cells, row) => {
    const raw: Record<string, unknown> = {};
    for (const key of FILE_COLUMNS) {
      const at = index.get(key);
      const value = at === undefined ? '' : unguard(cells[at] ?? '');
      if (key === 'eqfLevel') raw[key] = /^\d+$/.test(value) ? Number(value) : value || undefined;
      else if (key === 'active')
        raw[key] = value === '' ? undefined : value === '1' || value === 'true';
      else raw[key] = value;
    }
    return { line: row + 2, raw };
  });
}

/** All or nothing: every row valid, or nothing saved and each problem reported by line. */
const importFramework: Handler<'competences.import'> = (ctx, { format, contentBase64 }) => {
  const text = Buffer.from(contentBase64, 'base64').toString('utf8');
  const items = itemsOf(format, text);
  const report: FrameworkImportReport = { committed: false, created: 0, updated: 0, problems: [] };
  const seen = new Set<string>();
  const valid: z.output<typeof fileItem>[] = [];
  for (const { line, raw } of items) {
    const parsed = fileItem.safeParse(raw);
    if (!parsed.success) {
      const keys = parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || '–'}: ${translateError(issue.message, ctx.locale)}`,
      );
      report.problems.push({ line, messages: keys });
      continue;
    }
    if (seen.has(parsed.data.code)) {
      report.problems.push({
        line,
        messages: [`code: ${translateError('errors.competenceCodeTaken', ctx.locale)}`],
      });
      continue;
    }
    seen.add(parsed.data.code);
    valid.push(parsed.data);
  }
  if (report.problems.length > 0 || valid.length === 0) {
    if (valid.length === 0 && report.problems.length === 0) {
      throw new AppError('validation', 'errors.frameworkFile');
    }
    return report;
  }
  const { db } = ctx.database;
  const existing = new Map(
    db
      .select({ id: competences.id, code: competences.code })
      .from(competences)
      .all()
      .map((r) => [r.code, r.id]),
  );
  for (const item of valid) {
    const id = existing.get(item.code);
    if (id === undefined) {
      db.insert(competences).values(columns(item)).run();
      report.created += 1;
    } else {
      db.update(competences)
        .set({ ...columns(item), updatedAt: ctx.now().toISOString() })
        .where(eq(competences.id, id))
        .run();
      report.updated += 1;
    }
  }
  report.committed = true;
  return report;
};

function competencesOfCourse(ctx: HandlerContext, courseId: number): Competence[] {
  return ctx.database.db
    .select({ row: competences })
    .from(courseCompetences)
    .innerJoin(competences, eq(competences.id, courseCompetences.competenceId))
    .where(eq(courseCompetences.courseId, courseId))
    .orderBy(asc(competences.code))
    .all()
    .map(({ row }) => toCompetence(row));
}

const forCourse: Handler<'competences.forCourse'> = (ctx, { courseId }) => {
  assertCourseAccess(ctx, courseId, 'read');
  return competencesOfCourse(ctx, courseId);
};

const setForCourse: Handler<'competences.setForCourse'> = (ctx, { courseId, competenceIds }) => {
  assertCourseAccess(ctx, courseId, 'manage');
  const wanted = [...new Set(competenceIds)];
  const { db } = ctx.database;
  if (wanted.length > 0) {
    const found = db
      .select({ id: competences.id, active: competences.active })
      .from(competences)
      .where(inArray(competences.id, wanted))
      .all();
    const current = new Set(
      db
        .select({ id: courseCompetences.competenceId })
        .from(courseCompetences)
        .where(eq(courseCompetences.courseId, courseId))
        .all()
        .map((r) => r.id),
    );
    if (found.length !== wanted.length) {
      throw new AppError('validation', 'errors.validation', {
        competenceIds: 'errors.recordSourceMissing',
      });
    }
    // A competence retired from the framework stays on courses that had it, but is not added anew.
    if (found.some((c) => !c.active && !current.has(c.id))) {
      throw new AppError('validation', 'errors.validation', {
        competenceIds: 'errors.competenceInactive',
      });
    }
  }
  db.delete(courseCompetences).where(eq(courseCompetences.courseId, courseId)).run();
  if (wanted.length > 0) {
    db.insert(courseCompetences)
      .values(wanted.map((competenceId) => ({ courseId, competenceId })))
      .run();
  }
  return competencesOfCourse(ctx, courseId);
};

export const competenceHandlers = {
  'competences.list': list,
  'competences.create': create,
  'competences.update': update,
  'competences.setActive': setActive,
  'competences.export': exportFramework,
  'competences.import': importFramework,
  'competences.forCourse': forCourse,
  'competences.setForCourse': setForCourse,
};
