import type { Role } from '../api/client.ts';

/** Each role includes the ones before it, as the server's access table reads them. */
const rank: Record<Role, number> = { staff: 1, supervisor: 2, analyst: 3, developer: 4, admin: 5 };

/** True when `role` may open what `required` may. */
export function includes(role: Role, required: Role): boolean {
  return rank[role] >= rank[required];
}
