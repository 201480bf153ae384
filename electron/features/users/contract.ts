import { z } from 'zod';
import { channel } from '../../api/channel';
import { id, text } from '../../api/fields';
import { ROLES, type Role } from '../../api/roles';
import { newPassword, username } from '../auth/contract';

export interface UserSummary {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
}

const role = z.enum(ROLES, { error: 'errors.invalidChoice' });
const ADMIN = ['admin'] as const;
const audited = { entity: 'user', kind: 'write' } as const;

export const createUserInput = z
  .object({ username, displayName: text(100, 'errors.nameTooLong'), role, password: newPassword })
  .strict();

export interface TrainerChoice {
  id: number;
  displayName: string;
}

export const usersContract = {
  'users.list': channel<UserSummary[]>()(z.object({}).strict(), ADMIN),
  /** Active trainers, for whoever plans courses: names only. */
  'users.trainers': channel<TrainerChoice[]>()(z.object({}).strict(), ['admin', 'coordinator']),
  'users.create': channel<UserSummary>()(createUserInput, ADMIN, audited),
  'users.update': channel<UserSummary>()(
    z.object({ id, displayName: text(100, 'errors.nameTooLong'), role }).strict(),
    ADMIN,
    audited,
  ),
  'users.setActive': channel<UserSummary>()(
    z.object({ id, active: z.boolean(), password: newPassword.optional() }).strict(),
    ADMIN,
    audited,
  ),
  'users.resetPassword': channel<UserSummary>()(
    z.object({ id, password: newPassword }).strict(),
    ADMIN,
    audited,
  ),
};
