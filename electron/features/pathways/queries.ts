import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import {
  meetings,
  milestones,
  participants,
  pathways,
  planActions,
  planGoals,
  referrals,
  screenings,
  services,
  screeningScores,
} from '../../../db/schema';
import type { AppDatabase } from '../../../db/open';
import type { MilestoneDetails, PathwayDetail, PathwaySummary } from './contract';

export const summaryColumns = {
  id: pathways.id,
  participantId: pathways.participantId,
  firstName: participants.firstName,
  lastName: participants.lastName,
  track: pathways.track,
  status: pathways.status,
  counselorId: pathways.counselorId,
  openedOn: pathways.openedOn,
  lastMeeting: sql<
    string | null
  >`(SELECT max(m.date) FROM meetings m WHERE m.pathway_id = ${pathways.id})`,
};

export function pathwaySummaries(db: AppDatabase, where: ReturnType<typeof and>): PathwaySummary[] {
  return db
    .select(summaryColumns)
    .from(pathways)
    .innerJoin(participants, eq(participants.id, pathways.participantId))
    .where(where)
    .orderBy(asc(participants.lastName), asc(participants.firstName), asc(pathways.id))
    .all();
}

/** Everything a pathway page shows, in a handful of indexed queries. */
export function pathwayDetail(db: AppDatabase, id: number): PathwayDetail | undefined {
  const row = db
    .select({ ...summaryColumns, pathway: pathways })
    .from(pathways)
    .innerJoin(participants, eq(participants.id, pathways.participantId))
    .where(eq(pathways.id, id))
    .get();
  if (!row) return undefined;
  const { pathway, ...summary } = row;
  const screeningRows = db
    .select()
    .from(screenings)
    .where(eq(screenings.pathwayId, id))
    .orderBy(asc(screenings.date), asc(screenings.id))
    .all();
  const scores = screeningRows.length
    ? db
        .select()
        .from(screeningScores)
        .where(
          inArray(
            screeningScores.screeningId,
            screeningRows.map((s) => s.id),
          ),
        )
        .all()
    : [];
  const goals = db
    .select()
    .from(planGoals)
    .where(eq(planGoals.pathwayId, id))
    .orderBy(asc(planGoals.position), asc(planGoals.id))
    .all();
  const actions = goals.length
    ? db
        .select()
        .from(planActions)
        .where(
          inArray(
            planActions.goalId,
            goals.map((g) => g.id),
          ),
        )
        .orderBy(asc(planActions.id))
        .all()
    : [];
  return {
    ...summary,
    projectId: pathway.projectId,
    closedOn: pathway.closedOn,
    outcome: pathway.outcome,
    planAgreedOn: pathway.planAgreedOn,
    screenings: screeningRows.map((s) => ({
      id: s.id,
      kind: s.kind,
      date: s.date,
      scores: scores
        .filter((sc) => sc.screeningId === s.id)
        .map(({ dimension, level, note }) => ({ dimension, level, note })),
    })),
    goals: goals.map((g) => ({
      id: g.id,
      title: g.title,
      dueDate: g.dueDate,
      status: g.status,
      actions: actions
        .filter((a) => a.goalId === g.id)
        .map(({ id: actionId, description, who, dueDate, status }) => ({
          id: actionId,
          description,
          who,
          dueDate,
          status,
        })),
    })),
    meetings: db
      .select({
        id: meetings.id,
        date: meetings.date,
        durationMinutes: meetings.durationMinutes,
        kind: meetings.kind,
        notes: meetings.notes,
        nextSteps: meetings.nextSteps,
        nextAppointment: meetings.nextAppointment,
      })
      .from(meetings)
      .where(eq(meetings.pathwayId, id))
      .orderBy(desc(meetings.date), desc(meetings.id))
      .all(),
    milestones: db
      .select({ id: milestones.id, date: milestones.date, details: milestones.details })
      .from(milestones)
      .where(eq(milestones.pathwayId, id))
      .orderBy(asc(milestones.date))
      .all()
      .map((m) => ({ ...m, details: m.details as MilestoneDetails })),
    referrals: db
      .select({
        id: referrals.id,
        serviceId: referrals.serviceId,
        serviceName: services.name,
        serviceDeleted: sql<boolean>`${services.deletedAt} IS NOT NULL`.mapWith(Boolean),
        date: referrals.date,
        reason: referrals.reason,
        outcome: referrals.outcome,
      })
      .from(referrals)
      .innerJoin(services, eq(services.id, referrals.serviceId))
      .where(eq(referrals.pathwayId, id))
      .orderBy(asc(referrals.date))
      .all(),
  };
}

export function openActionCount(db: AppDatabase, pathwayId: number): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(planActions)
      .innerJoin(planGoals, eq(planGoals.id, planActions.goalId))
      .where(and(eq(planGoals.pathwayId, pathwayId), eq(planActions.status, 'open')))
      .get()?.n ?? 0
  );
}
