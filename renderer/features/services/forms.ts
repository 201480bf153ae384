import { contract } from '../../../electron/api/contract';
import type { ServiceEntry } from '../../../electron/features/services/contract';
import { useApiForm } from '../../ui/apiForm';
import { useServicesApi } from './hooks';

export const SERVICE_FIELDS = [
  'data.name',
  'data.provider',
  'data.category',
  'data.comune',
  'data.address',
  'data.contacts',
  'data.openingHours',
  'data.eligibility',
] as const;

function defaults(service: ServiceEntry | null) {
  return {
    data: {
      name: service?.name ?? '',
      provider: service?.provider ?? '',
      category: service?.category,
      comune: service?.comune ?? '',
      address: service?.address ?? '',
      contacts: service?.contacts ?? '',
      openingHours: service?.openingHours ?? '',
      eligibility: service?.eligibility ?? '',
    },
  };
}

/** A new service (`service` null) or a change to one; the server's field errors land on the fields. */
export function useServiceForm(
  service: ServiceEntry | null,
  onSaved: (saved: ServiceEntry) => void,
) {
  const { createService, updateService } = useServicesApi();
  return useApiForm({
    schema: contract['services.create'].input,
    defaultValues: defaults(service),
    fields: SERVICE_FIELDS,
    call: (input) => (service ? updateService({ id: service.id, ...input }) : createService(input)),
    onSuccess: onSaved,
  });
}
