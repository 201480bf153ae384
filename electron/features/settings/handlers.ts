import { settings } from '../../../db/schema';
import type { HandlerContext } from '../../api/context';
import type { Handler } from '../../api/router';
import { DEFAULT_INACTIVITY_MINUTES } from './contract';
import type { OrganisationProfile } from '../auth/contract';
import type { Settings } from './contract';

function read(ctx: HandlerContext): Settings {
  const rows = ctx.database.db.select().from(settings).all();
  const values = new Map(rows.map((r) => [r.key, r.value]));
  return {
    organisation: (values.get('organisation') as OrganisationProfile | undefined) ?? { name: '' },
    inactivityMinutes: Number(values.get('inactivityMinutes') ?? DEFAULT_INACTIVITY_MINUTES),
  };
}

const get: Handler<'settings.get'> = (ctx) => read(ctx);

const update: Handler<'settings.update'> = (ctx, input) => {
  const { db } = ctx.database;
  db.transaction((tx) => {
    for (const [key, value] of Object.entries(input)) {
      tx.insert(settings)
        .values({ key, value })
        .onConflictDoUpdate({ target: settings.key, set: { value } })
        .run();
    }
  });
  if (ctx.vault) ctx.vault.inactivityMinutes = input.inactivityMinutes;
  return read(ctx);
};

export const settingsHandlers = { 'settings.get': get, 'settings.update': update };
