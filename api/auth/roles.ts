import { Role } from '../../engine/index.ts';

/**
 * Roles and route access. Each role includes the ones before it:
 * `staff` (their own tasks) < `analyst` (+ read definitions, instances, history, metrics)
 * < `developer` (+ deploy, start, workers, incident retry) < `admin` (+ users and tokens).
 */

export { Role };
/** What a route requires: `public` needs no login; a role needs that role or a higher one. */
export type Access = 'public' | Role;

export const roles: readonly Role[] = [Role.staff, Role.analyst, Role.developer, Role.admin];

const rank: Record<Role, number> = { staff: 1, analyst: 2, developer: 3, admin: 4 };

/** True when `role` includes everything `required` may do. */
export function includes(role: Role, required: Role): boolean {
  return rank[role] >= rank[required];
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && Object.hasOwn(rank, value);
}

/** Who made a request, as resolved by `authenticate`. */
export interface Principal {
  username: string;
  role: Role;
  groups: string[];
  /** How the caller proved it: decides e.g. whether the CSRF origin check applies. */
  via: 'token' | 'basic' | 'session';
}

/** Hono context variables set by the API middleware. */
export interface AppEnv {
  Variables: {
    principal: Principal | undefined;
    requestId: string;
  };
}
