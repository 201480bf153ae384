import { and, eq } from 'drizzle-orm';
import { courses, courseTrainers, projectCoordinators } from '../../../db/schema';
import type { HandlerContext } from '../../api/context';
import { AppError } from '../../api/errors';

export type CourseAccess = 'read' | 'teach' | 'manage' | 'enrol';

function forbidden(): never {
  throw new AppError('forbidden', 'errors.forbidden');
}

/**
 * A record that does not exist: administrators (who see everything) are told
 * so; everyone else gets the same `forbidden` as for a record out of scope,
 * so a refusal never reveals whether something exists.
 */
export function missingRecord(ctx: HandlerContext): never {
  if (ctx.caller.role === 'admin') throw new AppError('not_found', 'errors.notFound');
  forbidden();
}

/** Trainers see the projects of the courses they teach. */
export function teachesInProject(ctx: HandlerContext, projectId: number): boolean {
  const userId = ctx.caller.userId;
  if (userId === null) return false;
  return (
    ctx.database.db
      .select({ c: courses.id })
      .from(courses)
      .innerJoin(courseTrainers, eq(courseTrainers.courseId, courses.id))
      .where(and(eq(courses.projectId, projectId), eq(courseTrainers.userId, userId)))
      .get() !== undefined
  );
}

export function coordinates(ctx: HandlerContext, projectId: number): boolean {
  const userId = ctx.caller.userId;
  if (userId === null) return false;
  return (
    ctx.database.db
      .select({ p: projectCoordinators.projectId })
      .from(projectCoordinators)
      .where(
        and(eq(projectCoordinators.projectId, projectId), eq(projectCoordinators.userId, userId)),
      )
      .get() !== undefined
  );
}

export function teaches(ctx: HandlerContext, courseId: number): boolean {
  const userId = ctx.caller.userId;
  if (userId === null) return false;
  return (
    ctx.database.db
      .select({ c: courseTrainers.courseId })
      .from(courseTrainers)
      .where(and(eq(courseTrainers.courseId, courseId), eq(courseTrainers.userId, userId)))
      .get() !== undefined
  );
}

/** Project writes: admins, and coordinators of that project. */
export function assertManagesProject(ctx: HandlerContext, projectId: number): void {
  if (ctx.caller.role === 'admin') return;
  if (ctx.caller.role === 'coordinator' && coordinates(ctx, projectId)) return;
  forbidden();
}

/**
 * Course scope: admins everything; coordinators the courses of their projects;
 * trainers the courses they teach (read and record attendance); counselors
 * may read courses and enrol their people. Missing and out-of-scope courses
 * are refused alike, so a refusal reveals nothing.
 */
export function assertCourseAccess(ctx: HandlerContext, courseId: number, access: CourseAccess) {
  const course = ctx.database.db.select().from(courses).where(eq(courses.id, courseId)).get();
  const { role } = ctx.caller;
  if (!course) missingRecord(ctx);
  if (role === 'admin') return course;
  if (role === 'coordinator' && coordinates(ctx, course.projectId)) return course;
  if (role === 'trainer' && (access === 'read' || access === 'teach') && teaches(ctx, courseId)) {
    return course;
  }
  if (role === 'counselor' && (access === 'read' || access === 'enrol')) return course;
  forbidden();
}
