import { contract } from '../../../electron/api/contract';
import type { PathwayDetail } from '../../../electron/features/pathways/contract';
import { useApiForm } from '../../ui/apiForm';
import { localToday } from './dates';
import { usePathwaysApi } from './hooks';

export const MEETING_FIELDS = [
  'date',
  'kind',
  'durationMinutes',
  'notes',
  'nextSteps',
  'nextAppointment',
] as const;

export function useMeetingForm(pathway: PathwayDetail, onSaved: () => void) {
  const { createMeeting } = usePathwaysApi();
  const result = useApiForm({
    schema: contract['meetings.create'].input,
    defaultValues: {
      pathwayId: pathway.id,
      date: localToday(),
      kind: 'in_person',
      durationMinutes: 45,
      notes: '',
      nextSteps: '',
      nextAppointment: '',
    },
    fields: MEETING_FIELDS,
    call: createMeeting,
    onSuccess: () => {
      result.form.reset();
      onSaved();
    },
  });
  return result;
}

export const REFERRAL_FIELDS = ['serviceId', 'date', 'reason'] as const;
