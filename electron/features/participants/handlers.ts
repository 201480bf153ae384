import type { NewParticipantRow, ParticipantRow } from '../../../db/schema';
import {
  findDuplicates,
  getParticipant,
  insertParticipant,
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
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function toRow(input: ParticipantInput): Omit<NewParticipantRow, 'id' | 'createdAt' | 'updatedAt'> {
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

function load(ctx: HandlerContext, id: number): Participant {
  const row = getParticipant(ctx.database.db, id);
  if (!row) throw new AppError('not_found', 'errors.notFound');
  return toParticipant(row);
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
  const rows = searchParticipants(ctx.database.db, input);
  return {
    items: rows.slice(0, input.limit).map(({ archivedAt, ...rest }) => ({
      ...rest,
      archived: archivedAt !== null,
    })),
    hasMore: rows.length > input.limit,
  };
};

const get: Handler<'participants.get'> = (ctx, { id }) => load(ctx, id);

const checkDuplicates: Handler<'participants.checkDuplicates'> = (ctx, input) =>
  duplicatesOf(ctx, input, input.excludeId);

const create: Handler<'participants.create'> = (ctx, { data, acknowledgeDuplicates }) => {
  const { db } = ctx.database;
  const id = db.transaction((tx) => {
    if (!acknowledgeDuplicates && duplicatesOf(ctx, data).length > 0) {
      throw new AppError('conflict', 'errors.duplicate');
    }
    return insertParticipant(tx, toRow(data));
  });
  return load(ctx, id);
};

const update: Handler<'participants.update'> = (ctx, { id, data, acknowledgeDuplicates }) => {
  const { db } = ctx.database;
  db.transaction((tx) => {
    if (!getParticipant(tx, id)) throw new AppError('not_found', 'errors.notFound');
    if (!acknowledgeDuplicates && duplicatesOf(ctx, data, id).length > 0) {
      throw new AppError('conflict', 'errors.duplicate');
    }
    updateParticipant(tx, id, { ...toRow(data), updatedAt: ctx.now().toISOString() });
  });
  return load(ctx, id);
};

const setArchived: Handler<'participants.setArchived'> = (ctx, { id, archived }) => {
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
