import { useMemo } from 'react';
import type { ChannelInput } from '../../../electron/api/contract';
import { callChannel } from '../../app/api';
import { useLoad } from '../courses/hooks';

// The pathway, caseload, referral and volunteering hooks: with the other feature hooks, the
// only code in the renderer that calls the API (DESIGN §7).

export { usePeopleSearch } from '../courses/hooks';

export const useCaseload = (filter: ChannelInput<'caseload.home'>) =>
  useLoad('caseload.home', filter);
export const usePathway = (id: number) => useLoad('pathways.get', { id });
export const useServiceChoices = () =>
  useLoad('services.list', { query: '', includeDeleted: false });
export const useProjectChoices = (enabled: boolean) => useLoad('projects.list', {}, enabled);
export const useVolunteering = (participantId: number) =>
  useLoad('volunteering.list', { participantId });
export const useInsuranceAlerts = () => useLoad('volunteering.insuranceAlerts', {});
/** The person's pathways that the signed-in case worker works on (for the person's page). */
export const usePersonPathways = (participantId: number, enabled: boolean) =>
  useLoad('pathways.forParticipant', { participantId }, enabled);
/** The person a new pathway is opened for, when the form is opened from their page. */
export const usePersonToOpen = (id: number, enabled: boolean) =>
  useLoad('participants.get', { id }, enabled);

/** The write calls of the area, stable across renders. */
export function usePathwaysApi() {
  return useMemo(
    () => ({
      createPathway: (input: ChannelInput<'pathways.create'>) =>
        callChannel('pathways.create', input),
      setStatus: (input: ChannelInput<'pathways.setStatus'>) =>
        callChannel('pathways.setStatus', input),
      createScreening: (input: ChannelInput<'screenings.create'>) =>
        callChannel('screenings.create', input),
      savePlan: (input: ChannelInput<'plans.save'>) => callChannel('plans.save', input),
      planDocument: (input: ChannelInput<'documents.plan'>) => callChannel('documents.plan', input),
      createMeeting: (input: ChannelInput<'meetings.create'>) =>
        callChannel('meetings.create', input),
      createMilestone: (input: ChannelInput<'milestones.create'>) =>
        callChannel('milestones.create', input),
      createReferral: (input: ChannelInput<'referrals.create'>) =>
        callChannel('referrals.create', input),
      setReferralOutcome: (input: ChannelInput<'referrals.setOutcome'>) =>
        callChannel('referrals.setOutcome', input),
      createVolunteering: (input: ChannelInput<'volunteering.create'>) =>
        callChannel('volunteering.create', input),
    }),
    [],
  );
}
