import { z } from 'zod';
import { channel } from '../../api/channel';
import { optionalText, text } from '../../api/fields';
import { ROLES, type Role } from '../../api/roles';

/** Longer inputs are refused before any key derivation runs. */
export const MAX_SECRET_LENGTH = 1024;

export const password = z
  .string({ error: 'errors.required' })
  .min(1, 'errors.required')
  .max(MAX_SECRET_LENGTH, 'errors.passwordTooLong');

/** A new password: long enough to resist guessing once the file is stolen. */
export const newPassword = password.refine((p) => [...p].length >= 10, 'errors.passwordTooShort');

export const username = z
  .string({ error: 'errors.required' })
  .trim()
  .min(3, 'errors.usernameInvalid')
  .max(64, 'errors.usernameInvalid')
  .regex(/^[A-Za-z0-9._-]+$/, 'errors.usernameInvalid');

export const organisationProfile = z
  .object({
    name: text(200, 'errors.textTooLong'),
    taxCode: optionalText(20),
    address: optionalText(200, 'errors.textTooLong'),
    signatoryName: optionalText(100, 'errors.nameTooLong'),
    signatoryRole: optionalText(100, 'errors.nameTooLong'),
  })
  .strict();

export type OrganisationProfile = z.output<typeof organisationProfile>;

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
}

export interface AuthStatus {
  setupNeeded: boolean;
  /** A database from before encryption exists and will be encrypted by set-up. */
  hasUnencryptedData: boolean;
  user: SessionUser | null;
  locked: boolean;
  inactivityMinutes: number;
}

const withConfirmation = <T extends z.ZodRawShape>(shape: T, field: keyof T & string) =>
  z
    .object({
      ...shape,
      passwordConfirm: z.string().max(MAX_SECRET_LENGTH, 'errors.passwordTooLong'),
    })
    .strict()
    .superRefine((value, ctx) => {
      const values = value as Record<string, unknown>;
      if (values[field] !== values.passwordConfirm) {
        ctx.addIssue({
          code: 'custom',
          path: ['passwordConfirm'],
          message: 'errors.passwordMismatch',
        });
      }
    });

export const setupInput = z
  .object({
    organisation: organisationProfile,
    admin: withConfirmation(
      { username, displayName: text(100, 'errors.nameTooLong'), password: newPassword },
      'password',
    ),
  })
  .strict();

export const changePasswordInput = withConfirmation(
  { currentPassword: password, newPassword },
  'newPassword',
);

export const recoverInput = withConfirmation(
  {
    recoveryKey: z.string().trim().min(1, 'errors.required').max(100, 'errors.invalid'),
    username,
    newPassword,
  },
  'newPassword',
);

export const authContract = {
  'auth.status': channel<AuthStatus>()(z.object({}).strict(), 'public'),
  'auth.setup': channel<{ recoveryKey: string; user: SessionUser }>()(setupInput, 'public'),
  'auth.login': channel<SessionUser>()(
    z.object({ username: z.string().max(64, 'errors.usernameInvalid'), password }).strict(),
    'public',
  ),
  'auth.recover': channel<SessionUser>()(recoverInput, 'public'),
  'auth.unlock': channel<SessionUser>()(z.object({ password }).strict(), 'public'),
  'auth.lock': channel<null>()(z.object({}).strict(), 'signed_in'),
  'auth.logout': channel<null>()(z.object({}).strict(), 'signed_in'),
  'auth.changePassword': channel<null>()(changePasswordInput, 'signed_in', {
    entity: 'user',
    kind: 'write',
  }),
};

export { ROLES };
