import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { importMappings } from '../../../db/schema';
import type { HandlerContext } from '../../api/context';
import { AppError } from '../../api/errors';
import { translateError } from '../../api/messages';
import type { Handler } from '../../api/router';
import { assertCourseAccess } from '../courses/scope';
import type { ImportJobStatus, SavedMapping } from './contract';
import { fromStored, suggestMapping, toStored } from './mapping';
import { ImportCancelled, NO_PROGRESS, readImportFile, runImport, warningTexts } from './run';

const SAMPLE_ROWS = 10;

const preview: Handler<'imports.preview'> = (ctx, input) => {
  const table = readImportFile(ctx, input.fileName, input.contentBase64);
  const width = table.headers.length;
  return {
    headers: table.headers,
    sample: table.rows.slice(0, SAMPLE_ROWS).map((r) => ({
      line: r.line,
      cells: Array.from({ length: width }, (_, i) => r.cells[i] ?? ''),
    })),
    totalRows: table.rows.length,
    headerLine: table.headerLine,
    suggested: suggestMapping(table.headers),
    warnings: warningTexts(table.warnings, ctx.locale),
  };
};

const importParticipants: Handler<'imports.participants'> = (ctx, input) =>
  runImport(ctx, input, NO_PROGRESS);

interface Job {
  ownerId: number | null;
  status: ImportJobStatus;
  cancelRequested: boolean;
}

/** Imports running in the background for a progress bar; one per user, kept until their next. */
const jobs = new Map<string, Job>();

function snapshot(job: Job): ImportJobStatus {
  return { ...job.status };
}

const start: Handler<'imports.start'> = (ctx, input) => {
  if (input.courseId !== undefined) assertCourseAccess(ctx, input.courseId, 'enrol');
  for (const [id, job] of jobs) {
    if (job.ownerId !== ctx.caller.userId) continue;
    if (job.status.state === 'running') throw new AppError('conflict', 'errors.importRunning');
    jobs.delete(id);
  }
  const jobId = randomUUID();
  const job: Job = {
    ownerId: ctx.caller.userId,
    cancelRequested: false,
    status: {
      jobId,
      state: 'running',
      phase: 'reading',
      done: 0,
      total: 0,
      report: null,
      error: null,
    },
  };
  jobs.set(jobId, job);
  const progress = {
    phase: (phase: ImportJobStatus['phase'], done: number, total: number) => {
      job.status = { ...job.status, phase, done, total };
    },
    cancelled: () => job.cancelRequested,
  };
  void runImport(ctx, input, progress).then(
    (report) => {
      job.status = { ...job.status, state: 'done', report };
    },
    (error: unknown) => {
      if (error instanceof ImportCancelled) {
        job.status = { ...job.status, state: 'cancelled' };
        return;
      }
      const message =
        error instanceof AppError
          ? (Object.values(error.fields ?? {})
              .map((key) => translateError(key, ctx.locale))
              .find(Boolean) ?? translateError(error.messageKey, ctx.locale, error.params))
          : translateError('errors.internal', ctx.locale);
      job.status = { ...job.status, state: 'failed', error: message };
    },
  );
  return snapshot(job);
};

function ownJob(ctx: HandlerContext, jobId: string): Job {
  const job = jobs.get(jobId);
  if (!job || job.ownerId !== ctx.caller.userId) {
    throw new AppError('not_found', 'errors.importJobNotFound');
  }
  return job;
}

const status: Handler<'imports.status'> = (ctx, { jobId }) => snapshot(ownJob(ctx, jobId));

const cancel: Handler<'imports.cancel'> = (ctx, { jobId }) => {
  const job = ownJob(ctx, jobId);
  if (job.status.state === 'running') job.cancelRequested = true;
  return snapshot(job);
};

function toSaved(row: typeof importMappings.$inferSelect): SavedMapping {
  return {
    id: row.id,
    name: row.name,
    mapping: fromStored(row.mapping),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt,
  };
}

const listMappings: Handler<'imports.mappings'> = (ctx) =>
  ctx.database.db
    .select()
    .from(importMappings)
    .where(eq(importMappings.kind, 'participants'))
    .orderBy(asc(importMappings.name))
    .all()
    .map(toSaved);

/** Counselors change and delete the mappings they saved; the others any. */
function assertMayChange(ctx: HandlerContext, createdBy: number | null): void {
  if (ctx.caller.role === 'counselor' && createdBy !== ctx.caller.userId) {
    throw new AppError('forbidden', 'errors.forbidden');
  }
}

const saveMapping: Handler<'imports.saveMapping'> = (ctx, { name, mapping }) => {
  const { db } = ctx.database;
  const existing = db
    .select()
    .from(importMappings)
    .where(and(eq(importMappings.kind, 'participants'), eq(importMappings.name, name)))
    .get();
  const stored = toStored(mapping);
  if (existing) {
    assertMayChange(ctx, existing.createdBy);
    return toSaved(
      db
        .update(importMappings)
        .set({ mapping: stored, updatedAt: ctx.now().toISOString() })
        .where(eq(importMappings.id, existing.id))
        .returning()
        .get(),
    );
  }
  return toSaved(
    db
      .insert(importMappings)
      .values({ kind: 'participants', name, mapping: stored, createdBy: ctx.caller.userId })
      .returning()
      .get(),
  );
};

const deleteMapping: Handler<'imports.deleteMapping'> = (ctx, { id }) => {
  const { db } = ctx.database;
  const row = db.select().from(importMappings).where(eq(importMappings.id, id)).get();
  if (!row) throw new AppError('not_found', 'errors.notFound');
  assertMayChange(ctx, row.createdBy);
  db.delete(importMappings).where(eq(importMappings.id, id)).run();
  return { id };
};

export const importsHandlers = {
  'imports.preview': preview,
  'imports.participants': importParticipants,
  'imports.start': start,
  'imports.status': status,
  'imports.cancel': cancel,
  'imports.mappings': listMappings,
  'imports.saveMapping': saveMapping,
  'imports.deleteMapping': deleteMapping,
};
