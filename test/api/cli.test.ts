import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'promesa-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cli = new URL('../../api/cli.ts', import.meta.url).pathname;
const projectRoot = new URL('../../', import.meta.url).pathname;

/** Runs `promesa <args>` as a user would, against its own database file. */
async function promesa(
  args: string[],
  databaseUrl: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', cli, ...args], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('promesa deploy', () => {
  it('deploys the shipped processes from the command line, and identical files only once', async () => {
    const databaseUrl = `sqlite:${join(dir, 'cli.db')}`;
    const first = await promesa(
      ['deploy', 'processes/customer-request.bpmn', 'processes/complaint-handling.bpmn'],
      databaseUrl,
    );
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('deployed customer-request version 1');
    expect(first.stdout).toContain('deployed complaint-handling version 1');
    const again = await promesa(['deploy', 'processes/customer-request.bpmn'], databaseUrl);
    expect(again.stdout).toContain('unchanged customer-request version 1');
  }, 60_000);

  it('refuses a broken diagram naming the element and the line, with a failing exit code', async () => {
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
    const result = await promesa(['deploy', broken], `sqlite:${join(dir, 'broken.db')}`);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/to-nowhere.*line 5/);
  }, 60_000);
});
