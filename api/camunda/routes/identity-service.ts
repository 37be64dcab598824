import { createRoute, z } from '@hono/zod-openapi';
import type { Identity } from '../../auth/identity.ts';
import { includes } from '../../auth/roles.ts';
import { CamundaError } from '../errors.ts';
import { camundaApp, op, requiredJson } from '../route.ts';

/**
 * `/identity`: a user's groups with their fellow members (what Tasklist shows), the password
 * policy Promesa applies (8 to 1,024 characters), and checking a username and password.
 */

const MIN_LENGTH = 8;
const MAX_LENGTH = 1024;
const rules = [
  { placeholder: 'PASSWORD_POLICY_LENGTH', parameter: { minLength: String(MIN_LENGTH) } },
  { placeholder: 'PASSWORD_POLICY_MAX_LENGTH', parameter: { maxLength: String(MAX_LENGTH) } },
];
const PolicyBody = z
  .object({ password: z.string().max(100_000), profile: z.unknown().optional() })
  .strict();
const Credentials = z.object({ username: z.string().min(1), password: z.string() }).strict();

export function identityServiceRoutes(identity: Identity) {
  const app = camundaApp();

  app.openapi(
    createRoute({
      ...op(
        'get',
        '/identity/groups',
        "A user's groups and their members (your own, or anyone's for admins)",
      ),
      request: { query: z.object({ userId: z.string().min(1) }) },
    }),
    async (c) => {
      const { userId } = c.req.valid('query');
      const principal = c.var.principal!;
      if (userId !== principal.username && !includes(principal.role, 'admin'))
        throw new CamundaError(
          403,
          'AuthorizationException',
          `The user with id '${principal.username}' may read only their own groups`,
          { userId: principal.username, missingAuthorizations: [] },
        );
      const groups = (await identity.store.listGroups()).filter((g) => g.members.includes(userId));
      const users = new Map((await identity.store.listUsers()).map((u) => [u.username, u]));
      const members = [...new Set(groups.flatMap((g) => g.members))].sort();
      return c.json(
        {
          groups: groups.map((g) => ({ id: g.name, name: g.name })),
          groupUsers: members.map((id) => ({
            id,
            firstName: users.get(id)?.displayName ?? null,
            lastName: null,
            displayName: users.get(id)?.displayName ?? id,
          })),
        },
        200,
      );
    },
  );
  app.openapi(createRoute(op('get', '/identity/password-policy', 'The password policy')), (c) =>
    c.json({ rules }, 200),
  );
  app.openapi(
    createRoute({
      ...op('post', '/identity/password-policy', 'Check a password against the policy'),
      request: { body: requiredJson(PolicyBody) },
    }),
    (c) => {
      const { password } = c.req.valid('json');
      const checked = [
        { ...rules[0]!, valid: password.length >= MIN_LENGTH },
        { ...rules[1]!, valid: password.length <= MAX_LENGTH },
      ];
      return c.json({ valid: checked.every((r) => r.valid), rules: checked }, 200);
    },
  );
  app.openapi(
    createRoute({
      ...op(
        'post',
        '/identity/verify',
        'Check a username and password (throttled like every login)',
      ),
      request: { body: requiredJson(Credentials) },
    }),
    async (c) => {
      const { username, password } = c.req.valid('json');
      const principal = await identity.login(username, password, 'basic');
      return c.json(
        principal
          ? { authenticatedUser: username, isAuthenticated: true, tenants: null, groups: null }
          : { authenticatedUser: null, isAuthenticated: false, tenants: null, groups: null },
        200,
      );
    },
  );

  return app;
}
