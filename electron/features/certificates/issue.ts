import { createHash, randomInt } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  auditEvents,
  certificateRecords,
  certificates,
  competenceRecords,
  competences,
  courses,
  projects,
  settings,
} from '../../../db/schema';
import type { HandlerContext } from '../../api/context';
import { AppError } from '../../api/errors';
import { todayIso } from '../../api/fields';
import type { OrganisationProfile } from '../auth/contract';
import { loadRow } from '../participants/handlers';
import { renderCertificateFile } from './render';
import {
  type CertificateLocale,
  type CertificateSnapshot,
  canonicalJson,
  type PrintedCompetence,
} from './snapshot';
import { snapshotSha256 } from './hash';

/** Crockford's base32 without I, L, O, U: no letter to mistake for a digit. */
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function newCode(): string {
  let raw = '';
  for (let i = 0; i < 12; i++) raw += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
}

/** What a person types or a scanner reads (the QR payload too) → the stored form, or null. */
export function normaliseCode(input: string): string | null {
  const fromQr = /^PERCORSI-ATTESTATO:[^:]*:([^:]+)/i.exec(input.trim());
  const raw = (fromQr?.[1] ?? input)
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (raw.length !== 12 || [...raw].some((c) => !CODE_ALPHABET.includes(c))) return null;
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
}

export interface IssueRequest {
  participantId: number;
  recordIds: number[];
  locale: CertificateLocale;
  projectId?: number | undefined;
  courseId?: number | undefined;
}

export interface Issued {
  id: number;
  number: string;
  pdf: Buffer;
  snapshot: CertificateSnapshot;
  sha256: string;
}

function organisation(ctx: HandlerContext): OrganisationProfile {
  const row = ctx.database.db.select().from(settings).where(eq(settings.key, 'organisation')).get();
  return (row?.value as OrganisationProfile | undefined) ?? { name: '' };
}

function printedCompetences(
  ctx: HandlerContext,
  participantId: number,
  recordIds: number[],
  locale: CertificateLocale,
): { competences: PrintedCompetence[]; courseIds: number[] } {
  const rows = ctx.database.db
    .select({ record: competenceRecords, competence: competences })
    .from(competenceRecords)
    .innerJoin(competences, eq(competences.id, competenceRecords.competenceId))
    .where(inArray(competenceRecords.id, recordIds))
    .all();
  const valid = rows.filter(
    (r) => r.record.participantId === participantId && r.record.status === 'validated',
  );
  if (valid.length !== new Set(recordIds).size) {
    throw new AppError('validation', 'errors.validation', {
      recordIds: 'errors.recordNotValidated',
    });
  }
  const printedAlready = ctx.database.db
    .select({ id: certificateRecords.recordId })
    .from(certificateRecords)
    .innerJoin(certificates, eq(certificates.id, certificateRecords.certificateId))
    .where(and(inArray(certificateRecords.recordId, recordIds), eq(certificates.status, 'issued')))
    .get();
  if (printedAlready) {
    throw new AppError('conflict', 'errors.validation', {
      recordIds: 'errors.recordAlreadyCertified',
    });
  }
  valid.sort((a, b) => (a.competence.code < b.competence.code ? -1 : 1));
  return {
    competences: valid.map(({ record, competence }) => ({
      code: competence.code,
      title: locale === 'en' ? competence.titleEn : competence.titleIt,
      description: locale === 'en' ? competence.descriptionEn : competence.descriptionIt,
      eqfLevel: competence.eqfLevel,
      escoUri: competence.escoUri,
      adaCode: competence.adaCode,
      acquisition: {
        kind: record.source,
        title: record.sourceTitle,
        hours: record.minutes === null ? null : Math.round((record.minutes / 60) * 10) / 10,
        from: record.periodFrom,
        to: record.periodTo,
        attendancePct: record.attendancePermille === null ? null : record.attendancePermille / 10,
        description: record.source === 'experience' ? record.evidence : null,
      },
      assessment: {
        method: record.assessmentMethod,
        assessedOn: record.assessedOn,
        assessor: record.assessorName,
      },
      evidence: record.evidence,
    })),
    courseIds: [...new Set(valid.map((r) => r.record.courseId).filter((id) => id !== null))],
  };
}

