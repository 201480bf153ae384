import { countParticipants } from '../../../db/queries/participants';
import type { Handler } from '../../api/router';
import { APP_VERSION } from '../../version';

const info: Handler<'system.info'> = (ctx) => ({
  version: APP_VERSION,
  schemaVersion: ctx.database.sqlite.pragma('user_version', { simple: true }) as number,
  participants: countParticipants(ctx.database.db),
  role: ctx.caller.role,
});

export const systemHandlers = { 'system.info': info };
