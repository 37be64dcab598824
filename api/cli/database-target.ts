import { createEngine, ModelError } from '../../engine/index.ts';
import { Identity } from '../auth/identity.ts';
import { configFromEnv, openStores } from '../server.ts';
import { CliError, problemLine } from './errors.ts';
import type { Target } from './target.ts';

/**
 * The commands' target when they write to a database without a server (setting one up, or
 * repairing it): the same engine and identity code the server runs, on `databaseUrl`.
 */
export async function databaseTarget(databaseUrl: string): Promise<Target> {
  const where = withoutPassword(databaseUrl);
  const { store, identityStore } = await openStores(databaseUrl).catch((error: Error) => {
    throw new CliError([`cannot open ${where}: ${error.message}`]);
  });
  const engine = createEngine({ store, allowJavaScript: configFromEnv().allowJavaScript });
  const identity = new Identity(identityStore);
  return {
    where,
    async deploy({ path, name, xml }) {
      try {
        const result = await engine.deploy({ name, xml });
        return { file: path, ...result };
      } catch (error) {
        if (!(error instanceof ModelError)) throw error;
        const problems = error.details.problems ?? [{ message: error.message }];
        throw new CliError(problems.map((p) => `refused ${problemLine(path, p)}`));
      }
    },
    async addUser(user) {
      await identity.addUser(user);
    },
    async listUsers() {
      const users = await identityStore.listUsers();
      return Promise.all(
        users.map(async (u) => ({
          username: u.username,
          role: u.role,
          groups: await identityStore.groupsOf(u.username),
        })),
      );
    },
    async createToken(username, name) {
      return (await identity.createToken(username, name)).token;
    },
    async close() {
      await engine.close();
      await store.close();
    },
  };
}

/** `postgres://user:secret@host/db` → `postgres://user@host/db`: a password is never printed. */
function withoutPassword(databaseUrl: string): string {
  if (!URL.canParse(databaseUrl)) return databaseUrl;
  const url = new URL(databaseUrl);
  if (!url.password) return databaseUrl;
  url.password = '';
  return url.href;
}
