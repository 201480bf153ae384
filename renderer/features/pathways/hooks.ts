import { useMemo } from 'react';
import type { ChannelInput } from '../../../electron/api/contract';
import { callChannel } from '../../app/api';
import { useLoad } from '../courses/hooks';

// The pathway, caseload and referral hooks: with the other feature hooks, the
// only code in the renderer that calls the API (DESIGN §7).

export { usePeopleSearch } from '../courses/hooks';

export const useCaseload = (filter: ChannelInput<'caseload.home'>) =>
  useLoad('caseload.home', filter);
export const usePathway = (id: number) => useLoad('pathways.get', { id });
export const useServiceChoices = () =>
  useLoad('services.list', { query: '', includeDeleted: false });
export const useProjectChoices = (enabled: boolean) => useLoad('projects.list', {}, enabled);

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
    }),
    [],
  );
}
