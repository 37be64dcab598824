import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { HttpError } from '../middleware/error-handler.ts';
import { includes, type Access, type AppEnv } from './roles.ts';

/**
 * Who may call which route: the one table. Keys are `METHOD /path` exactly as the route is
 * registered (`:param` style). `authorize` refuses any route missing here, and the
 * authorization matrix test walks `app.routes` against it.
 */
export const apiAccess = {
  'GET /api/health': 'public',
  'GET /api/ready': 'public',
  'GET /api/openapi.json': 'public',
  'GET /api/docs': 'public',
  'POST /api/session': 'public',
  'GET /api/session': 'public',
  'DELETE /api/session': 'staff',
  'GET /api/me': 'staff',
  'PATCH /api/me': 'staff',

  'GET /api/tasks': 'staff',
  'GET /api/tasks/:id': 'staff',
  'GET /api/tasks/:id/diagram': 'staff',
  'POST /api/tasks/:id/claim': 'staff',
  'POST /api/tasks/:id/unclaim': 'staff',
  'POST /api/tasks/:id/assign': 'staff',
  'POST /api/tasks/:id/delegate': 'staff',
  'POST /api/tasks/:id/complete': 'staff',
  'GET /api/tasks/:id/comments': 'staff',
  'POST /api/tasks/:id/comments': 'staff',
  'GET /api/events': 'staff',
  'GET /api/history/customers': 'staff',
  'GET /api/history/customers/:businessKey': 'staff',
  // Candidate starters start their processes and correlate their start messages; the routes
  // check the process (`starters.ts`), developers start any.
  'GET /api/process-definitions/startable': 'staff',
  'POST /api/process-definitions/:id/start': 'staff',
  'POST /api/messages': 'staff',

  // Staff read the promises they work to; supervisors (and above) change them, supervisors
  // those the processes of their lanes read (`routes/sla-policies.ts`).
  'GET /api/sla-policies': 'staff',
  'GET /api/sla-policies/:id': 'staff',
  'POST /api/sla-policies': 'supervisor',
  'PUT /api/sla-policies/:id': 'supervisor',
  'DELETE /api/sla-policies/:id': 'supervisor',
  // Supervisors watch the lanes of their groups and move a customer's promise (a premium
  // customer); the routes limit them to those lanes (`supervision.ts`), analysts see every lane.
  'GET /api/metrics/open-work': 'supervisor',
  'GET /api/metrics/sla': 'supervisor',
  'GET /api/metrics/escalations': 'supervisor',
  'GET /api/process-instances/:id/slas': 'supervisor',
  // Supervisors also read, without acting on them, the instances their lanes worked on and the
  // versions that have one of their lanes (`instance-access.ts`); analysts read every one.
  'GET /api/process-instances/:id': 'supervisor',
  'GET /api/history/process-instances/:id': 'supervisor',
  'GET /api/process-definitions/:id': 'supervisor',
  'GET /api/process-definitions/:id/xml': 'supervisor',
  'POST /api/process-instances/:id/slas/:slaId/retarget': 'supervisor',
  // Supervisors see who works their lanes and mark them away (`teams.ts` limits them to their groups).
  'GET /api/teams': 'supervisor',
  'PUT /api/users/:username/absence': 'supervisor',

  'GET /api/deployments': 'analyst',
  'GET /api/process-definitions': 'analyst',
  'GET /api/process-instances': 'analyst',
  'GET /api/incidents': 'analyst',
  'GET /api/metrics/process-definitions/:id/elements': 'analyst',
  'GET /api/metrics/instances': 'analyst',
  'GET /api/touchpoints': 'analyst',
  'GET /api/inventory': 'analyst',

  // Each user's own drafts (another's answers 404): analysts draw, staff do not.
  'GET /api/drafts': 'analyst',
  'POST /api/drafts': 'analyst',
  'GET /api/drafts/:id': 'analyst',
  'PUT /api/drafts/:id': 'analyst',
  'DELETE /api/drafts/:id': 'analyst',

  'POST /api/deployments': 'developer',
  // Analysts check what they draw; deploying it stays with developers.
  'POST /api/deployments/check': 'analyst',
  'DELETE /api/process-definitions/:id': 'developer',
  'POST /api/process-instances/:id/variables': 'developer',
  'POST /api/process-instances/:id/cancel': 'developer',
  'POST /api/process-instances/:id/suspend': 'developer',
  'POST /api/process-instances/:id/resume': 'developer',
  'POST /api/incidents/:id/retry': 'developer',
  'POST /api/signals': 'developer',
  'POST /api/external-tasks/fetch-and-lock': 'developer',
  'POST /api/external-tasks/:id/complete': 'developer',
  'POST /api/external-tasks/:id/failure': 'developer',
  'POST /api/external-tasks/:id/bpmn-error': 'developer',
  'POST /api/external-tasks/:id/extend-lock': 'developer',
  'POST /api/external-tasks/:id/unlock': 'developer',

  'GET /api/users': 'admin',
  'POST /api/users': 'admin',
  'GET /api/users/:username': 'admin',
  'PATCH /api/users/:username': 'admin',
  'DELETE /api/users/:username': 'admin',
  'GET /api/users/:username/tokens': 'admin',
  'POST /api/users/:username/tokens': 'admin',
  'DELETE /api/users/:username/tokens/:tokenId': 'admin',
} as const satisfies Record<string, Access>;

/** `METHOD /path` of the route a request matched (its handler, not a wildcard middleware). */
export function routeKey(method: string, path: string): string {
  return `${method} ${path}`;
}

/**
 * Checks the matched route against `table` after `authenticate`: 401 without a principal,
 * 403 below the required role, 500 for a route the table does not declare (deny by default).
 * Requests matching no route pass on to the 404 handler.
 */
export function authorize(table: Readonly<Record<string, Access>>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const route = matchedRoutes(c).find((r) => r.method !== 'ALL');
    if (!route) return next();
    const key = routeKey(route.method, route.path);
    const required = table[key];
    if (required === undefined)
      throw new HttpError(500, 'route-without-access-rule', `Route ${key} declares no access rule`);
    if (required !== 'public') {
      const principal = c.get('principal');
      if (!principal)
        throw new HttpError(
          401,
          'authentication-required',
          'Log in, or send an API token as a bearer token',
        );
      if (!includes(principal.role, required)) {
        throw new HttpError(
          403,
          'forbidden',
          `${key} needs the ${required} role; ${principal.username} is ${principal.role}`,
          { requiredRole: required },
        );
      }
    }
    return next();
  };
}
