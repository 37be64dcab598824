import { freePort } from './free-port.ts';
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A PostgreSQL server of its own for one test run, from the PostgreSQL binaries installed on the
 * machine: a new cluster in a temporary directory (`initdb`, trust authentication on loopback,
 * superuser `promesa`), on a free port, without fsync (the tests stop no database), stopped and
 * removed at the end. Running as root, the server runs as the `postgres` user, as PostgreSQL
 * requires. Lets `npm test` run both halves on a machine where nobody set PostgreSQL up.
 */
export interface ThrowawayPostgres {
  url: string;
  stop(): void;
}

/** Where `initdb` and `pg_ctl` are: the newest of Debian's versions, else `pg_config --bindir`. */
export function postgresBinaries(): string | undefined {
  const debian = '/usr/lib/postgresql';
  const versions = existsSync(debian)
    ? readdirSync(debian).sort((a, b) => Number(b) - Number(a))
    : [];
  const candidates = versions.map((version) => join(debian, version, 'bin'));
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim());
  } catch {
    // No pg_config on the PATH: only Debian's layout is looked at.
  }
  return candidates.find(
    (bin) => existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl')),
  );
}

/** Starts the server; throws when a step fails, with the step's output. */
export async function startThrowawayPostgres(bin: string): Promise<ThrowawayPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'promesa-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  const run = (tool: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], {
          stdio: 'pipe',
        })
      : execFileSync(join(bin, tool), args, { stdio: 'pipe' });
  const port = await freePort();
  const stop = () => {
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
    } catch {
      // Not running (it never started, or it was stopped already).
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run('initdb', ['-D', data, '-U', 'promesa', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
    const settings = [
      `-p ${port}`,
      `-k ${dir}`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
    ].join(' ');
    run('pg_ctl', [
      '-D',
      data,
      '-l',
      join(dir, 'server.log'),
      '-o',
      settings,
      '-w',
      '-t',
      '60',
      'start',
    ]);
  } catch (error) {
    stop();
    const output = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(`Could not start a throwaway PostgreSQL from ${bin}: ${output || error}`);
  }
  // A run killed before its teardown still stops its server when the process exits.
  process.once('exit', stop);
  return {
    url: `postgres://promesa@127.0.0.1:${port}/postgres`,
    stop() {
      process.removeListener('exit', stop);
      stop();
    },
  };
}
