import { participantHandlers } from '../features/participants/handlers';
import { systemHandlers } from '../features/system/handlers';
import type { HandlerMap } from './router';

/** Every channel's handler; the type makes a missing or extra handler a compile error. */
export const handlers = {
  ...systemHandlers,
  ...participantHandlers,
} satisfies HandlerMap;
