import { eq, inArray, sql } from 'drizzle-orm';
import {
  courses,
  courseTrainers,
  projectCoordinators,
  projectPartners,
  projects,
  projectTargets,
  projectTerritories,
} from '../../../db/schema';
import type { HandlerContext } from '../../api/context';
import { AppError } from '../../api/errors';
import type { Handler } from '../../api/router';
import {
  assertManagesProject,
  coordinates,
  missingRecord,
  teachesInProject,
} from '../courses/scope';
import type { Project, ProjectInput } from './contract';

type Db = HandlerContext['database']['db'];

function load(db: Db, id: number): Project | undefined {
  const row = db.select().from(projects).where(eq(projects.id, id)).get();
  if (!row) return undefined;
  const partners = db.select().from(projectPartners).where(eq(projectPartners.projectId, id)).all();
  const territories = db
    .select()
    .from(projectTerritories)
    .where(eq(projectTerritories.projectId, id))
    .all();
  const targets = db.select().from(projectTargets).where(eq(projectTargets.projectId, id)).all();
  const coordinatorIds = db
    .select({ userId: projectCoordinators.userId })
    .from(projectCoordinators)
    .where(eq(projectCoordinators.projectId, id))
    .all()
    .map((c) => c.userId);
  const opt = <T>(v: T | null) => (v === null ? undefined : v);
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    funder: row.funder,
    fundingLine: opt(row.fundingLine),
    startDate: row.startDate,
    endDate: row.endDate,
    leadOrganisation: row.leadOrganisation,
    retentionYears: opt(row.retentionYears),
    partners: partners.map((p) => ({
      name: p.name,
      role: opt(p.role),
      territory: opt(p.territory),
    })),
    territories: territories.map((t) => t.comune),
    targets: targets.map((t) => ({
      indicator: t.indicator as Project['targets'][number]['indicator'],
      track: opt(t.track) as Project['targets'][number]['track'],
      value: t.value,
      unit: t.unit as Project['targets'][number]['unit'],
      note: opt(t.note),
    })),
    coordinatorIds,
  };
}

function writeChildren(db: Db, projectId: number, data: ProjectInput): void {
  db.delete(projectPartners).where(eq(projectPartners.projectId, projectId)).run();
  db.delete(projectTerritories).where(eq(projectTerritories.projectId, projectId)).run();
  db.delete(projectTargets).where(eq(projectTargets.projectId, projectId)).run();
  for (const p of data.partners) {
    db.insert(projectPartners)
      .values({ projectId, name: p.name, role: p.role ?? null, territory: p.territory ?? null })
      .run();
  }
  for (const comune of new Set(data.territories)) {
    db.insert(projectTerritories).values({ projectId, comune }).run();
  }
  for (const t of data.targets) {
    db.insert(projectTargets)
      .values({ projectId, ...t, track: t.track ?? null, note: t.note ?? null })
      .run();
  }
}

function codeTaken(db: Db, code: string, exceptId?: number): boolean {
  const row = db.select({ id: projects.id }).from(projects).where(eq(projects.code, code)).get();
  return row !== undefined && row.id !== exceptId;
}

function columns(data: ProjectInput) {
  return {
    code: data.code,
    title: data.title,
    funder: data.funder,
    fundingLine: data.fundingLine ?? null,
    startDate: data.startDate,
    endDate: data.endDate,
    leadOrganisation: data.leadOrganisation,
    retentionYears: data.retentionYears ?? null,
  };
}

const list: Handler<'projects.list'> = (ctx) => {
  const { db } = ctx.database;
  const { role, userId } = ctx.caller;
  let ids: number[] | null = null;
  if (role === 'coordinator') {
    ids = db
      .select({ id: projectCoordinators.projectId })
      .from(projectCoordinators)
      .where(eq(projectCoordinators.userId, userId ?? -1))
      .all()
      .map((r) => r.id);
  } else if (role === 'trainer') {
    ids = db
      .selectDistinct({ id: courses.projectId })
      .from(courses)
      .innerJoin(courseTrainers, eq(courseTrainers.courseId, courses.id))
      .where(eq(courseTrainers.userId, userId ?? -1))
      .all()
      .map((r) => r.id);
  }
  if (ids !== null && ids.length === 0) return [];
  return db
    .select({
      id: projects.id,
      code: projects.code,
      title: projects.title,
      funder: projects.funder,
      startDate: projects.startDate,
      endDate: projects.endDate,
      courses: sql<number>`(SELECT count(*) FROM courses c WHERE c.project_id = ${projects.id})`,
    })
    .from(projects)
    .where(ids === null ? undefined : inArray(projects.id, ids))
    .orderBy(projects.startDate, projects.code)
    .all();
};

const get: Handler<'projects.get'> = (ctx, { id }) => {
  const { role } = ctx.caller;
  const project = load(ctx.database.db, id);
  if (!project) missingRecord(ctx);
  const visible =
    role === 'admin' ||
    role === 'counselor' ||
    (role === 'coordinator' && coordinates(ctx, id)) ||
    (role === 'trainer' && teachesInProject(ctx, id));
  if (!visible) throw new AppError('forbidden', 'errors.forbidden');
  return project;
};

const create: Handler<'projects.create'> = (ctx, { data }) => {
  const { db } = ctx.database;
  const id = db.transaction((tx) => {
    if (codeTaken(tx, data.code)) {
      throw new AppError('conflict', 'errors.validation', { code: 'errors.projectCodeTaken' });
    }
    const row = tx.insert(projects).values(columns(data)).returning({ id: projects.id }).get();
    writeChildren(tx, row.id, data);
    if (ctx.caller.userId !== null) {
      tx.insert(projectCoordinators).values({ projectId: row.id, userId: ctx.caller.userId }).run();
    }
    return row.id;
  });
  const project = load(db, id);
  if (!project) throw new Error('project vanished');
  return project;
};

const update: Handler<'projects.update'> = (ctx, { id, data }) => {
  const { db } = ctx.database;
  if (!load(db, id)) missingRecord(ctx);
  assertManagesProject(ctx, id);
  db.transaction((tx) => {
    if (codeTaken(tx, data.code, id)) {
      throw new AppError('conflict', 'errors.validation', { code: 'errors.projectCodeTaken' });
    }
    tx.update(projects)
      .set({ ...columns(data), updatedAt: ctx.now().toISOString() })
      .where(eq(projects.id, id))
      .run();
    writeChildren(tx, id, data);
  });
  const project = load(db, id);
  if (!project) throw new Error('project vanished');
  return project;
};

export const projectHandlers = {
  'projects.list': list,
  'projects.get': get,
  'projects.create': create,
  'projects.update': update,
};
