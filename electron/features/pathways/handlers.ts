import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import {
  meetings,
  milestones,
  pathways,
  planActions,
  planGoals,
  projectCoordinators,
  screenings,
  screeningScores,
  users,
} from '../../../db/schema';
import type { HandlerContext } from '../../api/context';
import { AppError } from '../../api/errors';
import type { Handler } from '../../api/router';
import { coordinates, missingRecord } from '../courses/scope';
import { loadRow } from '../participants/handlers';
import type { PathwayDetail } from './contract';
import { caseloadHome } from './caseload';
import { planDocument } from './document';
import { openActionCount, pathwayDetail, pathwaySummaries } from './queries';

type PathwayRow = typeof pathways.$inferSelect;

const CLOSED = new Set(['completed', 'closed', 'dropped']);

/**
 * Case scope: a counselor works on the pathways they follow; a coordinator
 * on those of the projects they coordinate. Others never reach these
 * channels (the access table), and a refusal reveals nothing.
 */
function mayWork(ctx: HandlerContext, row: PathwayRow): boolean {
  const { role, userId } = ctx.caller;
  if (role === 'counselor') return row.counselorId === userId;
  if (role === 'coordinator') return row.projectId !== null && coordinates(ctx, row.projectId);
  return false;
}

export function loadPathway(ctx: HandlerContext, id: number, forWriting = true): PathwayRow {
  const row = ctx.database.db.select().from(pathways).where(eq(pathways.id, id)).get();
  if (!row || !mayWork(ctx, row)) {
    if (row) throw new AppError('forbidden', 'errors.forbidden');
    missingRecord(ctx);
  }
  if (forWriting && CLOSED.has(row.status)) throw new AppError('conflict', 'errors.pathwayClosed');
  return row;
}

function detail(ctx: HandlerContext, id: number): PathwayDetail {
  const found = pathwayDetail(ctx.database.db, id);
  if (!found) missingRecord(ctx);
  return found;
}

function notBefore(row: PathwayRow, date: string, field: string): void {
  if (date < row.openedOn) {
    throw new AppError('validation', 'errors.validation', {
      [field]: 'errors.beforePathwayOpened',
    });
  }
}

/** The case scope of `mayWork` as query conditions, for lists. */
function caseScope(ctx: HandlerContext): SQL[] {
  const { role, userId } = ctx.caller;
  if (role === 'counselor') return [eq(pathways.counselorId, userId ?? -1)];
  if (role === 'coordinator') {
    return [
      inArray(
        pathways.projectId,
        ctx.database.db
          .select({ id: projectCoordinators.projectId })
          .from(projectCoordinators)
          .where(eq(projectCoordinators.userId, userId ?? -1)),
      ),
    ];
  }
  return [sql`0`];
}

const list: Handler<'pathways.list'> = (ctx, input) => {
  const conditions = caseScope(ctx);
  if (input.status) conditions.push(eq(pathways.status, input.status));
  if (input.track) conditions.push(eq(pathways.track, input.track));
  if (input.projectId) conditions.push(eq(pathways.projectId, input.projectId));
  return pathwaySummaries(ctx.database.db, and(...conditions));
};

/** A person the caller may not see is refused like any record; of the rest, only pathways in case scope. */
const forParticipant: Handler<'pathways.forParticipant'> = (ctx, { participantId }) => {
  loadRow(ctx, participantId);
  return pathwaySummaries(
    ctx.database.db,
    and(eq(pathways.participantId, participantId), ...caseScope(ctx)),
  );
};

const get: Handler<'pathways.get'> = (ctx, { id }) => {
  loadPathway(ctx, id, false);
  return detail(ctx, id);
};

const create: Handler<'pathways.create'> = (ctx, input) => {
  loadRow(ctx, input.participantId);
  const { role, userId } = ctx.caller;
  const counselorId = input.counselorId ?? userId;
  if (counselorId === null) throw new AppError('forbidden', 'errors.forbidden');
  if (role === 'counselor' && counselorId !== userId)
    throw new AppError('forbidden', 'errors.forbidden');
  const counselor = ctx.database.db.select().from(users).where(eq(users.id, counselorId)).get();
  if (!counselor || !counselor.active || counselor.role !== 'counselor') {
    throw new AppError('validation', 'errors.validation', { counselorId: 'errors.notACounselor' });
  }
  if (role === 'coordinator' && (!input.projectId || !coordinates(ctx, input.projectId))) {
    throw new AppError('forbidden', 'errors.forbidden');
  }
  const row = ctx.database.db
    .insert(pathways)
    .values({
      participantId: input.participantId,
      track: input.track,
      counselorId,
      projectId: input.projectId ?? null,
      openedOn: input.openedOn,
    })
    .returning({ id: pathways.id })
    .get();
  return detail(ctx, row.id);
};

