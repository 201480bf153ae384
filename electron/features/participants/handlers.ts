import type { NewParticipantRow, ParticipantRow } from '../../../db/schema';
import {
  findDuplicates,
  getParticipant,
  inScope,
  insertParticipant,
  type ParticipantScope,
  normalizedFullName,
  searchParticipants,
  updateParticipant,
} from '../../../db/queries/participants';
import type { HandlerContext } from '../../api/context';
import { AppError } from '../../api/errors';
import type { Handler } from '../../api/router';
import { normalizeCodiceFiscale } from './codiceFiscale';
import type { DuplicateMatch, Participant, ParticipantInput } from './contract';

function toParticipant(row: ParticipantRow): Participant {
  const optional = <T>(value: T | null): T | undefined => (value === null ? undefined : value);
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    sex: row.sex,
    birthDate: row.birthDate,
    birthCountry: row.birthCountry,
    birthPlace: optional(row.birthPlace),
    citizenships: row.citizenships,
    codiceFiscale: optional(row.codiceFiscale),
    residenceComune: optional(row.residenceComune),
    email: optional(row.email),
    phone: optional(row.phone),
    languages: row.languages,
    italianLevel: optional(row.italianLevel) as Participant['italianLevel'],
    educationIsced: optional(row.educationIsced),
    residencePermitType: optional(row.residencePermitType) as Participant['residencePermitType'],
    residencePermitExpiry: optional(row.residencePermitExpiry),
    internationalProtection: row.internationalProtection,
    arrivalYear: optional(row.arrivalYear),
    referredBy: optional(row.referredBy),
    consentDate: row.consentDate,
    consentLegalBasis: row.consentLegalBasis as Participant['consentLegalBasis'],
    consentScopes: row.consentScopes as Participant['consentScopes'],
    archivedAt: row.archivedAt,
    anonymisedAt: row.anonymisedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The row for a checked input (also used by the spreadsheet import). */
export function toRow(
  input: ParticipantInput,
): Omit<NewParticipantRow, 'id' | 'createdAt' | 'updatedAt'> {
  return {
    ...input,
    normalizedName: normalizedFullName(input.firstName, input.lastName),
    birthPlace: input.birthPlace ?? null,
    codiceFiscale: input.codiceFiscale ?? null,
    residenceComune: input.residenceComune ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    italianLevel: input.italianLevel ?? null,
    educationIsced: input.educationIsced ?? null,
    residencePermitType: input.residencePermitType ?? null,
    residencePermitExpiry: input.residencePermitExpiry ?? null,
    arrivalYear: input.arrivalYear ?? null,
    referredBy: input.referredBy ?? null,
  };
}

/**
 * Who sees whom: admins and coordinators everyone; counselors the people they
 * registered (their caseload joins in with pathways); trainers the people
 * enrolled in the courses they teach. Out-of-scope records answer `forbidden` exactly like missing
 * ones, so a refusal reveals nothing.
 */
export function scopeOf(ctx: HandlerContext): ParticipantScope {
  const { role, userId } = ctx.caller;
  if (role === 'admin' || role === 'coordinator') return 'all';
  if (userId === null) return 'none';
  return role === 'counselor' ? { createdBy: userId } : { trainerId: userId };
}

function visible(ctx: HandlerContext, scope: ParticipantScope, row: ParticipantRow): boolean {
  return inScope(ctx.database.db, scope, row);
}

export function loadRow(ctx: HandlerContext, id: number, db = ctx.database.db): ParticipantRow {
  const scope = scopeOf(ctx);
  const row = getParticipant(db, id);
  if (scope !== 'all' && (!row || !visible(ctx, scope, row))) {
    throw new AppError('forbidden', 'errors.forbidden');
  }
  if (!row) throw new AppError('not_found', 'errors.notFound');
  return row;
}

function load(ctx: HandlerContext, id: number): Participant {
  return toParticipant(loadRow(ctx, id));
}

function duplicatesOf(
  ctx: HandlerContext,
  person: {
    firstName: string;
    lastName: string;
    birthDate: string;
    codiceFiscale?: string | undefined;
  },
  excludeId?: number,
): DuplicateMatch[] {
  const codiceFiscale = person.codiceFiscale
    ? normalizeCodiceFiscale(person.codiceFiscale)
    : undefined;
  return findDuplicates(ctx.database.db, {
    codiceFiscale,
    normalizedName: normalizedFullName(person.firstName, person.lastName),
    birthDate: person.birthDate,
    excludeId,
  }).map((m) => ({
    id: m.id,
    firstName: m.firstName,
    lastName: m.lastName,
    birthDate: m.birthDate,
    reason:
      codiceFiscale && m.codiceFiscale === codiceFiscale ? 'codice_fiscale' : 'name_and_birth_date',
  }));
}

const search: Handler<'participants.search'> = (ctx, input) => {
  const rows = searchParticipants(ctx.database.db, { ...input, scope: scopeOf(ctx) });
  return {
    items: rows.slice(0, input.limit).map(({ archivedAt, ...rest }) => ({
      ...rest,
      archived: archivedAt !== null,
    })),
    hasMore: rows.length > input.limit,
  };
};

const get: Handler<'participants.get'> = (ctx, { id }) => load(ctx, id);

/** Only matches the caller may see are named; `create` still refuses the others. */
const checkDuplicates: Handler<'participants.checkDuplicates'> = (ctx, input) => {
  const scope = scopeOf(ctx);
  const matches = duplicatesOf(ctx, input, input.excludeId);
  if (scope === 'all') return matches;
  return matches.filter((m) => {
    const row = getParticipant(ctx.database.db, m.id);
    return row !== undefined && visible(ctx, scope, row);
  });
};

const create: Handler<'participants.create'> = (ctx, { data, acknowledgeDuplicates }) => {
  const { db } = ctx.database;
  const id = db.transaction((tx) => {
    if (!acknowledgeDuplicates && duplicatesOf(ctx, data).length > 0) {
      throw new AppError('conflict', 'errors.duplicate');
    }
    return insertParticipant(tx, { ...toRow(data), createdBy: ctx.caller.userId });
  });
  return load(ctx, id);
};

const update: Handler<'participants.update'> = (ctx, { id, data, acknowledgeDuplicates }) => {
  const { db } = ctx.database;
  db.transaction((tx) => {
    const row = loadRow(ctx, id, tx);
    // Erasure is final: writing a name back would undo it.
    if (row.anonymisedAt !== null) throw new AppError('conflict', 'errors.participantAnonymised');
    if (!acknowledgeDuplicates && duplicatesOf(ctx, data, id).length > 0) {
      throw new AppError('conflict', 'errors.duplicate');
    }
    updateParticipant(tx, id, { ...toRow(data), updatedAt: ctx.now().toISOString() });
  });
  return load(ctx, id);
};

const setArchived: Handler<'participants.setArchived'> = (ctx, { id, archived }) => {
  loadRow(ctx, id);
  const now = ctx.now().toISOString();
  const changed = updateParticipant(ctx.database.db, id, {
    archivedAt: archived ? now : null,
    updatedAt: now,
  });
  if (!changed) throw new AppError('not_found', 'errors.notFound');
  return load(ctx, id);
};

export const participantHandlers = {
  'participants.search': search,
  'participants.get': get,
  'participants.checkDuplicates': checkDuplicates,
  'participants.create': create,
  'participants.update': update,
  'participants.setArchived': setArchived,
};
