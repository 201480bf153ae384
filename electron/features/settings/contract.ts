import { z } from 'zod';
import { channel } from '../../api/channel';
import { organisationProfile, type OrganisationProfile } from '../auth/contract';

export interface Settings {
  organisation: OrganisationProfile;
  inactivityMinutes: number;
}

export const DEFAULT_INACTIVITY_MINUTES = 15;

export const settingsInput = z
  .object({
    organisation: organisationProfile,
    inactivityMinutes: z
      .number({ error: 'errors.invalid' })
      .int('errors.inactivityRange')
      .min(1, 'errors.inactivityRange')
      .max(240, 'errors.inactivityRange'),
  })
  .strict();

export const settingsContract = {
  'settings.get': channel<Settings>()(z.object({}).strict(), 'signed_in'),
  'settings.update': channel<Settings>()(settingsInput, ['admin'], {
    entity: 'settings',
    kind: 'write',
  }),
};