const setStatus: Handler<'pathways.setStatus'> = (ctx, input) => {
  const row = loadPathway(ctx, input.id);
  notBefore(row, input.date, 'date');
  const closing = CLOSED.has(input.status);
  if (closing && !input.confirmOpenActions && openActionCount(ctx.database.db, row.id) > 0) {
    throw new AppError('conflict', 'errors.openActions');
  }
  ctx.database.db
    .update(pathways)
    .set({
      status: input.status,
      closedOn: closing ? input.date : null,
      outcome: input.outcome ?? row.outcome,
      updatedAt: ctx.now().toISOString(),
    })
    .where(eq(pathways.id, row.id))
    .run();
  return detail(ctx, row.id);
};

const createScreening: Handler<'screenings.create'> = (ctx, input) => {
  const row = loadPathway(ctx, input.pathwayId);
  notBefore(row, input.date, 'date');
  const { db } = ctx.database;
  const baseline = db
    .select()
    .from(screenings)
    .where(and(eq(screenings.pathwayId, row.id), eq(screenings.kind, 'baseline')))
    .get();
  if (input.kind === 'baseline' && baseline) {
    throw new AppError('validation', 'errors.validation', { kind: 'errors.baselineExists' });
  }
  if (input.kind === 'follow_up' && (!baseline || input.date < baseline.date)) {
    throw new AppError('validation', 'errors.validation', {
      date: 'errors.followUpBeforeBaseline',
    });
  }
  const seen = new Set<string>();
  input.scores.forEach((score, i) => {
    if (seen.has(score.dimension)) {
      throw new AppError('validation', 'errors.validation', {
        [`scores.${i}.dimension`]: 'errors.duplicateRow',
      });
    }
    seen.add(score.dimension);
  });
  const screening = db
    .insert(screenings)
    .values({
      pathwayId: row.id,
      kind: input.kind,
      date: input.date,
      assessorId: ctx.caller.userId,
    })
    .returning({ id: screenings.id })
    .get();
  for (const score of input.scores) {
    db.insert(screeningScores)
      .values({ screeningId: screening.id, ...score, note: score.note ?? null })
      .run();
  }
  if (row.status === 'intake')
    db.update(pathways).set({ status: 'active' }).where(eq(pathways.id, row.id)).run();
  return detail(ctx, row.id);
};

/** The whole plan is replaced at once: goals and their actions in the order given. */
const savePlan: Handler<'plans.save'> = (ctx, input) => {
  const row = loadPathway(ctx, input.pathwayId);
  if (input.agreedOn) notBefore(row, input.agreedOn, 'agreedOn');
  const { db } = ctx.database;
  db.delete(planGoals).where(eq(planGoals.pathwayId, row.id)).run();
  input.goals.forEach((goal, position) => {
    const saved = db
      .insert(planGoals)
      .values({
        pathwayId: row.id,
        title: goal.title,
        dueDate: goal.dueDate ?? null,
        status: goal.status,
        position,
      })
      .returning({ id: planGoals.id })
      .get();
    for (const action of goal.actions) {
      db.insert(planActions)
        .values({ goalId: saved.id, ...action, dueDate: action.dueDate ?? null })
        .run();
    }
  });
  db.update(pathways)
    .set({ planAgreedOn: input.agreedOn ?? null, updatedAt: ctx.now().toISOString() })
    .where(eq(pathways.id, row.id))
    .run();
  return detail(ctx, row.id);
};

const createMeeting: Handler<'meetings.create'> = (ctx, input) => {
  const row = loadPathway(ctx, input.pathwayId);
  notBefore(row, input.date, 'date');
  if (input.nextAppointment && input.nextAppointment < input.date) {
    throw new AppError('validation', 'errors.validation', {
      nextAppointment: 'errors.endBeforeStart',
    });
  }
  ctx.database.db
    .insert(meetings)
    .values({
      pathwayId: row.id,
      date: input.date,
      durationMinutes: input.durationMinutes,
      kind: input.kind,
      notes: input.notes ?? null,
      nextSteps: input.nextSteps ?? null,
      nextAppointment: input.nextAppointment ?? null,
      counselorId: ctx.caller.userId,
    })
    .run();
  return detail(ctx, row.id);
};

const createMilestone: Handler<'milestones.create'> = (ctx, input) => {
  const row = loadPathway(ctx, input.pathwayId);
  notBefore(row, input.date, 'date');
  ctx.database.db
    .insert(milestones)
    .values({
      pathwayId: row.id,
      type: input.details.type,
      date: input.date,
      details: input.details,
    })
    .run();
  return detail(ctx, row.id);
};

export const pathwayHandlers = {
  'documents.plan': planDocument,
  'caseload.home': caseloadHome,
  'pathways.list': list,
  'pathways.forParticipant': forParticipant,
  'pathways.get': get,
  'pathways.create': create,
  'pathways.setStatus': setStatus,
  'screenings.create': createScreening,
  'plans.save': savePlan,
  'meetings.create': createMeeting,
  'milestones.create': createMilestone,
};
