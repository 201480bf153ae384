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

export const VOLUNTEERING_FIELDS = [
  'hostAssociation',
  'role',
  'startDate',
  'endDate',
  'hours',
  'insuranceCovered',
  'insuranceExpiry',
] as const;

function volunteeringDefaults(participantId: number) {
  return {
    participantId,
    hostAssociation: '',
    role: '',
    startDate: localToday(),
    endDate: '',
    insuranceCovered: false,
    insuranceExpiry: '',
  };
}

/** One volunteering placement of the person; an expiry is only sent for a covered placement. */
export function useVolunteeringForm(participantId: number, onSaved: () => void) {
  const { createVolunteering } = usePathwaysApi();
  const result = useApiForm({
    schema: contract['volunteering.create'].input,
    defaultValues: volunteeringDefaults(participantId),
    fields: VOLUNTEERING_FIELDS,
    call: (input) =>
      createVolunteering(input.insuranceCovered ? input : { ...input, insuranceExpiry: undefined }),
    onSuccess: () => {
      result.form.reset(volunteeringDefaults(participantId));
      onSaved();
    },
  });
  return result;
}
