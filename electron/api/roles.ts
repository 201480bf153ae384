export const ROLES = ['admin', 'coordinator', 'counselor', 'trainer'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling. Accounts arrive later; until then the desktop user is a local admin. */
export interface Caller {
  userId: number | null;
  role: Role;
}

export const LOCAL_CALLER: Caller = { userId: null, role: 'admin' };
