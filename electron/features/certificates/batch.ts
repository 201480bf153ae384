import { randomUUID } from 'node:crypto';
import JSZip from 'jszip';
import { asc, eq } from 'drizzle-orm';
import { enrolments, participants } from '../../../db/schema';
import type { HandlerContext } from '../../api/context';
import { AppError } from '../../api/errors';
import type { Handler } from '../../api/router';
import { assertCourseAccess } from '../courses/scope';
import type { BatchCandidate, BatchStatus } from './contract';
import { certificateFileName } from './handlers';
import { auditIssue, issueCertificate, uncertifiedRecords } from './issue';
import { renderMergedFile } from './render';
import type { CertificateSnapshot } from './snapshot';

interface Job {
  status: BatchStatus;
  ownerId: number | null;
  courseId: number;
  cancelRequested: boolean;
  files: { name: string; pdf: Buffer; snapshot: CertificateSnapshot; sha256: string }[];
  zip: Buffer | null;
}

/** Batches live in memory for the session that started them; one runs at a time. */
const jobs = new Map<string, Job>();

function candidates(ctx: HandlerContext, courseId: number): BatchCandidate[] {
  const people = ctx.database.db
    .select({
      id: participants.id,
      firstName: participants.firstName,
      lastName: participants.lastName,
      status: enrolments.status,
    })
    .from(enrolments)
    .innerJoin(participants, eq(participants.id, enrolments.participantId))
    .where(eq(enrolments.courseId, courseId))
    .orderBy(asc(participants.lastName), asc(participants.firstName))
    .all();
  return people.map((p) => {
    const recordIds = uncertifiedRecords(ctx, p.id, courseId);
    return {
      participantId: p.id,
      participantName: `${p.lastName} ${p.firstName}`,
      recordIds,
      blocker:
        p.status === 'withdrawn'
          ? 'errors.withdrawn'
          : recordIds.length === 0
            ? 'errors.noValidatedRecord'
            : null,
    };
  });
}

const preview: Handler<'certificates.batchPreview'> = (ctx, { courseId }) => {
  assertCourseAccess(ctx, courseId, 'manage');
  return candidates(ctx, courseId);
};

/** ASCII letters only, for file names the coordinator chose to carry names. */
function nameForFile(snapshot: CertificateSnapshot): string {
  return `${snapshot.person.lastName}-${snapshot.person.firstName}`
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

async function run(
  ctx: HandlerContext,
  job: Job,
  queue: { participantId: number; recordIds: number[] }[],
  locale: 'it' | 'en',
  withNames: boolean,
) {
  try {
    for (const item of queue) {
      if (job.cancelRequested) break;
      // Each certificate commits on its own with its audit event: a cancel or a
      // crash keeps every number already given, and leaves no gap.
      const issued = ctx.database.sqlite
        .transaction(() => {
          const result = issueCertificate(ctx, {
            participantId: item.participantId,
            recordIds: item.recordIds,
            locale,
            courseId: job.courseId,
          });
          auditIssue(ctx, result.id);
          return result;
        })
        .immediate();
      job.files.push({
        name: certificateFileName(
          issued.number,
          withNames ? `-${nameForFile(issued.snapshot)}` : '',
        ),
        pdf: issued.pdf,
        snapshot: issued.snapshot,
        sha256: issued.sha256,
      });
      job.status.issued.push({ participantId: item.participantId, number: issued.number });
      job.status.done += 1;
      await tick();
    }
    if (job.files.length > 0) {
      const zip = new JSZip();
      for (const file of job.files) zip.file(file.name, file.pdf);
      zip.file(
        `attestati-corso-${job.courseId}-stampa-unica.pdf`,
        await renderMergedFile(job.files.map((f) => ({ snapshot: f.snapshot, sha256: f.sha256 }))),
      );
      job.zip = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    }
    job.status.state = job.cancelRequested ? 'cancelled' : 'done';
  } catch (error) {
    job.status.state = 'failed';
    job.status.error = error instanceof AppError ? error.messageKey : 'errors.internal';
  } finally {
    job.files = [];
  }
}

const start: Handler<'certificates.batchStart'> = (ctx, input) => {
  assertCourseAccess(ctx, input.courseId, 'manage');
  if ([...jobs.values()].some((j) => j.status.state === 'running')) {
    throw new AppError('conflict', 'errors.batchRunning');
  }
  const eligible = new Map(
    candidates(ctx, input.courseId)
      .filter((c) => c.blocker === null)
      .map((c) => [c.participantId, c.recordIds]),
  );
  const queue = [...new Set(input.participantIds)].map((participantId) => {
    const recordIds = eligible.get(participantId);
    if (!recordIds) {
      throw new AppError('validation', 'errors.validation', {
        participantIds: 'errors.noValidatedRecord',
      });
    }
    return { participantId, recordIds };
  });
  for (const [id, job] of jobs) if (job.ownerId === ctx.caller.userId) jobs.delete(id);
  const jobId = randomUUID();
  const job: Job = {
    status: { jobId, state: 'running', total: queue.length, done: 0, issued: [], error: null },
    ownerId: ctx.caller.userId,
    courseId: input.courseId,
    cancelRequested: false,
    files: [],
    zip: null,
  };
  jobs.set(jobId, job);
  void run(ctx, job, queue, input.locale, input.fileNames === 'number_name');
  return { ...job.status, issued: [] };
};

function ownJob(ctx: HandlerContext, jobId: string): Job {
  const job = jobs.get(jobId);
  if (!job || job.ownerId !== ctx.caller.userId)
    throw new AppError('not_found', 'errors.batchNotFound');
  return job;
}

const status: Handler<'certificates.batchStatus'> = (ctx, { jobId }) => {
  const job = ownJob(ctx, jobId);
  return { ...job.status, issued: [...job.status.issued] };
};

const cancel: Handler<'certificates.batchCancel'> = (ctx, { jobId }) => {
  const job = ownJob(ctx, jobId);
  if (job.status.state === 'running') job.cancelRequested = true;
  return { ...job.status, issued: [...job.status.issued] };
};

const result: Handler<'certificates.batchResult'> = (ctx, { jobId }) => {
  const job = ownJob(ctx, jobId);
  if (job.status.state === 'running') throw new AppError('conflict', 'errors.batchNotFinished');
  if (!job.zip) throw new AppError('conflict', 'errors.noValidatedRecord');
  return {
    fileName: `attestati-corso-${job.courseId}.zip`,
    mimeType: 'application/zip',
    contentBase64: job.zip.toString('base64'),
  };
};

export const batchHandlers = {
  'certificates.batchPreview': preview,
  'certificates.batchStart': start,
  'certificates.batchStatus': status,
  'certificates.batchCancel': cancel,
  'certificates.batchResult': result,
};
