import type { z } from 'zod';
import type { ChannelDef } from './channel';
import type { ApiResult } from './errors';
import { auditContract } from '../features/audit/contract';
import { authContract } from '../features/auth/contract';
import { backupsContract } from '../features/backups/contract';
import { certificatesContract } from '../features/certificates/contract';
import { reportsContract } from '../features/reports/contract';
import { competencesContract } from '../features/competences/contract';
import { attendanceContract } from '../features/attendance/contract';
import { coursesContract } from '../features/courses/contract';
import { importsContract } from '../features/imports/contract';
import { participantsContract } from '../features/participants/contract';
import { pathwaysContract } from '../features/pathways/contract';
import { privacyContract } from '../features/privacy/contract';
import { projectsContract } from '../features/projects/contract';
import { servicesContract } from '../features/services/contract';
import { settingsContract } from '../features/settings/contract';
import { systemContract } from '../features/system/contract';
import { usersContract } from '../features/users/contract';

/**
 * Every call the renderer can make, declared once. The renderer imports this
 * module for types and for the form schemas; it holds no Node code.
 */
export const contract = {
  ...systemContract,
  ...authContract,
  ...usersContract,
  ...auditContract,
  ...settingsContract,
  ...backupsContract,
  ...participantsContract,
  ...projectsContract,
  ...coursesContract,
  ...attendanceContract,
  ...pathwaysContract,
  ...servicesContract,
  ...competencesContract,
  ...certificatesContract,
  ...importsContract,
  ...reportsContract,
  ...privacyContract,
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
type Def<K extends ChannelName> = Contract[K];
export type ChannelInput<K extends ChannelName> =
  Def<K> extends ChannelDef<infer In, unknown> ? z.input<In> : never;
export type ParsedInput<K extends ChannelName> =
  Def<K> extends ChannelDef<infer In, unknown> ? z.output<In> : never;
export type ChannelOutput<K extends ChannelName> =
  Def<K> extends ChannelDef<z.ZodType, infer Out> ? Out : never;

export const CHANNELS = Object.keys(contract) as ChannelName[];

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/**
 * The shape of `window.api`: one function per channel. Calls resolve to a
 * result rather than throwing, so errors cross both transports unchanged.
 */
export type Api = {
  [K in ChannelName]: (input: ChannelInput<K>) => Promise<ApiResult<ChannelOutput<K>>>;
};

export type Invoke = (channel: ChannelName, input: unknown) => Promise<ApiResult<unknown>>;

/** Builds `window.api` over a transport's invoke function (IPC or HTTP). */
export function createApi(invoke: Invoke): Api {
  const api: Record<string, (input: unknown) => Promise<ApiResult<unknown>>> = {};
  for (const name of CHANNELS) api[name] = (input) => invoke(name, input);
  return api as Api;
}
