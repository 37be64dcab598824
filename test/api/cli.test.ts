import { freePort } from '../support/free-port.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const projectRoot = new URL('../../', import.meta.url).pathname;
const bin = join(projectRoot, 'bin', 'promesa.js');
const dir = mkdtempSync(join(tmpdir(), 'promesa-cli-'));
const adminPassword = 'admin password for the cli test';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs `promesa <args>` as a user would: the installed bin, with `input` typed on stdin. */
function promesa(args: string[], env: Record<string, string> = {}, input = ''): Promise<Run> {
  const started = performance.now();
  const child = spawn(process.execPath, [bin, ...args], {
    cwd: dir,
    env: { ...process.env, PROMESA_URL: '', PROMESA_TOKEN: '', DATABASE_URL: '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdin.end(input);
  return new Promise((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: performance.now() - started })),
  );
}

/** Lines a run wrote to stderr. */
const errorLines = (run: Run) => run.stderr.split('\n').filter(Boolean);

/** `promesa serve` on its own database, as `npm start` runs it. */
async function startServer(port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, [bin, 'serve'], {
    cwd: dir,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: `sqlite:${join(dir, 'server.db')}`,
      PROMESA_ADMIN_PASSWORD: adminPassword,
    },
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    server.stdout!.on('data', (chunk) => {
      output += chunk;
      if (output.includes('listening')) resolve();
    });
    server.on('exit', (code) => reject(new Error(`promesa serve exited with ${code}: ${output}`)));
  });
  return server;
}

describe('the promesa command', () => {
  let server: ChildProcess;
  let url: string;
  let token: string;

  beforeAll(async () => {
    // The first call builds dist/cli when it is missing or stale; later calls only run it.
    await promesa(['--help']);
    url = `http://127.0.0.1:${await freePort()}`;
    server = await startServer(Number(new URL(url).port));
    const created = await promesa(
      ['token', 'create', 'admin', '--name', 'cli test', '--user', 'admin', '--server', url],
      {},
      `${adminPassword}\n`,
    );
    expect(created.code).toBe(0);
    token = created.stdout.trim();
  }, 120_000);

  afterAll(() => {
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers --help in well under a second', async () => {
    const runs = [await promesa(['--help']), await promesa(['--help']), await promesa(['--help'])];
    expect(runs[0]!.stdout).toContain('Usage: promesa <command>');
    // The bound is generous for a loaded test machine; the README gives the figure measured alone.
    expect(Math.min(...runs.map((r) => r.ms))).toBeLessThan(2_000);
  });

  it('deploys to a running server by URL and token, and the server has it', async () => {
    const env = { PROMESA_TOKEN: token };
    const first = await promesa(
      ['deploy', '--server', url, `${projectRoot}test/processes/callback-request.bpmn`],
      env,
    );
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toBe(`deployed callback-request version 1 on ${url}\n`);
    const again = await promesa(['deploy', `${projectRoot}test/processes/callback-request.bpmn`], {
      ...env,
      PROMESA_URL: url,
    });
    expect(again.stdout).toBe(`unchanged callback-request version 1 on ${url}\n`);
    const listed = await fetch(`${url}/api/process-definitions?processId=callback-request`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(await listed.json()).toMatchObject([{ processId: 'callback-request', version: 1 }]);

    // Without a terminal, each password prompt reads the next line: admin's, then ana's.
    const added = await promesa(
      ['users', 'add', 'ana', '--role', 'staff', '--groups', 'front-office', '--server', url],
      { PROMESA_USER: 'admin' },
      `${adminPassword}\nana password 1\n`,
    );
    expect(added.stdout).toBe(`added ana (staff; groups front-office) on ${url}\n`);
    const users = await promesa(['users', 'list', '--server', url], env);
    expect(users.stdout).toContain('ana\tstaff\tfront-office');
  });

  it('says so in one line with a failing exit code: a wrong token, a wrong password, a missing file, a refused diagram, no server', async () => {
    const broken = join(dir, 'broken.bpmn');
    writeFileSync(
      broken,
      `<?xml version="1.0"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
  <bpmn:process id="broken" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="to-nowhere" sourceRef="start" targetRef="nowhere" />
  </bpmn:process>
</bpmn:definitions>`,
    );
    const diagram = `${projectRoot}test/processes/callback-request.bpmn`;
    const closed = `http://127.0.0.1:${await freePort()}`;
    const cases: [string, Run, RegExp][] = [
      [
        'wrong token',
        await promesa(['deploy', '--server', url, diagram], { PROMESA_TOKEN: 'pmt_wrong' }),
        /^promesa: http:\/\/127\.0\.0\.1:\d+ refused the credentials: /,
      ],
      [
        'wrong password',
        await promesa(['users', 'list', '--server', url, '--user', 'admin'], {}, 'not it\n'),
        /refused the credentials/,
      ],
      [
        'missing file',
        await promesa(['deploy', '--server', url, 'missing.bpmn'], { PROMESA_TOKEN: token }),
        /^promesa: cannot read missing\.bpmn: no such file$/,
      ],
      [
        'refused diagram',
        await promesa(['deploy', '--server', url, broken], { PROMESA_TOKEN: token }),
        /^promesa: refused .*broken\.bpmn \(line 5, to-nowhere\): The target of sequence flow 'to-nowhere' is 'nowhere'/,
      ],
      [
        'no server',
        await promesa(['deploy', '--server', closed, diagram], { PROMESA_TOKEN: token }),
        /^promesa: cannot reach Promesa at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/,
      ],
    ];
    for (const [what, run, line] of cases) {
      expect([what, run.code]).toEqual([what, 1]);
      expect([what, errorLines(run)]).toEqual([what, [expect.stringMatching(line)]]);
      expect(run.stdout).toBe('');
    }
  });

  it('writes to a database directly with --database, and says which', async () => {
    const database = `sqlite:${join(dir, 'direct.db')}`;
    const run = await promesa([
      'deploy',
      '--database',
      database,
      `${projectRoot}processes/customer-request.bpmn`,
    ]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(`deployed customer-request version 1 on ${database}\n`);
    // `--database` alone means the server's own database, DATABASE_URL.
    const added = await promesa(
      ['users', 'add', 'luis', '--role', 'developer', '--password', 'luis password', '--database'],
      { DATABASE_URL: database },
    );
    expect(added.stdout).toBe(`added luis (developer) on ${database}\n`);
    const created = await promesa(['token', 'create', 'luis', '--database', database]);
    expect(created.stdout).toMatch(/^pmt_\S+\n$/);
    expect(created.stderr).toBe(
      `created token cli for luis on ${database}; it is shown only once\n`,
    );
    // The running server's database has none of it.
    const users = await promesa(['users', 'list', '--server', url], { PROMESA_TOKEN: token });
    expect(users.stdout).not.toContain('luis');
  });
});
