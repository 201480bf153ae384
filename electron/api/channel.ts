import type { z } from 'zod';
import type { Role } from './roles';

/** One channel of the contract: its input schema, its output type and who may call it. */
export interface ChannelDef<In extends z.ZodType, Out> {
  readonly input: In;
  readonly roles: readonly Role[];
  /** Phantom: carries the output type; never set at runtime. */
  readonly output?: Out;
}

/** `channel<Output>()(inputSchema, roles)` declares a channel once, for both sides. */
export function channel<Out>() {
  return <In extends z.ZodType>(input: In, roles: readonly Role[]): ChannelDef<In, Out> => ({
    input,
    roles,
  });
}
