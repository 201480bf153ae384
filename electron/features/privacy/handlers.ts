import { auditEvents } from '../../../db/schema';
import type { SqliteDatabase } from '../../../db/driver';
import type { HandlerContext } from '../../api/context';
import { AppError } from '../../api/errors';
import type { Handler } from '../../api/router';
import { collectPersonalData } from './collect';
import { renderPersonalData } from './document';
import {
  anonymisePerson,
  blockersOf,
  compactSearchIndex,
  erasurePreview,
  loadPerson,
} from './erasure';
import { retentionReview } from './retention';

/**
 * With secure_delete on, SQLite overwrites the bytes of replaced and deleted content
 * instead of leaving them in free space: an erased name does not linger in the file.
 */
function erasing<T>(sqlite: SqliteDatabase, work: () => T): T {
  const previous = sqlite.pragma('secure_delete', { simple: true }) as number;
  sqlite.pragma('secure_delete = ON');
  try {
    return work();
  } finally {
    sqlite.pragma(`secure_delete = ${previous ? 'ON' : 'OFF'}`);
  }
}

/** File names carry the record's number only, never a name. */
const fileBase = (participantId: number) => `dati-personali-${participantId}`;

const exportData: Handler<'privacy.export'> = async (ctx, { participantId }) => {
  const data = collectPersonalData(ctx, participantId);
  const pdf = await renderPersonalData(data, ctx.locale, { creationDate: ctx.now() });
  const json = Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8');
  return {
    id: participantId,
    json: {
      fileName: `${fileBase(participantId)}.json`,
      mimeType: 'application/json',
      contentBase64: json.toString('base64'),
    },
    pdf: {
      fileName: `${fileBase(participantId)}.pdf`,
      mimeType: 'application/pdf',
      contentBase64: pdf.toString('base64'),
    },
  };
};

const preview: Handler<'privacy.erasurePreview'> = (ctx, { participantId }) =>
  erasurePreview(ctx, participantId);

const anonymise: Handler<'privacy.anonymise'> = (ctx, { participantId }) => {
  const { sqlite } = ctx.database;
  return erasing(sqlite, () => {
    const done = anonymisePerson(ctx, participantId);
    compactSearchIndex(sqlite);
    return done;
  });
};

const review: Handler<'privacy.retentionReview'> = (ctx) => retentionReview(ctx);

/** The router audits the batch; each person gets their own event too, in the same transaction. */
function auditOne(ctx: HandlerContext, participantId: number): void {
  ctx.database.db
    .insert(auditEvents)
    .values({
      userId: ctx.caller.userId,
      action: 'privacy.anonymise',
      entity: 'participant',
      entityId: participantId,
      at: ctx.now().toISOString(),
    })
    .run();
}

const anonymiseMany: Handler<'privacy.anonymiseMany'> = (ctx, { participantIds }) => {
  // Everyone is checked before anyone is changed, so the refusal can say how many.
  const refused = participantIds.filter((id) => {
    const person = loadPerson(ctx, id);
    return person.anonymisedAt !== null || blockersOf(ctx, id).length > 0;
  });
  if (refused.length > 0) {
    throw new AppError('conflict', 'errors.erasureBatchBlocked', undefined, {
      count: refused.length,
    });
  }
  const { sqlite } = ctx.database;
  return erasing(sqlite, () => {
    const anonymised = participantIds.map((id) => {
      const done = anonymisePerson(ctx, id);
      auditOne(ctx, id);
      return done;
    });
    compactSearchIndex(sqlite);
    return { anonymised };
  });
};

export const privacyHandlers = {
  'privacy.export': exportData,
  'privacy.erasurePreview': preview,
  'privacy.anonymise': anonymise,
  'privacy.retentionReview': review,
  'privacy.anonymiseMany': anonymiseMany,
};
