import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../../api/server.ts';
import type { Role } from '../../../engine/index.ts';
import { deployShippedProcesses } from '../../../processes/deploy-files.ts';

/** A password every browser-test user signs in with. */
export const PASSWORD = 'correct-horse-battery';

/** The users a browser test signs in as. */
export const people = {
  ana: { role: 'analyst', groups: [] },
  /** A second analyst, for a run in the other language (a user's language is remembered). */
  luz: { role: 'analyst', groups: [] },
  dev: { role: 'developer', groups: [] },
  /** A second developer, for a run in the other language. */
  rafa: { role: 'developer', groups: [] },
  eva: { role: 'staff', groups: ['front-office'] },
  /** A second front-office member, for a run in the other language. */
  leo: { role: 'staff', groups: ['front-office'] },
  /** The back office, in Spanish and English, and a colleague for the 409. */
  bea: { role: 'staff', groups: ['back-office'] },
  bruno: { role: 'staff', groups: ['back-office'] },
  carla: { role: 'staff', groups: ['back-office'] },
  sara: { role: 'supervisor', groups: ['supervisors', 'back-office'] },
  /** Supervises the front office. */
  sol: { role: 'supervisor', groups: ['front-office'] },
} as const satisfies Record<string, { role: Role; groups: readonly string[] }>;

export interface PromesaServer {
  running: RunningServer;
  url: string;
  close(): Promise<void>;
}

/**
 * The real server as `npm start` runs it (SQLite file, job loop, the built app at `/`) on a
 * free port, with the shipped processes deployed and one user per entry of `people`.
 */
export async function startPromesa(): Promise<PromesaServer> {
  const dir = mkdtempSync(join(tmpdir(), 'promesa-e2e-'));
  const running = await startServer(
    {
      port: 0,
      databaseUrl: `sqlite:${join(dir, 'promesa.db')}`,
      allowJavaScript: false,
      adminPassword: PASSWORD,
    },
    () => {},
  );
  await deployShippedProcesses(running.engine);
  for (const [username, spec] of Object.entries(people))
    await running.identity.addUser({
      username,
      role: spec.role,
      groups: [...spec.groups],
      password: PASSWORD,
    });
  const { port } = running.server.address() as AddressInfo;
  return {
    running,
    url: `http://127.0.0.1:${port}`,
    async close() {
      await running.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
