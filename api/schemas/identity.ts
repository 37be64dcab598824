import { z } from '@hono/zod-openapi';
import type { ApiTokenRecord, UserRecord } from '../../engine/index.ts';
import { roles } from '../auth/roles.ts';
import { Instant, iso } from './common.ts';

/** Users, groups, API tokens and the browser session. */

export const RoleSchema = z.enum(roles);
const Groups = z.array(z.string().min(1).max(100)).max(100);
const Password = z.string().min(8).max(1024);

export const User = z
  .object({
    username: z.string(),
    displayName: z.string().nullable(),
    role: RoleSchema,
    groups: z.array(z.string()),
    disabled: z.boolean(),
    absent: z.boolean().openapi({
      description: 'Away: lanes that hand out their work (round-robin, least-busy) skip them',
    }),
    createdAt: Instant,
  })
  .openapi('User');

export const NewUserBody = z
  .object({
    username: z.string().min(1).max(64).openapi({ example: 'ana' }),
    password: Password.optional().openapi({
      description: 'Omit for a user who signs in only with API tokens',
    }),
    role: RoleSchema,
    groups: Groups.optional().openapi({ example: ['front-office'] }),
    displayName: z.string().max(200).optional(),
  })
  .openapi('NewUser');

export const UserPatchBody = z
  .object({
    password: Password.optional(),
    role: RoleSchema.optional(),
    groups: Groups.optional(),
    displayName: z.string().max(200).nullable().optional(),
    disabled: z.boolean().optional(),
    absent: z.boolean().optional(),
  })
  .openapi('UserPatch');

export const UsernameParams = z.object({ username: z.string().min(1).max(64) });

/** The languages the browser app speaks. */
export const LanguageSchema = z.enum(['es', 'en']);

/** A task-list filter a user keeps: a name and the list's query string. */
export const SavedFilter = z
  .object({
    name: z.string().trim().min(1).max(60),
    query: z
      .string()
      .max(500)
      .regex(/^(\?.*)?$/)
      .openapi({ example: '?queue=mine&sla=breached' }),
  })
  .openapi('SavedFilter');

/** At most this many saved filters per user. */
export const MAX_SAVED_FILTERS = 20;

export const Me = z
  .object({
    username: z.string(),
    role: RoleSchema,
    groups: z.array(z.string()),
    language: LanguageSchema.nullable().openapi({
      description: 'The language the user chose in the browser app; null until they choose',
    }),
    savedFilters: z.array(SavedFilter).openapi({
      description: 'Task-list filters the user saved, kept with the account for every device',
    }),
  })
  .openapi('Me');

export const SessionState = z.object({ user: Me.nullable() }).openapi('SessionState');

export const MePatchBody = z
  .object({
    language: LanguageSchema.optional(),
    savedFilters: z.array(SavedFilter).max(MAX_SAVED_FILTERS).optional().openapi({
      description: 'Replaces the saved filters (names unique)',
    }),
  })
  .refine((patch) => patch.language !== undefined || patch.savedFilters !== undefined, {
    message: 'Give language or savedFilters',
  })
  .refine(
    (patch) =>
      new Set(patch.savedFilters?.map((f) => f.name)).size === (patch.savedFilters?.length ?? 0),
    { message: 'Saved filter names must be unique', path: ['savedFilters'] },
  )
  .openapi('MePatch');

export const LoginBody = z
  .object({ username: z.string().min(1).max(64), password: z.string().min(1).max(1024) })
  .openapi('Login');

export const Token = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: Instant,
    expiresAt: Instant.nullable(),
    lastUsedAt: Instant.nullable(),
  })
  .openapi('ApiToken');

export const NewTokenBody = z
  .object({
    name: z.string().min(1).max(200).openapi({ example: 'credit-check worker' }),
    expiresInDays: z.number().int().min(1).max(3650).optional(),
  })
  .openapi('NewApiToken');

export const CreatedToken = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: Instant,
    token: z
      .string()
      .openapi({ description: 'Shown once; send as `Authorization: Bearer <token>`' }),
  })
  .openapi('CreatedApiToken');

export const toUser = (u: UserRecord, groups: string[]): z.infer<typeof User> => ({
  username: u.username,
  displayName: u.displayName ?? null,
  role: u.role,
  groups,
  disabled: u.disabled,
  absent: u.absent ?? false,
  createdAt: iso(u.createdAt),
});

export const toToken = (t: ApiTokenRecord): z.infer<typeof Token> => ({
  id: t.id,
  name: t.name,
  createdAt: iso(t.createdAt),
  expiresAt: iso(t.expiresAt),
  lastUsedAt: iso(t.lastUsedAt),
});
