import { contract } from '../../../electron/api/contract';
import type { AnonymisedPerson } from '../../../electron/features/privacy/contract';
import { useApiForm } from '../../ui/apiForm';
import { usePrivacyApi } from './hooks';

/** The confirmation of one erasure: the box must be ticked (the contract's `confirm: true`). */
export function useAnonymiseForm(participantId: number, onDone: (done: AnonymisedPerson) => void) {
  const { anonymise } = usePrivacyApi();
  return useApiForm({
    schema: contract['privacy.anonymise'].input,
    defaultValues: { participantId },
    fields: ['confirm'],
    call: anonymise,
    onSuccess: onDone,
  });
}

/** The people chosen in the retention review and the confirmation of their erasure. */
export function useAnonymiseManyForm(onDone: (done: { anonymised: AnonymisedPerson[] }) => void) {
  const { anonymiseMany } = usePrivacyApi();
  return useApiForm({
    schema: contract['privacy.anonymiseMany'].input,
    defaultValues: { participantIds: [] },
    fields: ['participantIds', 'confirm'],
    call: anonymiseMany,
    onSuccess: onDone,
  });
}
