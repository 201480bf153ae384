import { FormattedMessage } from 'react-intl';
import { settingsInput, type Settings } from '../../../electron/features/settings/contract';
import { useNotify } from '../../app/notice';
import { useApiForm } from '../../ui/apiForm';
import { LoadState } from '../../ui/LoadState';
import { TextField } from '../../ui/TextField';
import { FormError } from '../auth/AuthCard';
import { useSession } from '../auth/session';
import { useSettings, useSettingsApi } from './hooks';
import { OrganisationFields } from './OrganisationFields';
import { whileBusy } from '../../ui/busy';

function useOrganisationForm(settings: Settings, onSaved: (saved: Settings) => void) {
  const { updateSettings } = useSettingsApi();
  const o = settings.organisation;
  return useApiForm({
    schema: settingsInput,
    defaultValues: {
      organisation: {
        name: o.name,
        taxCode: o.taxCode ?? '',
        address: o.address ?? '',
        signatoryName: o.signatoryName ?? '',
        signatoryRole: o.signatoryRole ?? '',
      },
      inactivityMinutes: settings.inactivityMinutes,
    },
    fields: [
      'organisation.name',
      'organisation.taxCode',
      'organisation.address',
      'organisation.signatoryName',
      'organisation.signatoryRole',
      'inactivityMinutes',
    ],
    call: updateSettings,
    onSuccess: onSaved,
  });
}

function OrganisationForm({ settings }: { settings: Settings }) {
  const notify = useNotify();
  const { setInactivityMinutes } = useSession();
  const { form, onSubmit, saving, formError } = useOrganisationForm(settings, (saved) => {
    setInactivityMinutes(saved.inactivityMinutes);
    notify('settings.org.saved');
  });
  const field = { form, idPrefix: 'org' } as const;
  return (
    <form className="settings-form" noValidate onSubmit={onSubmit} aria-labelledby="org-title">
      <section className="form-section">
        <h2 id="org-title">
          <FormattedMessage id="settings.org.title" />
        </h2>
        <OrganisationFields form={form} idPrefix="org" />
      </section>
      <section className="form-section" aria-labelledby="org-security">
        <h2 id="org-security">
          <FormattedMessage id="settings.org.security" />
        </h2>
        <TextField
          {...field}
          name="inactivityMinutes"
          type="number"
          label="settings.org.inactivityMinutes"
          hint="settings.org.inactivityHint"
          inputClassName="narrow"
          required
        />
      </section>
      <FormError message={formError} />
      <div className="form-actions">
        <button type="submit" className="button" {...whileBusy(saving)}>
          <FormattedMessage id={saving ? 'common.saving' : 'common.save'} />
        </button>
      </div>
    </form>
  );
}

export function OrganisationSection() {
  const { data, error, loading, reload } = useSettings();
  if (!data) return <LoadState loading={loading} error={error} onRetry={reload} />;
  return <OrganisationForm settings={data} />;
}
