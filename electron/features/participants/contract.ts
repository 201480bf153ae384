import { z } from 'zod';
import { channel } from '../../api/channel';
import { id, optionalDate, optionalInt, optionalText, pastDate, text } from '../../api/fields';
import { ROLES } from '../../api/roles';
import { isCountryCode, STATELESS } from '../reference/countries';
import { checkCodiceFiscale, normalizeCodiceFiscale } from './codiceFiscale';

export const SEXES = ['F', 'M', 'other', 'not_stated'] as const;
export const ITALIAN_LEVELS = ['pre_A1', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const PERMIT_TYPES = [
  'eu_citizen',
  'long_term',
  'work',
  'family',
  'study',
  'asylum_seeker',
  'refugee',
  'subsidiary_protection',
  'special_protection',
  'other',
  'none',
] as const;
export const LEGAL_BASES = [
  'consent',
  'contract',
  'legal_obligation',
  'public_interest',
  'legitimate_interest',
] as const;
export const CONSENT_SCOPES = ['service', 'funder_reporting', 'contact', 'photos'] as const;

const personName = text(100, 'errors.nameTooLong').refine(
  (v) => /\p{L}/u.test(v),
  'errors.nameNeedsLetter',
);

const country = z
  .string({ error: 'errors.required' })
  .min(1, 'errors.required')
  .refine(isCountryCode, 'errors.countryInvalid');

const citizenship = z
  .string()
  .refine((c) => c === STATELESS || isCountryCode(c), 'errors.countryInvalid');

export const participantInput = z
  .object({
    firstName: personName,
    lastName: personName,
    sex: z.enum(SEXES, { error: 'errors.invalidChoice' }),
    birthDate: pastDate,
    birthCountry: country,
    birthPlace: optionalText(100, 'errors.nameTooLong'),
    citizenships: z
      .array(citizenship, { error: 'errors.citizenshipRequired' })
      .min(1, 'errors.citizenshipRequired')
      .max(4, 'errors.tooMany'),
    codiceFiscale: z.preprocess(
      (v) => (typeof v === 'string' ? normalizeCodiceFiscale(v) || undefined : v),
      z.string().max(16, 'errors.cfFormat').optional(),
    ),
    residenceComune: optionalText(100, 'errors.nameTooLong'),
    email: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      z.email('errors.emailInvalid').max(200, 'errors.textTooLong').optional(),
    ),
    phone: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      z
        .string()
        .trim()
        .regex(/^\+?[0-9][0-9 ()./-]{4,24}$/, 'errors.phoneInvalid')
        .optional(),
    ),
    languages: z.array(text(40)).max(10, 'errors.tooMany').default([]),
    italianLevel: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.enum(ITALIAN_LEVELS, { error: 'errors.invalidChoice' }).optional(),
    ),
    educationIsced: optionalInt(0, 8, 'errors.invalidChoice'),
    residencePermitType: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.enum(PERMIT_TYPES, { error: 'errors.invalidChoice' }).optional(),
    ),
    residencePermitExpiry: optionalDate,
    internationalProtection: z.boolean({ error: 'errors.invalid' }).default(false),
    arrivalYear: optionalInt(1930, new Date().getFullYear(), 'errors.yearInvalid'),
    referredBy: optionalText(200, 'errors.textTooLong'),
    consentDate: pastDate,
    consentLegalBasis: z.enum(LEGAL_BASES, { error: 'errors.invalidChoice' }),
    consentScopes: z
      .array(z.enum(CONSENT_SCOPES, { error: 'errors.invalidChoice' }), {
        error: 'errors.consentScopesRequired',
      })
      .min(1, 'errors.consentScopesRequired')
      .max(CONSENT_SCOPES.length, 'errors.tooMany'),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.arrivalYear !== undefined && p.arrivalYear < Number(p.birthDate.slice(0, 4))) {
      ctx.addIssue({ code: 'custom', path: ['arrivalYear'], message: 'errors.arrivalBeforeBirth' });
    }
    if (p.codiceFiscale) {
      const problem = checkCodiceFiscale(p.codiceFiscale, p);
      if (problem) ctx.addIssue({ code: 'custom', path: ['codiceFiscale'], message: problem });
    }
  });

export type ParticipantInput = z.output<typeof participantInput>;
export type ParticipantFormValues = z.input<typeof participantInput>;

export interface Participant extends ParticipantInput {
  id: number;
  archivedAt: string | null;
  /** Set once a data-protection erasure removed what identifies the person (final). */
  anonymisedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ParticipantSummary {
  id: number;
  firstName: string;
  lastName: string;
  sex: (typeof SEXES)[number];
  birthDate: string;
  birthCountry: string;
  codiceFiscale: string | null;
  archived: boolean;
}

export interface DuplicateMatch {
  id: number;
  firstName: string;
  lastName: string;
  birthDate: string;
  reason: 'codice_fiscale' | 'name_and_birth_date';
}

export const searchInput = z
  .object({
    query: z.string().max(100, 'errors.tooLong').default(''),
    includeArchived: z.boolean().default(false),
    limit: z.number().int().min(1).max(200).default(50),
    offset: z.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();

/** Trainers see names and attendance of their courses' people but never edit the registry. */
const WRITERS = ['admin', 'coordinator', 'counselor'] as const;

const saveOptions = {
  /** The user saw the duplicate warning and chose to save anyway. */
  acknowledgeDuplicates: z.boolean().default(false),
};

export const participantsContract = {
  'participants.search': channel<{ items: ParticipantSummary[]; hasMore: boolean }>()(
    searchInput,
    ROLES,
  ),
  'participants.get': channel<Participant>()(z.object({ id }).strict(), ROLES),
  'participants.checkDuplicates': channel<DuplicateMatch[]>()(
    z
      .object({
        firstName: z.string().max(100),
        lastName: z.string().max(100),
        birthDate: z.string().max(10),
        codiceFiscale: z.string().max(16).optional(),
        excludeId: id.optional(),
      })
      .strict(),
    ROLES,
  ),
  'participants.create': channel<Participant>()(
    z.object({ data: participantInput, ...saveOptions }).strict(),
    WRITERS,
    { entity: 'participant', kind: 'write' },
  ),
  'participants.update': channel<Participant>()(
    z.object({ id, data: participantInput, ...saveOptions }).strict(),
    WRITERS,
    { entity: 'participant', kind: 'write' },
  ),
  'participants.setArchived': channel<Participant>()(
    z.object({ id, archived: z.boolean() }).strict(),
    WRITERS,
    { entity: 'participant', kind: 'write' },
  ),
};