function projectOf(ctx: HandlerContext, request: IssueRequest, courseIds: number[]) {
  const { db } = ctx.database;
  let projectId = request.projectId ?? null;
  const courseId = request.courseId ?? (courseIds.length === 1 ? courseIds[0] : undefined);
  if (projectId === null && courseId !== undefined) {
    projectId =
      db.select({ p: courses.projectId }).from(courses).where(eq(courses.id, courseId)).get()?.p ??
      null;
  }
  if (projectId === null && courseIds.length > 1) {
    const owners = db
      .selectDistinct({ p: courses.projectId })
      .from(courses)
      .where(inArray(courses.id, courseIds))
      .all();
    if (owners.length === 1) projectId = owners[0]?.p ?? null;
  }
  const project =
    projectId === null
      ? undefined
      : db.select().from(projects).where(eq(projects.id, projectId)).get();
  if (projectId !== null && !project) {
    throw new AppError('validation', 'errors.validation', {
      projectId: 'errors.recordSourceMissing',
    });
  }
  return { project: project ?? null, courseId: courseId ?? null };
}

/**
 * Issues one certificate: the next number of the year, a fresh verification code,
 * the frozen snapshot, its hash and the PDF's. Runs inside the caller's transaction
 * (IMMEDIATE, so no other connection can take the same number).
 */
export function issueCertificate(ctx: HandlerContext, request: IssueRequest): Issued {
  const person = loadRow(ctx, request.participantId);
  const org = organisation(ctx);
  if (!org.signatoryName || !org.signatoryRole) {
    throw new AppError('validation', 'errors.signatoryMissing');
  }
  const printed = printedCompetences(ctx, request.participantId, request.recordIds, request.locale);
  const { project, courseId } = projectOf(ctx, request, printed.courseIds);
  const { db } = ctx.database;
  const issuedOn = todayIso(ctx.now());
  const year = Number(issuedOn.slice(0, 4));
  const seq =
    (db
      .select({ max: sql<number | null>`max(${certificates.seq})` })
      .from(certificates)
      .where(eq(certificates.year, year))
      .get()?.max ?? 0) + 1;
  const number = `${year}/${String(seq).padStart(4, '0')}`;
  let verificationCode = newCode();
  while (
    db
      .select({ id: certificates.id })
      .from(certificates)
      .where(eq(certificates.verificationCode, verificationCode))
      .get()
  ) {
    verificationCode = newCode();
  }
  const snapshot: CertificateSnapshot = {
    version: 1,
    locale: request.locale,
    number,
    verificationCode,
    issuedOn,
    person: {
      firstName: person.firstName,
      lastName: person.lastName,
      birthDate: person.birthDate,
      birthPlace: person.birthPlace,
      codiceFiscale: person.codiceFiscale,
    },
    organisation: {
      name: org.name,
      taxCode: org.taxCode ?? null,
      address: org.address ?? null,
    },
    project: project
      ? { title: project.title, funder: project.funder, fundingLine: project.fundingLine }
      : null,
    signatory: { name: org.signatoryName, role: org.signatoryRole },
    competences: printed.competences,
  };
  const sha256 = snapshotSha256(snapshot);
  const pdf = renderCertificateFile(snapshot, sha256);
  const row = db
    .insert(certificates)
    .values({
      year,
      seq,
      number,
      verificationCode,
      participantId: request.participantId,
      projectId: project?.id ?? null,
      courseId,
      locale: request.locale,
      issuedOn,
      issuedBy: ctx.caller.userId,
      snapshot: canonicalJson(snapshot),
      snapshotSha256: sha256,
      fileSha256: createHash('sha256').update(pdf).digest('hex'),
    })
    .returning({ id: certificates.id })
    .get();
  db.insert(certificateRecords)
    .values(
      [...new Set(request.recordIds)].map((recordId) => ({ certificateId: row.id, recordId })),
    )
    .run();
  return { id: row.id, number, pdf, snapshot, sha256 };
}

/** Batch issues are not router calls: each writes its own audit event in its transaction. */
export function auditIssue(ctx: HandlerContext, certificateId: number): void {
  ctx.database.db
    .insert(auditEvents)
    .values({
      userId: ctx.caller.userId,
      action: 'certificates.issue',
      entity: 'certificate',
      entityId: certificateId,
      at: ctx.now().toISOString(),
    })
    .run();
}

/** Validated records of a person that no certificate in force prints yet. */
export function uncertifiedRecords(
  ctx: HandlerContext,
  participantId: number,
  courseId?: number,
): number[] {
  return ctx.database.db
    .select({ id: competenceRecords.id })
    .from(competenceRecords)
    .where(
      and(
        eq(competenceRecords.participantId, participantId),
        eq(competenceRecords.status, 'validated'),
        courseId === undefined ? undefined : eq(competenceRecords.courseId, courseId),
        sql`NOT EXISTS (SELECT 1 FROM ${certificateRecords} cr JOIN ${certificates} c ON c.id = cr.certificate_id
          WHERE cr.record_id = ${competenceRecords.id} AND c.status = 'issued')`,
      ),
    )
    .all()
    .map((r) => r.id);
}
