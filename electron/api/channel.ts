import type { z } from 'zod';
import type { Role } from './roles';

/**
 * Who may call a channel: anyone (sign-in and set-up), any signed-in user, or
 * the listed roles. This is the permission table, written once, as data.
 */
export type Access = 'public' | 'signed_in' | readonly Role[];

/** What the router writes to the audit log after a successful call. */
export interface AuditSpec {
  entity: string;
  /** `view` is used for reads of sensitive content (case notes); writes and exports are always audited. */
  kind: 'write' | 'view' | 'export';
  /**
   * The router runs audited handlers inside one transaction with their audit
   * event; channels that cannot run in a transaction (VACUUM INTO, closing and
   * replacing the file) say so here.
   */
  ownTransaction?: true;
}

/** One channel of the contract: its input schema, its output type, who may call it, what is audited. */
export interface ChannelDef<In extends z.ZodType, Out> {
  readonly input: In;
  readonly access: Access;
  readonly audit?: AuditSpec;
  /** Phantom: carries the output type; never set at runtime. */
  readonly output?: Out;
}

/** `channel<Output>()(inputSchema, access, audit?)` declares a channel once, for both sides. */
export function channel<Out>() {
  return <In extends z.ZodType>(
    input: In,
    access: Access,
    audit?: AuditSpec,
  ): ChannelDef<In, Out> => (audit ? { input, access, audit } : { input, access });
}

export function rolesAllowed(access: Access, allRoles: readonly Role[]): readonly Role[] {
  return typeof access === 'string' ? allRoles : access;
}
