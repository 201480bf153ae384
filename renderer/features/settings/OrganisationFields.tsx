import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { TextField } from '../../ui/TextField';

type OrganisationKey = 'name' | 'taxCode' | 'address' | 'signatoryName' | 'signatoryRole';

/** Any form holding the organisation's profile under `organisation`. */
export interface OrganisationValues {
  organisation: { [K in OrganisationKey]?: unknown };
}

/**
 * The organisation's profile fields (name, tax code, address, certificate
 * signatory), shared by first-launch set-up and Impostazioni → Organizzazione.
 */
export function OrganisationFields<
  T extends OrganisationValues & FieldValues,
  O extends FieldValues,
>({ form, idPrefix }: { form: UseFormReturn<T, unknown, O>; idPrefix: string }) {
  // Every T has these paths (T extends OrganisationValues); TypeScript cannot see it for a generic T.
  const name = (key: OrganisationKey) => `organisation.${key}` as Path<T>;
  const field = { form, idPrefix } as const;
  return (
    <div className="form-grid">
      <TextField
        {...field}
        name={name('name')}
        label="settings.org.name"
        required
        className="span-2"
      />
      <TextField {...field} name={name('taxCode')} label="settings.org.taxCode" />
      <TextField {...field} name={name('address')} label="settings.org.address" />
      <TextField
        {...field}
        name={name('signatoryName')}
        label="settings.org.signatoryName"
        hint="settings.org.signatoryHint"
      />
      <TextField {...field} name={name('signatoryRole')} label="settings.org.signatoryRole" />
    </div>
  );
}
