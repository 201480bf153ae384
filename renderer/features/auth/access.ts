import { contract, type ChannelName } from '../../../electron/api/contract';
import type { Role } from '../../../electron/api/roles';

/**
 * Whether a role may use a channel, read from the contract's access table —
 * the same table the router enforces. The interface only hides what a role
 * cannot use; the router is what refuses.
 */
export function canUse(role: Role, channel: ChannelName): boolean {
  const access = contract[channel].access;
  if (access === 'public' || access === 'signed_in') return true;
  return access.includes(role);
}
