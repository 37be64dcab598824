import type { Role } from '../../engine/index.ts';

/**
 * Roles and route access. Each role includes the ones before it:
 * `staff` (their own tasks) < `supervisor` (+ steer the lanes of their groups: tasks, figures,
 * SLAs) < `analyst` (+ read definitions, instances, history, metrics of every lane)
 * < `developer` (+ deploy, start, workers, incident retry) < `admin` (+ users and tokens).
 * Types only from the engine: the `promesa` command checks roles without loading the engine.
 */

export type { Role };
/** What a route requires: `public` needs no login; a role needs that role or a higher one. */
export type Access = 'public' | Role;

/** Each role's place in the order; the type makes every role of the engine take one. */
const rank: Record<Role, number> = { staff: 0, supervisor: 1, analyst: 2, developer: 3, admin: 4 };

/** Every role, lowest first. */
export const roles = (Object.keys(rank) as Role[]).sort((a, b) => rank[a] - rank[b]) as [
  Role,
  ...Role[],
];

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
