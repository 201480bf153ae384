import { z } from 'zod';
import { contract } from '../../../electron/api/contract';
import {
  changePasswordInput,
  password,
  recoverInput,
  setupInput,
  type SessionUser,
} from '../../../electron/features/auth/contract';
import { useApiForm } from '../../ui/apiForm';
import { useAuthApi } from './hooks';

const loginInput = contract['auth.login'].input;
const unlockInput = z.object({ password }).strict();

export function useLoginForm(onSignedIn: (user: SessionUser) => void) {
  const auth = useAuthApi();
  return useApiForm({
    schema: loginInput,
    defaultValues: { username: '', password: '' },
    fields: ['username', 'password'],
    call: auth.login,
    onSuccess: onSignedIn,
  });
}

export function useRecoverForm(onSignedIn: (user: SessionUser) => void) {
  const auth = useAuthApi();
  return useApiForm({
    schema: recoverInput,
    defaultValues: { recoveryKey: '', username: '', newPassword: '', passwordConfirm: '' },
    fields: ['recoveryKey', 'username', 'newPassword', 'passwordConfirm'],
    call: auth.recover,
    onSuccess: onSignedIn,
  });
}

export function useUnlockForm(onUnlocked: (user: SessionUser) => void) {
  const auth = useAuthApi();
  const result = useApiForm({
    schema: unlockInput,
    defaultValues: { password: '' },
    fields: ['password'],
    call: auth.unlock,
    onSuccess: (user) => {
      result.form.reset({ password: '' });
      onUnlocked(user);
    },
  });
  return result;
}

export const SETUP_FIELDS = [
  'organisation.name',
  'organisation.taxCode',
  'organisation.address',
  'organisation.signatoryName',
  'organisation.signatoryRole',
  'admin.username',
  'admin.displayName',
  'admin.password',
  'admin.passwordConfirm',
] as const;

export function useSetupForm(
  onDone: (result: { recoveryKey: string; user: SessionUser }, organisationName: string) => void,
) {
  const auth = useAuthApi();
  return useApiForm({
    schema: setupInput,
    defaultValues: {
      organisation: { name: '', taxCode: '', address: '', signatoryName: '', signatoryRole: '' },
      admin: { username: '', displayName: '', password: '', passwordConfirm: '' },
    },
    fields: SETUP_FIELDS,
    call: auth.setup,
    onSuccess: (result, values) => onDone(result, values.organisation.name),
  });
}

export function useChangePasswordForm(onChanged: () => void) {
  const auth = useAuthApi();
  const result = useApiForm({
    schema: changePasswordInput,
    defaultValues: { currentPassword: '', newPassword: '', passwordConfirm: '' },
    fields: ['currentPassword', 'newPassword', 'passwordConfirm'],
    call: auth.changePassword,
    onSuccess: () => {
      result.form.reset();
      onChanged();
    },
  });
  return result;
}
