import { connect, type Credentials } from './server-client.ts';
import type { Deployed, Target } from './target.ts';

interface DeployReply {
  deployments: {
    duplicate: boolean;
    definitions: { processId: string; version: number }[];
    warnings: { message: string; line?: number; elementId?: string }[];
  }[];
}

/** The commands' target when they talk to a running server through `/api`. */
export async function serverTarget(url: string, credentials: Credentials): Promise<Target> {
  const server = await connect(url, credentials);
  const user = (name: string) => `/api/users/${encodeURIComponent(name)}`;
  return {
    where: server.url,
    async deploy({ path, name, xml }): Promise<Deployed> {
      const reply = await server.call<DeployReply>('POST', '/api/deployments', { name, xml }, path);
      const [deployment] = reply.deployments;
      return { file: path, ...deployment! };
    },
    async addUser(newUser) {
      await server.call('POST', '/api/users', newUser);
    },
    listUsers: () => server.call('GET', '/api/users'),
    async createToken(username, name) {
      return (await server.call<{ token: string }>('POST', `${user(username)}/tokens`, { name }))
        .token;
    },
    async close() {},
  };
}
