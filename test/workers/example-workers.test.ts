import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Client } from 'camunda-external-task-client-js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deployShippedProcesses } from '../../processes/deploy-files.ts';
import { announceResolution } from '../../workers/announce-resolution.ts';
import { workerClient, type Connection } from '../../workers/connection.ts';
import { ExampleCrm, type CrmData } from '../../workers/example-crm.ts';
import { mergeRecords } from '../../workers/merge-records.ts';
import { notifyCustomer } from '../../workers/notify-customer.ts';
import { updateCrm } from '../../workers/update-crm.ts';
import { basicUser, startCamundaServer, type CamundaServer } from '../support/camunda-server.ts';

/** Waits for the workers (real HTTP clients) to have done their part; fails after 10 s. */
async function until<T>(what: string, probe: () => Promise<T | undefined | false>): Promise<T> {
  const end = Date.now() + 10_000;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the example workers against a running Promesa with the shipped library', () => {
  let server: CamundaServer;
  let client: Client;
  let dir: string;
  let crm: ExampleCrm;
  let sent: string[];

  beforeEach(async () => {
    server = await startCamundaServer();
    await deployShippedProcesses(server.engine);
    dir = mkdtempSync(join(tmpdir(), 'promesa-crm-'));
    const seed: CrmData = {
      customers: {},
      records: {
        sales: [{ id: 'S-1', name: 'Ana Ruiz', email: 'ana@example.com' }],
        billing: [
          { id: 'B-7', name: 'A. Ruiz', email: 'ANA@example.com ' },
          { id: 'B-8', name: 'Luis Gil', email: 'luis@example.com' },
        ],
        service: [],
      },
    };
    writeFileSync(join(dir, 'crm.json'), JSON.stringify(seed));
    crm = new ExampleCrm(join(dir, 'crm.json'));
    sent = [];
    const connection: Connection = { restUrl: server.restUrl, ...basicUser };
    client = workerClient(connection, 'example-workers');
    notifyCustomer(client, (customer, text) => {
      sent.push(`${customer}: ${text}`);
    });
    updateCrm(client, crm);
    mergeRecords(client, crm);
    announceResolution(client, connection);
  });
  afterEach(async () => {
    client.stop();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const openTask = (instanceId: string, elementId: string) =>
    until(`${elementId} in ${instanceId}`, async () =>
      (await server.engine.listTasks({ instanceId, state: 'open' })).find(
        (task) => task.elementId === elementId,
      ),
    );
  const completed = (instanceId: string) =>
    until(`${instanceId} to complete`, async () =>
      (await server.engine.getInstance(instanceId)).status === 'completed' ? true : undefined,
    );

  it('creates and activates the customer in the CRM and sends the welcome pack', async () => {
    const { id } = await server.engine.start('customer-onboarding', {
      businessKey: 'customer-1',
      variables: { customerName: 'Ana Ruiz', email: 'ana@example.com', plan: 'plus' },
    });
    await server.engine.completeTask((await openTask(id, 'check-documents')).id, {
      variables: { documentsComplete: true },
    });
    await server.engine.completeTask((await openTask(id, 'welcome-call')).id, {
      variables: { welcomed: true },
    });
    await completed(id);
    expect((await crm.read()).customers['customer-1']).toMatchObject({
      name: 'Ana Ruiz',
      status: 'active',
      history: [{ change: 'create-customer' }, { change: 'activate-account' }],
    });
    expect(sent).toEqual(['customer-1: Welcome, Ana Ruiz! Your account is ready.']);
  });

  it('acknowledges a complaint, and once it is closed the survey starts for the same customer', async () => {
    const { id } = await server.engine.start('complaint-handling', {
      businessKey: 'customer-2',
      variables: { channel: 'email', complaint: 'Late delivery' },
    });
    for (const [element, variables] of [
      ['investigate-complaint', { needsInformation: false }],
      ['find-root-cause', { rootCause: 'delivery' }],
      ['apply-remedy', { remedy: 'apology' }],
      ['call-customer-back', { customerConfirmed: true }],
    ] as const)
      await server.engine.completeTask((await openTask(id, element)).id, { variables });
    await completed(id);
    const [survey] = await until('the survey', async () => {
      const found = await server.engine.listInstances({
        processId: 'satisfaction-survey',
        businessKey: 'customer-2',
      });
      return found.length > 0 && found;
    });
    expect(survey!.variables).toMatchObject({ resolvedRequest: 'complaint-handling' });
    await until('the survey notice', async () => sent.length === 2);
    expect(sent).toEqual([
      'customer-2: We have received your complaint and will resolve it within 24 hours.',
      'customer-2: How did we do? Answer our survey from 1 to 5.',
    ]);
  });

  it('finds the duplicates across sales, billing and service, and merges the confirmed one', async () => {
    const { id } = await server.engine.start('duplicate-records', { businessKey: 'review-1' });
    const confirm = await openTask(id, 'confirm-merge');
    const { candidate } = await server.engine.variablesAt(confirm);
    expect(candidate).toEqual({
      id: 'dup-ana@example.com',
      name: 'Ana Ruiz',
      email: 'ana@example.com',
      sales: 'S-1',
      billing: 'B-7',
      service: null,
    });
    await server.engine.completeTask(confirm.id, {
      variables: { sameCustomer: true, keep: 'billing' },
    });
    await completed(id);
    const { records } = await crm.read();
    expect(records.sales[0]).toMatchObject({ id: 'S-1', mergedInto: 'B-7' });
    expect(records.billing.map((r) => r.mergedInto)).toEqual([undefined, undefined]);
  });

  it('makes a step whose notice it has no text for an incident that says so', async () => {
    await server.engine.deploy({
      name: 'birthday.bpmn',
      xml: `<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
        xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://promesa.dev/test">
        <bpmn:process id="birthday" isExecutable="true">
          <bpmn:startEvent id="s" />
          <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="card" />
          <bpmn:serviceTask id="card" camunda:type="external" camunda:topic="notify-customer">
            <bpmn:extensionElements><camunda:inputOutput>
              <camunda:inputParameter name="notice">birthday-card</camunda:inputParameter>
            </camunda:inputOutput></bpmn:extensionElements>
          </bpmn:serviceTask>
          <bpmn:sequenceFlow id="f2" sourceRef="card" targetRef="e" />
          <bpmn:endEvent id="e" />
        </bpmn:process>
      </bpmn:definitions>`,
    });
    const { id } = await server.engine.start('birthday', { businessKey: 'customer-3' });
    const [incident] = await until('the incident', async () => {
      const open = await server.engine.listIncidents({ instanceId: id, open: true });
      return open.length > 0 && open;
    });
    expect(incident).toMatchObject({
      elementId: 'card',
      message: "No notice template 'birthday-card'",
    });
    expect(sent).toEqual([]);
  });
});

describe('an example worker run as a program', () => {
  it('serves its topic with one command, as the README shows', async () => {
    const server = await startCamundaServer();
    await deployShippedProcesses(server.engine);
    const worker = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        fileURLToPath(new URL('../../workers/notify-customer.ts', import.meta.url)),
      ],
      {
        env: {
          ...process.env,
          PROMESA_URL: server.restUrl.replace(/\/engine-rest$/, ''),
          PROMESA_WORKER_USER: basicUser.username,
          PROMESA_WORKER_PASSWORD: basicUser.password,
        },
      },
    );
    let output = '';
    worker.stdout.on('data', (chunk) => {
      output += chunk;
    });
    try {
      const { id } = await server.engine.start('complaint-handling', {
        businessKey: 'customer-9',
        variables: { channel: 'visit', complaint: 'Rude staff' },
      });
      await until('the acknowledgement', async () =>
        (await server.engine.getInstance(id)).activeElements.includes('investigate-complaint'),
      );
      expect(output).toContain(
        'notify customer-9: We have received your complaint and will resolve it within 24 hours.',
      );
    } finally {
      worker.kill();
      await server.stop();
    }
  });

  it('says which settings are missing, in one line', async () => {
    const { PROMESA_WORKER_USER, PROMESA_WORKER_PASSWORD, ...env } = process.env;
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(new URL('../../workers/update-crm.ts', import.meta.url))],
      { env, encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'update-crm: Set PROMESA_WORKER_USER and PROMESA_WORKER_PASSWORD (a password or an API token)',
    );
  });
});
