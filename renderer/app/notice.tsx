import { createContext, useContext } from 'react';
import type { AppMessageId } from '../i18n/it';

/** A short confirmation shown after an action (saved, archived…), announced politely. */
export const NoticeContext = createContext<(id: AppMessageId | null) => void>(() => undefined);

export function useNotify(): (id: AppMessageId | null) => void {
  return useContext(NoticeContext);
}
