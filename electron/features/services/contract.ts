import { z } from 'zod';
import { channel } from '../../api/channel';
import { id, isoDate, optionalDate, optionalText, text } from '../../api/fields';

export const SERVICE_CATEGORIES = [
  'employment',
  'training',
  'language',
  'housing',
  'health',
  'legal',
  'social',
  'childcare',
  'business',
  'volunteering',
  'other',
] as const;

export const serviceInput = z
  .object({
    name: text(200, 'errors.textTooLong'),
    provider: optionalText(200, 'errors.textTooLong'),
    category: z.enum(SERVICE_CATEGORIES, { error: 'errors.invalidChoice' }),
    comune: optionalText(100, 'errors.nameTooLong'),
    address: optionalText(200, 'errors.textTooLong'),
    contacts: optionalText(300),
    openingHours: optionalText(300),
    eligibility: optionalText(1000),
  })
  .strict();

export type ServiceInput = z.output<typeof serviceInput>;

export interface ServiceEntry extends ServiceInput {
  id: number;
  deleted: boolean;
}

export const volunteeringInput = z
  .object({
    participantId: id,
    hostAssociation: text(200, 'errors.textTooLong'),
    role: optionalText(100, 'errors.nameTooLong'),
    startDate: isoDate,
    endDate: optionalDate,
    hours: z
      .number({ error: 'errors.invalid' })
      .int('errors.invalid')
      .min(1, 'errors.invalid')
      .max(5000, 'errors.invalid'),
    insuranceCovered: z.boolean({ error: 'errors.invalid' }),
    insuranceExpiry: optionalDate,
  })
  .strict()
  .refine((v) => !v.endDate || v.endDate >= v.startDate, {
    path: ['endDate'],
    message: 'errors.endBeforeStart',
  });

export interface VolunteeringEntry {
  id: number;
  participantId: number;
  hostAssociation: string;
  role: string | null;
  startDate: string;
  endDate: string | null;
  hours: number;
  insuranceCovered: boolean;
  insuranceExpiry: string | null;
}

export interface InsuranceAlert {
  hostAssociation: string;
  /** Volunteers placed there without cover, or with the cover expired or expiring within 30 days. */
  problem: 'missing' | 'expired' | 'expiring';
  insuranceExpiry: string | null;
  volunteers: number;
}

const DIRECTORY_EDITORS = ['admin', 'coordinator', 'counselor'] as const;
const CASE_WORKERS = ['coordinator', 'counselor'] as const;

export const servicesContract = {
  'services.list': channel<ServiceEntry[]>()(
    z
      .object({
        query: z.string().max(100).default(''),
        category: z.enum(SERVICE_CATEGORIES).optional(),
        includeDeleted: z.boolean().default(false),
      })
      .strict(),
    DIRECTORY_EDITORS,
  ),
  'services.create': channel<ServiceEntry>()(
    z.object({ data: serviceInput }).strict(),
    DIRECTORY_EDITORS,
    {
      entity: 'service',
      kind: 'write',
    },
  ),
  'services.update': channel<ServiceEntry>()(
    z.object({ id, data: serviceInput }).strict(),
    DIRECTORY_EDITORS,
    {
      entity: 'service',
      kind: 'write',
    },
  ),
  'services.setDeleted': channel<ServiceEntry>()(
    z.object({ id, deleted: z.boolean() }).strict(),
    DIRECTORY_EDITORS,
    { entity: 'service', kind: 'write' },
  ),
  'referrals.create': channel<{ id: number }>()(
    z.object({ pathwayId: id, serviceId: id, date: isoDate, reason: optionalText(500) }).strict(),
    CASE_WORKERS,
    { entity: 'referral', kind: 'write' },
  ),
  'referrals.setOutcome': channel<{ id: number }>()(
    z.object({ id, outcome: text(500) }).strict(),
    CASE_WORKERS,
    { entity: 'referral', kind: 'write' },
  ),
  'volunteering.list': channel<VolunteeringEntry[]>()(
    z.object({ participantId: id }).strict(),
    CASE_WORKERS,
  ),
  'volunteering.create': channel<VolunteeringEntry>()(volunteeringInput, CASE_WORKERS, {
    entity: 'volunteering',
    kind: 'write',
  }),
  'volunteering.insuranceAlerts': channel<InsuranceAlert[]>()(z.object({}).strict(), [
    'admin',
    'coordinator',
  ]),
};
