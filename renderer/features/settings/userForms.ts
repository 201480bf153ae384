import { z } from 'zod';
import { contract } from '../../../electron/api/contract';
import { MAX_SECRET_LENGTH, newPassword } from '../../../electron/features/auth/contract';
import { createUserInput, type UserSummary } from '../../../electron/features/users/contract';
import { useApiForm } from '../../ui/apiForm';
import { useSettingsApi } from './hooks';

const confirmation = z.string().max(MAX_SECRET_LENGTH, 'errors.passwordTooLong');

function confirmed<T extends { password: string; passwordConfirm: string }>(
  value: T,
  ctx: z.RefinementCtx,
): void {
  if (value.password !== value.passwordConfirm) {
    ctx.addIssue({ code: 'custom', path: ['passwordConfirm'], message: 'errors.passwordMismatch' });
  }
}

// The initial password is typed twice: the administrator passes it on to the person.
const newUserSchema = createUserInput
  .extend({ passwordConfirm: confirmation })
  .superRefine(confirmed);
const passwordSchema = z
  .object({ password: newPassword, passwordConfirm: confirmation })
  .superRefine(confirmed);
const editUserSchema = contract['users.update'].input;

export function useNewUserForm(onSaved: (user: UserSummary) => void) {
  const { createUser } = useSettingsApi();
  return useApiForm({
    schema: newUserSchema,
    defaultValues: {
      username: '',
      displayName: '',
      role: 'counselor',
      password: '',
      passwordConfirm: '',
    },
    fields: ['username', 'displayName', 'role', 'password', 'passwordConfirm'],
    call: ({ passwordConfirm: _, ...input }) => createUser(input),
    onSuccess: onSaved,
  });
}

export function useEditUserForm(user: UserSummary, onSaved: (user: UserSummary) => void) {
  const { updateUser } = useSettingsApi();
  return useApiForm({
    schema: editUserSchema,
    defaultValues: { id: user.id, displayName: user.displayName, role: user.role },
    fields: ['displayName', 'role'],
    call: updateUser,
    onSuccess: onSaved,
  });
}

/** A new password for someone else: a reset, or the one that comes with reactivation. */
export function useUserPasswordForm(
  user: UserSummary,
  mode: 'reset' | 'reactivate',
  onSaved: (user: UserSummary) => void,
) {
  const { resetPassword, setUserActive } = useSettingsApi();
  return useApiForm({
    schema: passwordSchema,
    defaultValues: { password: '', passwordConfirm: '' },
    fields: ['password', 'passwordConfirm'],
    call: ({ password }) =>
      mode === 'reset'
        ? resetPassword({ id: user.id, password })
        : setUserActive({ id: user.id, active: true, password }),
    onSuccess: onSaved,
  });
}
