import { createHash } from 'node:crypto';
import { alias } from 'drizzle-orm/sqlite-core';
import { and, desc, eq, like, or, sql, type SQL } from 'drizzle-orm';
import {
  certificateRecords,
  certificates,
  competenceRecords,
  courses,
  participants,
  projects,
} from '../../../db/schema';
import type { HandlerContext } from '../../api/context';
import { AppError } from '../../api/errors';
import type { Handler } from '../../api/router';
import { missingRecord } from '../courses/scope';
import { findCodeInPdf, renderCertificateFile } from './render';
import type { CertificateDetail, CertificateEntry, VerifyResult } from './contract';
import { issueCertificate, normaliseCode } from './issue';
import { snapshotSha256 } from './hash';
import { type CertificateSnapshot, canonicalJson } from './snapshot';

const replacement = alias(certificates, 'replacement');

const competenceCount = sql<number>`(SELECT count(*) FROM ${certificateRecords} cr WHERE cr.certificate_id = ${certificates.id})`;

function selectEntries(ctx: HandlerContext, where: SQL | undefined, limit = 1000) {
  return ctx.database.db
    .select({
      row: certificates,
      firstName: participants.firstName,
      lastName: participants.lastName,
      projectTitle: projects.title,
      courseTitle: courses.title,
      replacedByNumber: replacement.number,
      competenceCount,
    })
    .from(certificates)
    .leftJoin(participants, eq(participants.id, certificates.participantId))
    .leftJoin(projects, eq(projects.id, certificates.projectId))
    .leftJoin(courses, eq(courses.id, certificates.courseId))
    .leftJoin(replacement, eq(replacement.id, certificates.replacedById))
    .where(where)
    .orderBy(desc(certificates.year), desc(certificates.seq))
    .limit(limit)
    .all()
    .map(({ row, ...joined }): CertificateEntry & { snapshot: string; snapshotSha256: string } => ({
      id: row.id,
      number: row.number,
      verificationCode: row.verificationCode,
      participantId: row.participantId,
      participantName:
        joined.lastName === null ? '' : `${joined.lastName} ${joined.firstName ?? ''}`.trim(),
      projectId: row.projectId,
      projectTitle: joined.projectTitle,
      courseId: row.courseId,
      courseTitle: joined.courseTitle,
      locale: row.locale,
      issuedOn: row.issuedOn,
      status: row.status,
      revokedReason: row.revokedReason,
      revokedAt: row.revokedAt,
      replacedByNumber: joined.replacedByNumber,
      competenceCount: joined.competenceCount,
      snapshot: row.snapshot,
      snapshotSha256: row.snapshotSha256,
    }));
}

function entry(ctx: HandlerContext, id: number): CertificateEntry {
  const [found] = selectEntries(ctx, eq(certificates.id, id), 1);
  if (!found) missingRecord(ctx);
  const { snapshot: _snapshot, snapshotSha256: _sha, ...rest } = found;
  return rest;
}

function loadCertificate(ctx: HandlerContext, id: number) {
  const row = ctx.database.db.select().from(certificates).where(eq(certificates.id, id)).get();
  if (!row) missingRecord(ctx);
  return row;
}

const issue: Handler<'certificates.issue'> = (ctx, input) =>
  entry(ctx, issueCertificate(ctx, input).id);

