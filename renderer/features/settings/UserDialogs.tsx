import { useEffect } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { ROLES } from '../../../electron/api/roles';
import type { UserSummary } from '../../../electron/features/users/contract';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { TextField } from '../../ui/TextField';
import { FormError } from '../auth/AuthCard';
import { useEditUserForm, useNewUserForm, useUserPasswordForm } from './userForms';
import { whileBusy } from '../../ui/busy';

function Actions({
  formId,
  saving,
  submit,
  onCancel,
}: {
  formId: string;
  saving: boolean;
  submit: string;
  onCancel: () => void;
}) {
  return (
    <>
      <button type="button" className="button-secondary" onClick={onCancel}>
        <FormattedMessage id="common.cancel" />
      </button>
      <button type="submit" form={formId} className="button" {...whileBusy(saving)}>
        <FormattedMessage id={saving ? 'common.saving' : submit} />
      </button>
    </>
  );
}

function RoleSelect({
  id,
  error,
  registration,
}: {
  id: string;
  error?: string;
  registration: UseFormRegisterReturn;
}) {
  const intl = useIntl();
  return (
    <Field
      id={id}
      label="settings.users.role"
      required
      error={error}
      hint="settings.users.roleHint"
    >
      {(control) => (
        <select {...control} {...registration}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {intl.formatMessage({ id: `role.${role}` })}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function NewUserDialog({
  onSaved,
  onCancel,
}: {
  onSaved: (user: UserSummary) => void;
  onCancel: () => void;
}) {
  const intl = useIntl();
  const { form, onSubmit, saving, formError } = useNewUserForm(onSaved);
  const { setFocus } = form;
  useEffect(() => setFocus('username'), [setFocus]);
  const field = { form, idPrefix: 'user' } as const;
  return (
    <Dialog
      title={intl.formatMessage({ id: 'settings.users.new' })}
      onCancel={onCancel}
      actions={
        <Actions
          formId="user-form"
          saving={saving}
          submit="settings.users.create"
          onCancel={onCancel}
        />
      }
    >
      <form id="user-form" className="dialog-form" noValidate onSubmit={onSubmit}>
        <TextField
          {...field}
          name="username"
          label="auth.field.username"
          hint="auth.hint.username"
          required
        />
        <TextField
          {...field}
          name="displayName"
          label="auth.field.displayName"
          hint="auth.hint.displayName"
          required
        />
        <RoleSelect
          id="user-role"
          error={form.formState.errors.role?.message}
          registration={form.register('role')}
        />
        <TextField
          {...field}
          name="password"
          type="password"
          label="settings.users.initialPassword"
          hint="settings.users.initialPasswordHint"
          autoComplete="new-password"
          required
        />
        <TextField
          {...field}
          name="passwordConfirm"
          type="password"
          label="auth.field.passwordConfirm"
          autoComplete="new-password"
          required
        />
        <FormError message={formError} />
      </form>
    </Dialog>
  );
}

export function EditUserDialog({
  user,
  onSaved,
  onCancel,
}: {
  user: UserSummary;
  onSaved: (user: UserSummary) => void;
  onCancel: () => void;
}) {
  const intl = useIntl();
  const { form, onSubmit, saving, formError } = useEditUserForm(user, onSaved);
  const { setFocus } = form;
  useEffect(() => setFocus('displayName'), [setFocus]);
  return (
    <Dialog
      title={intl.formatMessage({ id: 'settings.users.editTitle' }, { username: user.username })}
      onCancel={onCancel}
      actions={
        <Actions formId="user-edit-form" saving={saving} submit="common.save" onCancel={onCancel} />
      }
    >
      <form id="user-edit-form" className="dialog-form" noValidate onSubmit={onSubmit}>
        <TextField
          form={form}
          idPrefix="user-edit"
          name="displayName"
          label="auth.field.displayName"
          required
        />
        <RoleSelect
          id="user-edit-role"
          error={form.formState.errors.role?.message}
          registration={form.register('role')}
        />
        <FormError message={formError} />
      </form>
    </Dialog>
  );
}

export function UserPasswordDialog({
  user,
  mode,
  onSaved,
  onCancel,
}: {
  user: UserSummary;
  mode: 'reset' | 'reactivate';
  onSaved: (user: UserSummary) => void;
  onCancel: () => void;
}) {
  const intl = useIntl();
  const { form, onSubmit, saving, formError } = useUserPasswordForm(user, mode, onSaved);
  const { setFocus } = form;
  useEffect(() => setFocus('password'), [setFocus]);
  const field = {
    form,
    idPrefix: 'user-password',
    type: 'password',
    autoComplete: 'new-password',
  } as const;
  return (
    <Dialog
      title={intl.formatMessage(
        { id: mode === 'reset' ? 'settings.users.resetTitle' : 'settings.users.reactivateTitle' },
        { name: user.displayName },
      )}
      onCancel={onCancel}
      describedBy="user-password-body"
      actions={
        <Actions
          formId="user-password-form"
          saving={saving}
          submit={mode === 'reset' ? 'settings.users.resetPassword' : 'settings.users.reactivate'}
          onCancel={onCancel}
        />
      }
    >
      <p id="user-password-body">
        <FormattedMessage
          id={mode === 'reset' ? 'settings.users.resetBody' : 'settings.users.reactivateBody'}
        />
      </p>
      <form id="user-password-form" className="dialog-form" noValidate onSubmit={onSubmit}>
        <TextField
          {...field}
          name="password"
          label="auth.field.newPassword"
          hint="auth.hint.password"
          required
        />
        <TextField {...field} name="passwordConfirm" label="auth.field.passwordConfirm" required />
        <FormError message={formError} />
      </form>
    </Dialog>
  );
}
