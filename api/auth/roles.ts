import { Role } from '../../engine/index.ts';

/**
 * Roles and route access. Each role includes the ones before it:
 * `staff` (their own tasks) < `supervisor` (+ steer the lanes of their groups: tasks, figures,
 * SLAs) < `analyst` (+ read definitions, instances, history, metrics of every lane)
 * < `developer` (+ deploy, start, workers, incident retry) < `admin` (+ users and tokens).
 */

export { Role };
/** What a route requires: `public` needs no login; a role needs that role or a higher one. */
export type Access = 'public' | Role;

/** Every role, lowest first. */
export const roles = [
  Role.staff,
  Role.supervisor,
  Role.analyst,
  Role.developer,
  Role.admin,
] as const satisfies readonly Role[];

const rank = Object.fromEntries(roles.map((role, index) => [role, index])) as Record<Role, number>;

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
    /** The origin the client used (`https://promesa.example.com`), see `middleware/forwarded.ts`. */
    origin: string;
    /** The client's address, see `middleware/forwarded.ts`. */
    clientAddress: string;
  };
}
