import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { pathways, projectCoordinators } from '../../../db/schema';
import { prepareCached } from '../../../db/statements';
import type { Handler } from '../../api/router';
import { pathwaySummaries } from './queries';

const OPEN = ['intake', 'active'] as const;
const DAY = 86_400_000;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The counselor's home: open pathways, overdue actions and goals, this week's
 * appointments, pathways quiet for 30 days, and association insurance
 * policies (from milestones) expiring within 30 days — one set of queries
 * bounded by the caller's open pathways.
 */
export const caseloadHome: Handler<'caseload.home'> = (ctx, input) => {
  const { role, userId } = ctx.caller;
  const { db, sqlite } = ctx.database;
  const conditions: SQL[] = [inArray(pathways.status, [...OPEN])];
  if (role === 'counselor') conditions.push(eq(pathways.counselorId, userId ?? -1));
  if (role === 'coordinator') {
    conditions.push(
      inArray(
        pathways.projectId,
        db
          .select({ id: projectCoordinators.projectId })
          .from(projectCoordinators)
          .where(eq(projectCoordinators.userId, userId ?? -1)),
      ),
    );
  }
  if (input.projectId) conditions.push(eq(pathways.projectId, input.projectId));
  if (input.track) conditions.push(eq(pathways.track, input.track));
  const open = pathwaySummaries(db, and(...conditions));
  const ids = open.map((p) => p.id);
  const names = new Map(open.map((p) => [p.id, { firstName: p.firstName, lastName: p.lastName }]));
  const person = (pathwayId: number) => names.get(pathwayId) ?? { firstName: '', lastName: '' };

  const now = ctx.now();
  const today = isoDay(now);
  const weekday = (now.getUTCDay() + 6) % 7;
  const weekStart = isoDay(new Date(now.getTime() - weekday * DAY));
  const weekEnd = isoDay(new Date(now.getTime() + (6 - weekday) * DAY));
  const monthAgo = isoDay(new Date(now.getTime() - 30 * DAY));
  const inMonth = isoDay(new Date(now.getTime() + 30 * DAY));

  const list = JSON.stringify(ids);
  const overdueActions = prepareCached<
    [string, string],
    { pathwayId: number; description: string; dueDate: string }
  >(
    sqlite,
    `SELECT g.pathway_id AS pathwayId, a.description, a.due_date AS dueDate
       FROM plan_actions a JOIN plan_goals g ON g.id = a.goal_id
       WHERE g.pathway_id IN (SELECT value FROM json_each(?)) AND a.status = 'open'
         AND a.due_date IS NOT NULL AND a.due_date < ?
       ORDER BY a.due_date`,
  )
    .all(list, today)
    .map((r) => ({ ...r, ...person(r.pathwayId) }));
  const overdueGoals = prepareCached<
    [string, string],
    { pathwayId: number; title: string; dueDate: string }
  >(
    sqlite,
    `SELECT pathway_id AS pathwayId, title, due_date AS dueDate FROM plan_goals
       WHERE pathway_id IN (SELECT value FROM json_each(?)) AND status = 'open'
         AND due_date IS NOT NULL AND due_date < ?
       ORDER BY due_date`,
  )
    .all(list, today)
    .map((r) => ({ ...r, ...person(r.pathwayId) }));
  const appointmentsThisWeek = prepareCached<
    [string, string, string],
    { pathwayId: number; date: string }
  >(
    sqlite,
    `SELECT pathway_id AS pathwayId, next_appointment AS date FROM meetings
       WHERE pathway_id IN (SELECT value FROM json_each(?))
         AND next_appointment BETWEEN ? AND ?
       GROUP BY pathway_id, next_appointment ORDER BY next_appointment`,
  )
    .all(list, weekStart, weekEnd)
    .map((r) => ({ ...r, ...person(r.pathwayId) }));
  const quiet = open.filter((p) => p.lastMeeting === null || p.lastMeeting < monthAgo);
  const insuranceExpiring = prepareCached<
    [string, string, string],
    { pathwayId: number; association: string; insurer: string; expiryDate: string }
  >(
    sqlite,
    `SELECT pathway_id AS pathwayId, json_extract(details, '$.name') AS association,
         json_extract(details, '$.insurance.insurer') AS insurer,
         json_extract(details, '$.insurance.expiryDate') AS expiryDate
       FROM milestones
       WHERE pathway_id IN (SELECT value FROM json_each(?)) AND type = 'association'
         AND json_extract(details, '$.insurance.expiryDate') BETWEEN ? AND ?
       ORDER BY expiryDate`,
  )
    .all(list, today, inMonth)
    .map((r) => ({ ...r, ...person(r.pathwayId) }));
  return { open, overdueActions, overdueGoals, appointmentsThisWeek, quiet, insuranceExpiring };
};
