import { and, asc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import {
  certificateRecords,
  certificates,
  competenceRecords,
  competences,
  courseCompetences,
  courses,
  enrolments,
  milestones,
  participants,
  pathways,
  volunteering,
} from '../../../db/schema';
import { courseAttendanceSummary } from '../../../db/queries/attendance';
import type { HandlerContext } from '../../api/context';
import { AppError } from '../../api/errors';
import { todayIso } from '../../api/fields';
import type { Handler } from '../../api/router';
import { assertCourseAccess } from '../courses/scope';
import { loadRow } from '../participants/handlers';
import type { MilestoneDetails } from '../pathways/contract';
import type { CompetenceRecord, RecordSource, RecordSuggestion } from './contract';

type RecordRow = typeof competenceRecords.$inferSelect;

/** The facts of a record's source, read from the app's own data. */
export interface SourceFacts {
  source: RecordRow['source'];
  courseId: number | null;
  volunteeringId: number | null;
  milestoneId: number | null;
  sourceTitle: string;
  minutes: number | null;
  periodFrom: string | null;
  periodTo: string | null;
  attendancePermille: number | null;
}

function sourceMissing(): never {
  throw new AppError('validation', 'errors.validation', { source: 'errors.recordSourceMissing' });
}

interface CourseStanding {
  courseId: number;
  title: string;
  startDate: string;
  endDate: string;
  enrolmentStatus: string;
  attendedMinutes: number;
  heldMinutes: number;
  /** Above the course's minimum attendance, against its planned hours. */
  thresholdMet: boolean;
  /** The enrolment is completed, or the course has ended. */
  finished: boolean;
}

function courseStandings(ctx: HandlerContext, courseId: number): Map<number, CourseStanding> {
  const course = ctx.database.db.select().from(courses).where(eq(courses.id, courseId)).get();
  const result = new Map<number, CourseStanding>();
  if (!course) return result;
  const threshold = (course.plannedHours * 60 * course.minAttendancePct) / 100;
  const today = todayIso(ctx.now());
  for (const row of courseAttendanceSummary(ctx.database.sqlite, courseId)) {
    result.set(row.participantId, {
      courseId,
      title: course.title,
      startDate: course.startDate,
      endDate: course.endDate,
      enrolmentStatus: row.enrolmentStatus,
      attendedMinutes: row.attendedMinutes,
      heldMinutes: row.heldMinutes,
      thresholdMet: row.attendedMinutes >= threshold,
      finished: row.enrolmentStatus === 'completed' || course.endDate <= today,
    });
  }
  return result;
}

function courseFacts(standing: CourseStanding): SourceFacts {
  return {
    source: 'course',
    courseId: standing.courseId,
    volunteeringId: null,
    milestoneId: null,
    sourceTitle: standing.title,
    minutes: standing.attendedMinutes,
    periodFrom: standing.startDate,
    periodTo: standing.endDate,
    attendancePermille:
      standing.heldMinutes > 0
        ? Math.round((standing.attendedMinutes * 1000) / standing.heldMinutes)
        : null,
  };
}

function weeksBetween(from: string, to: string): number {
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
  return Math.max(1, Math.round((days + 1) / 7));
}

/** Checks that the source concerns this participant and reads its facts. */
export function factsOf(
  ctx: HandlerContext,
  participantId: number,
  source: RecordSource,
): SourceFacts {
  const { db } = ctx.database;
  switch (source.kind) {
    case 'course': {
      const enrolled = db
        .select({ id: enrolments.id })
        .from(enrolments)
        .where(
          and(
            eq(enrolments.courseId, source.courseId),
            eq(enrolments.participantId, participantId),
          ),
        )
        .get();
      const standing = enrolled && courseStandings(ctx, source.courseId).get(participantId);
      if (!standing) sourceMissing();
      return courseFacts(standing);
    }
    case 'volunteering': {
      const row = db
        .select()
        .from(volunteering)
        .where(eq(volunteering.id, source.volunteeringId))
        .get();
      if (!row || row.participantId !== participantId) sourceMissing();
      return {
        source: 'volunteering',
        courseId: null,
        volunteeringId: row.id,
        milestoneId: null,
        sourceTitle: row.role ? `${row.hostAssociation} — ${row.role}` : row.hostAssociation,
        minutes: row.hours * 60,
        periodFrom: row.startDate,
        periodTo: row.endDate,
        attendancePermille: null,
      };
    }
    case 'internship': {
      const row = db
        .select({ milestone: milestones, participantId: pathways.participantId })
        .from(milestones)
        .innerJoin(pathways, eq(pathways.id, milestones.pathwayId))
        .where(eq(milestones.id, source.milestoneId))
        .get();
      const details = row?.milestone.details as MilestoneDetails | undefined;
      if (!row || row.participantId !== participantId || details?.type !== 'internship') {
        sourceMissing();
      }
      const minutes =
        details.hoursPerWeek !== undefined && details.endDate
          ? details.hoursPerWeek * 60 * weeksBetween(details.startDate, details.endDate)
          : null;
      return {
        source: 'internship',
        courseId: null,
        volunteeringId: null,
        milestoneId: row.milestone.id,
        sourceTitle: details.hostOrganisation,
        minutes,
        periodFrom: details.startDate,
        periodTo: details.endDate ?? null,
        attendancePermille: null,
      };
    }
    case 'experience':
      return {
        source: 'experience',
        courseId: null,
        volunteeringId: null,
        milestoneId: null,
        sourceTitle: source.title,
        minutes: source.hours === undefined ? null : source.hours * 60,
        periodFrom: source.from ?? null,
        periodTo: source.to ?? null,
        attendancePermille: null,
      };
  }
}

const inForceNumber = sql<string | null>`(
  SELECT c.number FROM ${certificateRecords} cr JOIN ${certificates} c ON c.id = cr.certificate_id
  WHERE cr.record_id = ${competenceRecords.id} AND c.status = 'issued' LIMIT 1)`;

function selectRecords(ctx: HandlerContext, where: SQL | undefined): CompetenceRecord[] {
  return ctx.database.db
    .select({
      row: competenceRecords,
      firstName: participants.firstName,
      lastName: participants.lastName,
      code: competences.code,
      titleIt: competences.titleIt,
      titleEn: competences.titleEn,
      eqfLevel: competences.eqfLevel,
      certificateNumber: inForceNumber,
    })
    .from(competenceRecords)
    .innerJoin(participants, eq(participants.id, competenceRecords.participantId))
    .innerJoin(competences, eq(competences.id, competenceRecords.competenceId))
    .where(where)
    .orderBy(asc(participants.lastName), asc(participants.firstName), asc(competences.code))
    .all()
    .map(({ row, ...joined }) => ({
      id: row.id,
      participantId: row.participantId,
      participantName: `${joined.lastName} ${joined.firstName}`,
      competenceId: row.competenceId,
      competenceCode: joined.code,
      competenceTitle: ctx.locale === 'en' ? joined.titleEn : joined.titleIt,
      eqfLevel: joined.eqfLevel,
      levelReached: row.levelReached,
      source: row.source,
      courseId: row.courseId,
      sourceTitle: row.sourceTitle,
      hours: row.minutes === null ? null : row.minutes / 60,
      periodFrom: row.periodFrom,
      periodTo: row.periodTo,
      attendancePct: row.attendancePermille === null ? null : row.attendancePermille / 10,
      evidence: row.evidence,
      assessmentMethod: row.assessmentMethod,
      assessorName: row.assessorName,
      assessedOn: row.assessedOn,
      status: row.status,
      revokedReason: row.revokedReason,
      certificateNumber: joined.certificateNumber,
    }));
}

function recordById(ctx: HandlerContext, id: number): CompetenceRecord {
  const [record] = selectRecords(ctx, eq(competenceRecords.id, id));
  if (!record) throw new AppError('not_found', 'errors.notFound');
  return record;
}

/** The record, if its person is in the caller's scope (refused alike when missing). */
function loadRecord(ctx: HandlerContext, id: number): RecordRow {
  const row = ctx.database.db
    .select()
    .from(competenceRecords)
    .where(eq(competenceRecords.id, id))
    .get();
  if (!row) {
    if (ctx.caller.role === 'admin') throw new AppError('not_found', 'errors.notFound');
    throw new AppError('forbidden', 'errors.forbidden');
  }
  loadRow(ctx, row.participantId);
  return row;
}

function activeCompetence(ctx: HandlerContext, competenceId: number) {
  const row = ctx.database.db
    .select()
    .from(competences)
    .where(eq(competences.id, competenceId))
    .get();
  if (!row) {
    throw new AppError('validation', 'errors.validation', {
      competenceId: 'errors.recordSourceMissing',
    });
  }
  if (!row.active) {
    throw new AppError('validation', 'errors.validation', {
      competenceId: 'errors.competenceInactive',
    });
  }
  return row;
}

/** A record of the same competence from the same activity, not revoked. */
function duplicateOf(
  ctx: HandlerContext,
  participantId: number,
  competenceId: number,
  facts: SourceFacts,
): boolean {
  if (facts.source === 'experience') return false;
  const sameSource =
    facts.source === 'course'
      ? eq(competenceRecords.courseId, facts.courseId ?? -1)
      : facts.source === 'volunteering'
        ? eq(competenceRecords.volunteeringId, facts.volunteeringId ?? -1)
        : eq(competenceRecords.milestoneId, facts.milestoneId ?? -1);
  return (
    ctx.database.db
      .select({ id: competenceRecords.id })
      .from(competenceRecords)
      .where(
        and(
          eq(competenceRecords.participantId, participantId),
          eq(competenceRecords.competenceId, competenceId),
          ne(competenceRecords.status, 'revoked'),
          sameSource,
        ),
      )
      .get() !== undefined
  );
}

interface Assessment {
  levelReached: RecordRow['levelReached'];
  evidence?: string | undefined;
  assessmentMethod: RecordRow['assessmentMethod'];
  assessorName: string;
  assessedOn: string;
}

function insertRecord(
  ctx: HandlerContext,
  participantId: number,
  competenceId: number,
  facts: SourceFacts,
  assessment: Assessment,
): number {
  return ctx.database.db
    .insert(competenceRecords)
    .values({
      participantId,
      competenceId,
      ...facts,
      levelReached: assessment.levelReached,
      evidence: assessment.evidence ?? null,
      assessmentMethod: assessment.assessmentMethod,
      assessorName: assessment.assessorName,
      assessedOn: assessment.assessedOn,
      createdBy: ctx.caller.userId,
    })
    .returning({ id: competenceRecords.id })
    .get().id;
}

const list: Handler<'competenceRecords.list'> = (ctx, input) => {
  const conditions: SQL[] = [];
  if (input.participantId !== undefined) {
    loadRow(ctx, input.participantId);
    conditions.push(eq(competenceRecords.participantId, input.participantId));
  }
  if (input.courseId !== undefined) {
    assertCourseAccess(ctx, input.courseId, 'enrol');
    conditions.push(eq(competenceRecords.courseId, input.courseId));
  }
  if (input.status) conditions.push(eq(competenceRecords.status, input.status));
  return selectRecords(ctx, and(...conditions));
};

const create: Handler<'competenceRecords.create'> = (ctx, input) => {
  loadRow(ctx, input.participantId);
  activeCompetence(ctx, input.competenceId);
  const facts = factsOf(ctx, input.participantId, input.source);
  if (duplicateOf(ctx, input.participantId, input.competenceId, facts)) {
    throw new AppError('conflict', 'errors.recordDuplicate');
  }
  return recordById(ctx, insertRecord(ctx, input.participantId, input.competenceId, facts, input));
};

const update: Handler<'competenceRecords.update'> = (ctx, { id, data }) => {
  const row = loadRecord(ctx, id);
  if (row.status !== 'draft') throw new AppError('conflict', 'errors.recordNotDraft');
  if (data.competenceId !== row.competenceId) activeCompetence(ctx, data.competenceId);
  ctx.database.db
    .update(competenceRecords)
    .set({
      competenceId: data.competenceId,
      levelReached: data.levelReached,
      evidence: data.evidence ?? null,
      assessmentMethod: data.assessmentMethod,
      assessorName: data.assessorName,
      assessedOn: data.assessedOn,
      updatedAt: ctx.now().toISOString(),
    })
    .where(eq(competenceRecords.id, id))
    .run();
  return recordById(ctx, id);
};

const validate: Handler<'competenceRecords.validate'> = (ctx, { ids }) => {
  const unique = [...new Set(ids)];
  const rows = unique.map((id) => loadRecord(ctx, id));
  if (rows.some((r) => r.status === 'revoked')) {
    throw new AppError('conflict', 'errors.recordAlreadyRevoked');
  }
  const drafts = rows.filter((r) => r.status === 'draft').map((r) => r.id);
  if (drafts.length > 0) {
    ctx.database.db
      .update(competenceRecords)
      .set({
        status: 'validated',
        validatedBy: ctx.caller.userId,
        validatedAt: ctx.now().toISOString(),
        updatedAt: ctx.now().toISOString(),
      })
      .where(inArray(competenceRecords.id, drafts))
      .run();
  }
  return { validated: drafts.length };
};

const revoke: Handler<'competenceRecords.revoke'> = (ctx, { id, reason }) => {
  const row = loadRecord(ctx, id);
  if (row.status === 'revoked') throw new AppError('conflict', 'errors.recordAlreadyRevoked');
  if (recordById(ctx, id).certificateNumber !== null) {
    throw new AppError('conflict', 'errors.recordOnCertificate');
  }
  ctx.database.db
    .update(competenceRecords)
    .set({
      status: 'revoked',
      revokedReason: reason,
      revokedAt: ctx.now().toISOString(),
      updatedAt: ctx.now().toISOString(),
    })
    .where(eq(competenceRecords.id, id))
    .run();
  return recordById(ctx, id);
};

/** Competences already recognised (not revoked) per person, as "participantId:competenceId". */
function recognised(ctx: HandlerContext, participantIds: number[]): Set<string> {
  if (participantIds.length === 0) return new Set();
  const rows = ctx.database.db
    .select({ p: competenceRecords.participantId, c: competenceRecords.competenceId })
    .from(competenceRecords)
    .where(
      and(
        inArray(competenceRecords.participantId, participantIds),
        ne(competenceRecords.status, 'revoked'),
      ),
    )
    .all();
  return new Set(rows.map((r) => `${r.p}:${r.c}`));
}

function courseCompetenceRows(ctx: HandlerContext, courseId: number) {
  return ctx.database.db
    .select({
      id: competences.id,
      code: competences.code,
      titleIt: competences.titleIt,
      titleEn: competences.titleEn,
    })
    .from(courseCompetences)
    .innerJoin(competences, eq(competences.id, courseCompetences.competenceId))
    .where(and(eq(courseCompetences.courseId, courseId), eq(competences.active, true)))
    .orderBy(asc(competences.code))
    .all();
}

function suggestionsForCourse(
  ctx: HandlerContext,
  courseId: number,
  onlyParticipant?: number,
): RecordSuggestion[] {
  const aimed = courseCompetenceRows(ctx, courseId);
  if (aimed.length === 0) return [];
  const standings = [...courseStandings(ctx, courseId).entries()].filter(
    ([participantId, s]) =>
      (onlyParticipant === undefined || participantId === onlyParticipant) &&
      s.thresholdMet &&
      s.finished &&
      s.enrolmentStatus !== 'withdrawn',
  );
  const done = recognised(
    ctx,
    standings.map(([id]) => id),
  );
  const names = new Map(
    courseAttendanceSummary(ctx.database.sqlite, courseId).map((r) => [
      r.participantId,
      `${r.lastName} ${r.firstName}`,
    ]),
  );
  const suggestions: RecordSuggestion[] = [];
  for (const [participantId, standing] of standings) {
    const facts = courseFacts(standing);
    for (const competence of aimed) {
      if (done.has(`${participantId}:${competence.id}`)) continue;
      suggestions.push({
        participantId,
        participantName: names.get(participantId) ?? '',
        competenceId: competence.id,
        competenceCode: competence.code,
        competenceTitle: ctx.locale === 'en' ? competence.titleEn : competence.titleIt,
        source: { kind: 'course', courseId },
        ...publicFacts(facts),
      });
    }
  }
  return suggestions;
}

function publicFacts(facts: SourceFacts) {
  return {
    sourceTitle: facts.sourceTitle,
    hours: facts.minutes === null ? null : facts.minutes / 60,
    periodFrom: facts.periodFrom,
    periodTo: facts.periodTo,
    attendancePct: facts.attendancePermille === null ? null : facts.attendancePermille / 10,
  };
}

function suggestionsForParticipant(ctx: HandlerContext, participantId: number): RecordSuggestion[] {
  const person = loadRow(ctx, participantId);
  const name = `${person.lastName} ${person.firstName}`;
  const { db } = ctx.database;
  const result: RecordSuggestion[] = [];
  const courseIds = db
    .select({ id: enrolments.courseId })
    .from(enrolments)
    .where(eq(enrolments.participantId, participantId))
    .all();
  for (const { id } of courseIds) result.push(...suggestionsForCourse(ctx, id, participantId));
  const used = db
    .select({ v: competenceRecords.volunteeringId, m: competenceRecords.milestoneId })
    .from(competenceRecords)
    .where(
      and(
        eq(competenceRecords.participantId, participantId),
        ne(competenceRecords.status, 'revoked'),
      ),
    )
    .all();
  const usedVolunteering = new Set(used.map((u) => u.v));
  const usedMilestones = new Set(used.map((u) => u.m));
  const evidence = (source: RecordSource): RecordSuggestion => ({
    participantId,
    participantName: name,
    competenceId: null,
    competenceCode: null,
    competenceTitle: null,
    source,
    ...publicFacts(factsOf(ctx, participantId, source)),
  });
  for (const row of db
    .select({ id: volunteering.id })
    .from(volunteering)
    .where(eq(volunteering.participantId, participantId))
    .all()) {
    if (!usedVolunteering.has(row.id)) {
      result.push(evidence({ kind: 'volunteering', volunteeringId: row.id }));
    }
  }
  for (const row of db
    .select({ id: milestones.id })
    .from(milestones)
    .innerJoin(pathways, eq(pathways.id, milestones.pathwayId))
    .where(and(eq(pathways.participantId, participantId), eq(milestones.type, 'internship')))
    .all()) {
    if (!usedMilestones.has(row.id)) {
      result.push(evidence({ kind: 'internship', milestoneId: row.id }));
    }
  }
  return result;
}

const suggestions: Handler<'competenceRecords.suggestions'> = (ctx, input) => {
  if (input.courseId !== undefined) {
    assertCourseAccess(ctx, input.courseId, 'enrol');
    return suggestionsForCourse(ctx, input.courseId);
  }
  return suggestionsForParticipant(ctx, input.participantId ?? -1);
};

/** Accepting twice creates nothing new: a record from the same activity already exists. */
const acceptSuggestions: Handler<'competenceRecords.acceptSuggestions'> = (ctx, input) => {
  const checked = new Set<number>();
  let created = 0;
  for (const item of input.items) {
    if (!checked.has(item.participantId)) {
      loadRow(ctx, item.participantId);
      checked.add(item.participantId);
    }
    if (item.source.kind === 'course') assertCourseAccess(ctx, item.source.courseId, 'enrol');
    activeCompetence(ctx, item.competenceId);
    const facts = factsOf(ctx, item.participantId, item.source);
    if (duplicateOf(ctx, item.participantId, item.competenceId, facts)) continue;
    insertRecord(ctx, item.participantId, item.competenceId, facts, input);
    created += 1;
  }
  return { created };
};

export const recordHandlers = {
  'competenceRecords.list': list,
  'competenceRecords.create': create,
  'competenceRecords.update': update,
  'competenceRecords.validate': validate,
  'competenceRecords.revoke': revoke,
  'competenceRecords.suggestions': suggestions,
  'competenceRecords.acceptSuggestions': acceptSuggestions,
};
