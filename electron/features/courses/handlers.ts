import { and, eq, inArray, sql } from 'drizzle-orm';
import { courses, courseTrainers, projectCoordinators, projects, users } from '../../../db/schema';
import type { HandlerContext } from '../../api/context';
import { AppError } from '../../api/errors';
import type { Handler } from '../../api/router';
import type { Course, CourseInput } from './contract';
import { assertCourseAccess, assertManagesProject } from './scope';

type Db = HandlerContext['database']['db'];

export function loadCourse(db: Db, id: number): Course | undefined {
  const row = db
    .select({ course: courses, projectCode: projects.code, projectTitle: projects.title })
    .from(courses)
    .innerJoin(projects, eq(projects.id, courses.projectId))
    .where(eq(courses.id, id))
    .get();
  if (!row) return undefined;
  const trainerIds = db
    .select({ userId: courseTrainers.userId })
    .from(courseTrainers)
    .where(eq(courseTrainers.courseId, id))
    .all()
    .map((t) => t.userId);
  const c = row.course;
  return {
    id: c.id,
    projectId: c.projectId,
    projectCode: row.projectCode,
    projectTitle: row.projectTitle,
    track: c.track,
    title: c.title,
    description: c.description ?? undefined,
    location: c.location ?? undefined,
    mode: c.mode,
    plannedHours: c.plannedHours,
    startDate: c.startDate,
    endDate: c.endDate,
    minAttendancePct: c.minAttendancePct,
    trainerIds,
  };
}

/** Trainers named on a course must be active accounts with the trainer role. */
function assertTrainers(db: Db, ids: number[]): void {
  if (ids.length === 0) return;
  const found = db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.role, 'trainer'), eq(users.active, true)))
    .all();
  if (found.length !== new Set(ids).size) {
    throw new AppError('validation', 'errors.validation', { trainerIds: 'errors.notATrainer' });
  }
}

function columns(data: CourseInput) {
  return {
    projectId: data.projectId,
    track: data.track,
    title: data.title,
    description: data.description ?? null,
    location: data.location ?? null,
    mode: data.mode,
    plannedHours: data.plannedHours,
    startDate: data.startDate,
    endDate: data.endDate,
    minAttendancePct: data.minAttendancePct,
  };
}

function setTrainers(db: Db, courseId: number, ids: number[]): void {
  db.delete(courseTrainers).where(eq(courseTrainers.courseId, courseId)).run();
  for (const userId of new Set(ids)) db.insert(courseTrainers).values({ courseId, userId }).run();
}

const list: Handler<'courses.list'> = (ctx, { projectId }) => {
  const { db } = ctx.database;
  const { role, userId } = ctx.caller;
  const conditions = [];
  if (projectId) conditions.push(eq(courses.projectId, projectId));
  if (role === 'coordinator') {
    conditions.push(
      inArray(
        courses.projectId,
        db
          .select({ id: projectCoordinators.projectId })
          .from(projectCoordinators)
          .where(eq(projectCoordinators.userId, userId ?? -1)),
      ),
    );
  }
  if (role === 'trainer') {
    conditions.push(
      inArray(
        courses.id,
        db
          .select({ id: courseTrainers.courseId })
          .from(courseTrainers)
          .where(eq(courseTrainers.userId, userId ?? -1)),
      ),
    );
  }
  return db
    .select({
      id: courses.id,
      projectId: courses.projectId,
      projectCode: projects.code,
      title: courses.title,
      track: courses.track,
      startDate: courses.startDate,
      endDate: courses.endDate,
      sessions: sql<number>`(SELECT count(*) FROM sessions s WHERE s.course_id = ${courses.id})`,
      enrolled: sql<number>`(SELECT count(*) FROM enrolments e WHERE e.course_id = ${courses.id} AND e.status != 'withdrawn')`,
    })
    .from(courses)
    .innerJoin(projects, eq(projects.id, courses.projectId))
    .where(and(...conditions))
    .orderBy(courses.startDate, courses.title)
    .all();
};

const get: Handler<'courses.get'> = (ctx, { id }) => {
  assertCourseAccess(ctx, id, 'read');
  const course = loadCourse(ctx.database.db, id);
  if (!course) throw new AppError('not_found', 'errors.notFound');
  return course;
};

const create: Handler<'courses.create'> = (ctx, { data }) => {
  const { db } = ctx.database;
  const project = db.select().from(projects).where(eq(projects.id, data.projectId)).get();
  if (!project)
    throw new AppError('validation', 'errors.validation', { projectId: 'errors.notFound' });
  assertManagesProject(ctx, data.projectId);
  const id = db.transaction((tx) => {
    assertTrainers(tx, data.trainerIds);
    const row = tx.insert(courses).values(columns(data)).returning({ id: courses.id }).get();
    setTrainers(tx, row.id, data.trainerIds);
    return row.id;
  });
  const course = loadCourse(db, id);
  if (!course) throw new Error('course vanished');
  return course;
};

const update: Handler<'courses.update'> = (ctx, { id, data }) => {
  const existing = assertCourseAccess(ctx, id, 'manage');
  assertManagesProject(ctx, data.projectId);
  const { db } = ctx.database;
  db.transaction((tx) => {
    assertTrainers(tx, data.trainerIds);
    const outside = tx.all<{ n: number }>(
      sql`SELECT count(*) AS n FROM sessions WHERE course_id = ${id} AND (date < ${data.startDate} OR date > ${data.endDate})`,
    )[0];
    if (outside && outside.n > 0) {
      throw new AppError('validation', 'errors.validation', { endDate: 'errors.outsideCourse' });
    }
    tx.update(courses)
      .set({ ...columns(data), updatedAt: ctx.now().toISOString() })
      .where(eq(courses.id, existing.id))
      .run();
    setTrainers(tx, id, data.trainerIds);
  });
  const course = loadCourse(db, id);
  if (!course) throw new Error('course vanished');
  return course;
};

export const courseHandlers = {
  'courses.list': list,
  'courses.get': get,
  'courses.create': create,
  'courses.update': update,
};