const list: Handler<'certificates.list'> = (ctx, input) => {
  const conditions: SQL[] = [];
  if (input.projectId) conditions.push(eq(certificates.projectId, input.projectId));
  if (input.courseId) conditions.push(eq(certificates.courseId, input.courseId));
  if (input.participantId) conditions.push(eq(certificates.participantId, input.participantId));
  if (input.status) conditions.push(eq(certificates.status, input.status));
  const query = input.query.trim();
  if (query) {
    const pattern = `%${query.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    const match = or(
      like(certificates.number, pattern),
      like(certificates.verificationCode, pattern),
      like(participants.lastName, pattern),
      like(participants.firstName, pattern),
    );
    if (match) conditions.push(match);
  }
  return selectEntries(ctx, and(...conditions), input.limit).map(
    ({ snapshot: _snapshot, snapshotSha256: _sha, ...rest }) => rest,
  );
};

const get: Handler<'certificates.get'> = (ctx, { id }) => {
  const [found] = selectEntries(ctx, eq(certificates.id, id), 1);
  if (!found) missingRecord(ctx);
  return { ...found, snapshot: JSON.parse(found.snapshot) as CertificateSnapshot };
};

export function certificateFileName(number: string, suffix = ''): string {
  return `attestato-${number.replace('/', '-')}${suffix}.pdf`;
}

const pdf: Handler<'certificates.pdf'> = (ctx, { id }) => {
  const row = loadCertificate(ctx, id);
  const snapshot = JSON.parse(row.snapshot) as CertificateSnapshot;
  const bytes = renderCertificateFile(snapshot, row.snapshotSha256);
  return {
    fileName: certificateFileName(row.number),
    mimeType: 'application/pdf',
    contentBase64: bytes.toString('base64'),
  };
};

const revoke: Handler<'certificates.revoke'> = (ctx, { id, reason }) => {
  const row = loadCertificate(ctx, id);
  if (row.status === 'revoked') throw new AppError('conflict', 'errors.certificateAlreadyRevoked');
  if (row.status !== 'issued') throw new AppError('conflict', 'errors.certificateNotInForce');
  ctx.database.db
    .update(certificates)
    .set({ status: 'revoked', revokedReason: reason, revokedAt: ctx.now().toISOString() })
    .where(eq(certificates.id, id))
    .run();
  return entry(ctx, id);
};

/** A new number for the same person and records; the old one is marked replaced. */
const reissue: Handler<'certificates.reissue'> = (ctx, { id, locale }) => {
  const row = loadCertificate(ctx, id);
  if (row.status !== 'issued' || row.participantId === null) {
    throw new AppError('conflict', 'errors.certificateNotInForce');
  }
  const recordIds = ctx.database.db
    .select({ id: certificateRecords.recordId })
    .from(certificateRecords)
    .innerJoin(competenceRecords, eq(competenceRecords.id, certificateRecords.recordId))
    .where(and(eq(certificateRecords.certificateId, id), eq(competenceRecords.status, 'validated')))
    .all()
    .map((r) => r.id);
  if (recordIds.length === 0) throw new AppError('conflict', 'errors.noValidatedRecord');
  // The old one stops being in force first, so its records may be printed again.
  ctx.database.db
    .update(certificates)
    .set({ status: 'replaced' })
    .where(eq(certificates.id, id))
    .run();
  const issued = issueCertificate(ctx, {
    participantId: row.participantId,
    recordIds,
    locale: locale ?? row.locale,
    projectId: row.projectId ?? undefined,
    courseId: row.courseId ?? undefined,
  });
  ctx.database.db
    .update(certificates)
    .set({ replacedById: issued.id })
    .where(eq(certificates.id, id))
    .run();
  return entry(ctx, issued.id);
};

const verify: Handler<'certificates.verify'> = (ctx, input) => {
  let code: string | null = null;
  let fileSha: string | null = null;
  if (input.pdfBase64) {
    const bytes = Buffer.from(input.pdfBase64, 'base64');
    fileSha = createHash('sha256').update(bytes).digest('hex');
    const found = findCodeInPdf(bytes);
    code = found === null ? null : normaliseCode(found);
  } else if (input.code) {
    code = normaliseCode(input.code);
  }
  const fromFile = input.pdfBase64 !== undefined;
  const row =
    code === null
      ? undefined
      : ctx.database.db
          .select()
          .from(certificates)
          .where(eq(certificates.verificationCode, code))
          .get();
  if (!row) {
    return {
      result: 'unknown',
      fileMatches: fromFile ? false : null,
      codeFound: code !== null,
      certificate: null,
    };
  }
  const snapshot = JSON.parse(row.snapshot) as CertificateSnapshot;
  const replacedBy =
    row.replacedById === null
      ? null
      : (ctx.database.db
          .select({ number: certificates.number })
          .from(certificates)
          .where(eq(certificates.id, row.replacedById))
          .get()?.number ?? null);
  const result: VerifyResult = {
    result: row.status === 'issued' ? 'valid' : row.status,
    fileMatches: fromFile ? fileSha === row.fileSha256 : null,
    codeFound: true,
    certificate: {
      number: row.number,
      issuedOn: row.issuedOn,
      status: row.status,
      revokedReason: row.revokedReason,
      revokedAt: row.revokedAt,
      replacedByNumber: replacedBy,
      snapshot,
      snapshotIntact:
        row.redactedAt !== null ||
        (snapshotSha256(snapshot) === row.snapshotSha256 &&
          canonicalJson(snapshot) === row.snapshot),
      redacted: row.redactedAt !== null,
    },
  };
  return result;
};

export const certificateHandlers = {
  'certificates.issue': issue,
  'certificates.list': list,
  'certificates.get': get,
  'certificates.pdf': pdf,
  'certificates.revoke': revoke,
  'certificates.reissue': reissue,
  'certificates.verify': verify,
};

export type { CertificateDetail };
