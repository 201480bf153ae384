import { useMemo } from 'react';
import type { ChannelInput } from '../../../electron/api/contract';
import { callChannel } from '../../app/api';
import { useLoad } from '../courses/hooks';

// The data-protection hooks: with the other feature hooks, the only code in the renderer
// that calls the API (DESIGN §7).

/** What anonymising the person would remove and keep, and what prevents it now. */
export const useErasurePreview = (participantId: number, enabled: boolean) =>
  useLoad('privacy.erasurePreview', { participantId }, enabled);

/** People whose every project ended longer ago than its retention period. */
export const useRetentionReview = () => useLoad('privacy.retentionReview', {});

/** The write and export calls of the area, stable across renders. */
export function usePrivacyApi() {
  return useMemo(
    () => ({
      exportData: (input: ChannelInput<'privacy.export'>) => callChannel('privacy.export', input),
      anonymise: (input: ChannelInput<'privacy.anonymise'>) =>
        callChannel('privacy.anonymise', input),
      anonymiseMany: (input: ChannelInput<'privacy.anonymiseMany'>) =>
        callChannel('privacy.anonymiseMany', input),
    }),
    [],
  );
}
