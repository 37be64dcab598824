import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type ServerConfig, startServer } from './server.ts';

const dir = mkdtempSync(join(tmpdir(), 'promesa-port-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const config = (port: number, file: string): ServerConfig => ({
  port,
  hostname: '127.0.0.1',
  databaseUrl: `sqlite:${join(dir, file)}`,
  allowJavaScript: false,
  adminPassword: 'port-password',
  appDir: 'no-browser-app',
  cleanupCron: 'off',
});

describe('a server started on a port that is taken', () => {
  it('refuses with one line naming the port, and the server already there keeps serving', async () => {
    const first = await startServer(config(0, 'first.db'), () => {});
    try {
      const { port } = first.server.address() as AddressInfo;
      await expect(startServer(config(port, 'second.db'), () => {})).rejects.toThrow(
        `port ${port} is in use by another program; set PORT to a free port`,
      );
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(health.status).toBe(200);
    } finally {
      await first.stop();
    }
  });
});
