import { useEffect, useMemo, useState } from 'react';
import type { ChannelInput } from '../../../electron/api/contract';
import { callChannel } from '../../app/api';
import { useLoad } from '../courses/hooks';

// The services directory hooks: with the other feature hooks, the only code in
// the renderer that calls the API (DESIGN §7).

const SEARCH_DEBOUNCE_MS = 150;

type DirectoryFilter = Required<ChannelInput<'services.list'>>['category'] | '';

/** The directory, searched as you type (the text waits for a pause; the newest answer wins). */
export function useServiceDirectory(
  query: string,
  category: DirectoryFilter,
  includeDeleted: boolean,
) {
  const text = query.trim().slice(0, 100);
  const [sent, setSent] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSent(text), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const result = useLoad('services.list', {
    query: sent,
    includeDeleted,
    ...(category ? { category } : {}),
  });
  return { ...result, loading: result.loading || sent !== text };
}

/** The write calls of the directory, stable across renders. */
export function useServicesApi() {
  return useMemo(
    () => ({
      createService: (input: ChannelInput<'services.create'>) =>
        callChannel('services.create', input),
      updateService: (input: ChannelInput<'services.update'>) =>
        callChannel('services.update', input),
      setServiceDeleted: (input: ChannelInput<'services.setDeleted'>) =>
        callChannel('services.setDeleted', input),
    }),
    [],
  );
}
