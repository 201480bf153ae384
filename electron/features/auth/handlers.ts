import { DatabaseLifecycleError } from '../../../db/errors';
import type { HandlerContext } from '../../api/context';
import { AppError } from '../../api/errors';
import type { Handler } from '../../api/router';
import type { LoginFailure, Vault } from '../../app/vault';
import { runStartupBackup } from '../backups/handlers';

function vaultOf(ctx: HandlerContext): Vault {
  if (!ctx.vault) throw new AppError('unauthenticated', 'errors.unauthenticated');
  return ctx.vault;
}

function loginFailure(
  vault: Vault,
  failure: LoginFailure,
  key = 'errors.invalidCredentials',
): never {
  if (failure === 'rate_limited') {
    throw new AppError('rate_limited', 'errors.rateLimited', undefined, {
      seconds: vault.retryAfterSeconds(),
    });
  }
  throw new AppError('invalid_credentials', key);
}

/** Lifecycle problems with the key file or data file become messages a person can act on. */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DatabaseLifecycleError) {
      if (error.code === 'keyring_invalid') throw new AppError('conflict', 'errors.keyFileDamaged');
      if (error.code === 'wrong_key' || error.code === 'database_corrupt') {
        throw new AppError('conflict', 'errors.dataFileDamaged');
      }
    }
    throw error;
  }
}

const status: Handler<'auth.status'> = (ctx) => {
  const vault = vaultOf(ctx);
  return guarded(() =>
    Promise.resolve({
      setupNeeded: vault.needsSetup(),
      hasUnencryptedData: vault.hasUnencryptedData(),
      user: vault.sessionUser,
      locked: vault.isLocked,
      inactivityMinutes: vault.inactivityMinutes,
    }),
  );
};

const setup: Handler<'auth.setup'> = (ctx, { organisation, admin }) => {
  const vault = vaultOf(ctx);
  return guarded(async () => {
    if (!vault.needsSetup()) throw new AppError('conflict', 'errors.alreadySetUp');
    const { recoveryKey } = await vault.setup(admin, organisation);
    const user = vault.sessionUser;
    if (!user) throw new Error('set-up did not sign in');
    return { recoveryKey, user };
  });
};

const login: Handler<'auth.login'> = (ctx, { username, password }) => {
  const vault = vaultOf(ctx);
  return guarded(async () => {
    if (vault.needsSetup()) throw new AppError('unauthenticated', 'errors.unauthenticated');
    const result = await vault.login(username, password);
    if (typeof result === 'string') loginFailure(vault, result);
    runStartupBackup(vault, ctx.now());
    return result;
  });
};

const recover: Handler<'auth.recover'> = (ctx, input) => {
  const vault = vaultOf(ctx);
  return guarded(async () => {
    if (vault.needsSetup()) throw new AppError('unauthenticated', 'errors.unauthenticated');
    const result = await vault.recover(input.recoveryKey, input.username, input.newPassword);
    if (typeof result === 'string') loginFailure(vault, result, 'errors.invalidRecovery');
    return result;
  });
};

const unlock: Handler<'auth.unlock'> = async (ctx, { password }) => {
  const vault = vaultOf(ctx);
  const result = await vault.unlock(password);
  if (result !== 'ok') loginFailure(vault, result);
  const user = vault.sessionUser;
  if (!user) throw new AppError('unauthenticated', 'errors.unauthenticated');
  return user;
};

const lock: Handler<'auth.lock'> = (ctx) => {
  vaultOf(ctx).lock();
  return null;
};

const logout: Handler<'auth.logout'> = (ctx) => {
  vaultOf(ctx).logout();
  return null;
};

const changePassword: Handler<'auth.changePassword'> = async (ctx, input) => {
  const vault = vaultOf(ctx);
  const user = vault.sessionUser;
  if (!user) throw new AppError('unauthenticated', 'errors.unauthenticated');
  if (!(await vault.verifyPassword(user.id, input.currentPassword))) {
    throw new AppError('validation', 'errors.validation', {
      currentPassword: 'errors.invalidCredentials',
    });
  }
  await vault.setPassword(user, input.newPassword);
  return null;
};

export const authHandlers = {
  'auth.status': status,
  'auth.setup': setup,
  'auth.login': login,
  'auth.recover': recover,
  'auth.unlock': unlock,
  'auth.lock': lock,
  'auth.logout': logout,
  'auth.changePassword': changePassword,
};
