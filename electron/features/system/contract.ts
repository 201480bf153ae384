import { z } from 'zod';
import { channel } from '../../api/channel';
import { ROLES, type Role } from '../../api/roles';

export interface SystemInfo {
  version: string;
  schemaVersion: number;
  participants: number;
  role: Role;
}

export const systemContract = {
  'system.info': channel<SystemInfo>()(z.object({}).strict(), ROLES),
};
