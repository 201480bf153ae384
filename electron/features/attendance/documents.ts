import { and, asc, eq, ne } from 'drizzle-orm';
import { enrolments, participants, projects, sessions, settings, users } from '../../../db/schema';
import { renderSignInSheets, type SignInSheetInput } from '../../documents/signInSheet';
import type { HandlerContext } from '../../api/context';
import { AppError } from '../../api/errors';
import type { Handler } from '../../api/router';
import { assertCourseAccess } from '../courses/scope';
import { loadSessionRow } from '../courses/sessions';

type SessionRow = typeof sessions.$inferSelect;

function organisation(ctx: HandlerContext): SignInSheetInput['organisation'] {
  const row = ctx.database.db.select().from(settings).where(eq(settings.key, 'organisation')).get();
  const value = (row?.value ?? {}) as { name?: string; taxCode?: string; address?: string };
  return { name: value.name ?? '', taxCode: value.taxCode ?? null, address: value.address ?? null };
}

function sheetFor(
  ctx: HandlerContext,
  course: ReturnType<typeof assertCourseAccess>,
  session: SessionRow,
): SignInSheetInput {
  const { db } = ctx.database;
  const project = db.select().from(projects).where(eq(projects.id, course.projectId)).get();
  if (!project) throw new AppError('not_found', 'errors.notFound');
  const trainer = session.trainerId
    ? db
        .select({ name: users.displayName })
        .from(users)
        .where(eq(users.id, session.trainerId))
        .get()
    : undefined;
  const people = db
    .select({
      lastName: participants.lastName,
      firstName: participants.firstName,
      codiceFiscale: participants.codiceFiscale,
    })
    .from(enrolments)
    .innerJoin(participants, eq(participants.id, enrolments.participantId))
    .where(and(eq(enrolments.courseId, course.id), ne(enrolments.status, 'withdrawn')))
    .orderBy(asc(participants.lastName), asc(participants.firstName), asc(participants.id))
    .all();
  return {
    locale: ctx.locale,
    organisation: organisation(ctx),
    project: {
      code: project.code,
      title: project.title,
      funder: project.funder,
      fundingLine: project.fundingLine,
    },
    course: { title: course.title, location: course.location },
    session: {
      date: session.date,
      startTime: session.startTime,
      endTime: session.endTime,
      location: session.location ?? course.location,
      topic: session.topic,
      trainerName: trainer?.name ?? null,
    },
    participants: people,
  };
}

async function pdf(sheets: SignInSheetInput[], fileName: string) {
  const bytes = await renderSignInSheets(sheets);
  return { fileName, contentBase64: bytes.toString('base64') };
}

const signInSheet: Handler<'documents.signInSheet'> = (ctx, { sessionId }) => {
  const session = loadSessionRow(ctx, sessionId);
  const course = assertCourseAccess(ctx, session.courseId, 'teach');
  return pdf(
    [sheetFor(ctx, course, session)],
    `foglio-firme-corso-${course.id}-${session.date}.pdf`,
  );
};

const courseSignInSheets: Handler<'documents.courseSignInSheets'> = (ctx, { courseId }) => {
  const course = assertCourseAccess(ctx, courseId, 'teach');
  const rows = ctx.database.db
    .select()
    .from(sessions)
    .where(and(eq(sessions.courseId, courseId), ne(sessions.status, 'cancelled')))
    .orderBy(asc(sessions.date), asc(sessions.startTime))
    .all();
  if (rows.length === 0)
    throw new AppError('validation', 'errors.validation', { courseId: 'errors.noSessionDates' });
  return pdf(
    rows.map((s) => sheetFor(ctx, course, s)),
    `fogli-firme-corso-${course.id}.pdf`,
  );
};

export const documentHandlers = {
  'documents.signInSheet': signInSheet,
  'documents.courseSignInSheets': courseSignInSheets,
};
