import { useIntl } from 'react-intl';
import { CHANNELS, contract } from '../../../electron/api/contract';

/** Events the vault records that are not channels of their own. */
export const NON_CHANNEL_ACTIONS = ['auth.autolock', 'backups.auto'] as const;
const SIGN_IN_ACTIONS = [
  'auth.setup',
  'auth.login',
  'auth.recover',
  'auth.unlock',
  'auth.lock',
  'auth.logout',
];

/** The actions worth filtering by: every audited write, the sign-in events and automatic backups. */
export function filterableActions(): string[] {
  const audited = CHANNELS.filter((c) => contract[c].audit !== undefined);
  return [...new Set([...SIGN_IN_ACTIONS, ...NON_CHANNEL_ACTIONS, ...audited])];
}

/** Readable names for actions, entities and outcomes; unknown codes are shown as they are. */
export function useAuditLabels() {
  const intl = useIntl();
  const label = (id: string, fallback: string) =>
    Object.prototype.hasOwnProperty.call(intl.messages, id) ? intl.formatMessage({ id }) : fallback;
  return {
    action: (action: string) => label(`audit.action.${action}`, action),
    entity: (entity: string) => label(`audit.entity.${entity}`, entity),
    outcome: (outcome: string) => label(`audit.outcome.${outcome}`, outcome),
  };
}
