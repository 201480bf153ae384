import { useEffect } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import {
  SERVICE_CATEGORIES,
  type ServiceEntry,
} from '../../../electron/features/services/contract';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { TextField } from '../../ui/TextField';
import { useServiceForm } from './forms';
import { whileBusy } from '../../ui/busy';

/** Adding a service to the directory, or changing one: every field of the entry. */
export function ServiceDialog({
  service,
  onSaved,
  onCancel,
}: {
  service: ServiceEntry | null;
  onSaved: (saved: ServiceEntry) => void;
  onCancel: () => void;
}) {
  const intl = useIntl();
  const { form, onSubmit, saving, formError } = useServiceForm(service, onSaved);
  const { setFocus } = form;
  useEffect(() => setFocus('data.name'), [setFocus]);
  const errors = form.formState.errors.data;
  const field = { form, idPrefix: 'service' } as const;
  const t = (id: string) => intl.formatMessage({ id });
  return (
    <Dialog
      title={
        service
          ? intl.formatMessage({ id: 'services.editTitle' }, { name: service.name })
          : t('services.new')
      }
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="button-secondary" onClick={onCancel}>
            <FormattedMessage id="common.cancel" />
          </button>
          <button type="submit" form="service-form" className="button" {...whileBusy(saving)}>
            <FormattedMessage id={saving ? 'common.saving' : 'services.save'} />
          </button>
        </>
      }
    >
      <form id="service-form" className="dialog-form" noValidate onSubmit={onSubmit}>
        <TextField {...field} name="data.name" label="services.field.name" required />
        <TextField {...field} name="data.provider" label="services.field.provider" />
        <Field
          id="service-data-category"
          label="services.field.category"
          required
          error={errors?.category?.message}
        >
          {(control) => (
            <select {...control} {...form.register('data.category')}>
              <option value="">{t('common.select')}</option>
              {SERVICE_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`services.category.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="form-grid">
          <TextField {...field} name="data.comune" label="services.field.comune" />
          <TextField {...field} name="data.address" label="services.field.address" />
        </div>
        <TextField
          {...field}
          name="data.contacts"
          label="services.field.contacts"
          hint="services.hint.contacts"
        />
        <TextField {...field} name="data.openingHours" label="services.field.openingHours" />
        <TextField {...field} name="data.eligibility" label="services.field.eligibility" />
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}
