import { eq } from 'drizzle-orm';
import { participants, projects, settings, users } from '../../../db/schema';
import { renderPlanSheet } from '../../documents/planSheet';
import type { Handler } from '../../api/router';
import { loadPathway } from './handlers';
import { pathwayDetail } from './queries';

/** The plan of one pathway as the A4 document the participant signs. */
export const planDocument: Handler<'documents.plan'> = async (ctx, { pathwayId }) => {
  const row = loadPathway(ctx, pathwayId, false);
  const { db } = ctx.database;
  const detail = pathwayDetail(db, row.id);
  const person = db.select().from(participants).where(eq(participants.id, row.participantId)).get();
  if (!detail || !person) throw new Error('pathway vanished');
  const counselor = db.select().from(users).where(eq(users.id, row.counselorId)).get();
  const project = row.projectId
    ? db.select().from(projects).where(eq(projects.id, row.projectId)).get()
    : undefined;
  const organisation = (db.select().from(settings).where(eq(settings.key, 'organisation')).get()
    ?.value ?? {}) as { name?: string; taxCode?: string; address?: string };
  const bytes = await renderPlanSheet({
    locale: ctx.locale,
    organisation: {
      name: organisation.name ?? '',
      taxCode: organisation.taxCode ?? null,
      address: organisation.address ?? null,
    },
    participant: {
      firstName: person.firstName,
      lastName: person.lastName,
      codiceFiscale: person.codiceFiscale,
      birthDate: person.birthDate,
    },
    pathway: {
      track: row.track,
      openedOn: row.openedOn,
      counselorName: counselor?.displayName ?? '',
      projectTitle: project?.title ?? null,
    },
    agreedOn: row.planAgreedOn,
    goals: detail.goals.map((g) => ({
      title: g.title,
      dueDate: g.dueDate,
      status: g.status as 'open' | 'achieved' | 'dropped',
      actions: g.actions.map((a) => ({
        description: a.description,
        who: a.who as 'participant' | 'counselor' | 'other',
        dueDate: a.dueDate,
        status: a.status as 'open' | 'done' | 'dropped',
      })),
    })),
  });
  return { fileName: `patto-percorso-${row.id}.pdf`, contentBase64: bytes.toString('base64') };
};
