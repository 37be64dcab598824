import { BasicAuthInterceptor, Client, Variables } from 'camunda-external-task-client-js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  basicUser,
  read,
  startCamundaServer,
  type CamundaServer,
} from '../support/camunda-server.ts';

/**
 * Resolves once the client has emitted each event the given number of times; rejects on the
 * first error event (a failed poll, a handler that threw, a refused worker call).
 */
function clientEvents(client: Client, expected: Record<string, number>): Promise<void> {
  return new Promise((resolve, reject) => {
    const counts = new Map(Object.keys(expected).map((name) => [name, 0]));
    for (const name of Object.keys(expected)) {
      client.on(name, () => {
        counts.set(name, counts.get(name)! + 1);
        if ([...counts].every(([event, n]) => n >= expected[event]!)) resolve();
      });
    }
    for (const name of [
      'poll:error',
      'handler:error',
      'complete:error',
      'handleFailure:error',
      'handleBpmnError:error',
      'extendLock:error',
      'lock:error',
      'unlock:error',
    ]) {
      client.on(name, (...args: unknown[]) => reject(new Error(`${name}: ${String(args.at(-1))}`)));
    }
  });
}

describe('the unmodified camunda-external-task-client-js against a running Promesa', () => {
  let server: CamundaServer;
  let client: Client | undefined;
  beforeEach(async () => {
    server = await startCamundaServer();
    await server.deployFiles('test/processes/external-work.bpmn');
  });
  afterEach(async () => {
    client?.stop();
    await server.stop();
  });

  it('completes, fails until an incident, and BPMN-errors external tasks, and each instance moves on as in Camunda', async () => {
    client = new Client({
      baseUrl: server.restUrl,
      workerId: 'credit-worker',
      interval: 20,
      lockDuration: 30_000,
      asyncResponseTimeout: 10_000, // long polling: the first poll parks until the instances below create work
      interceptors: new BasicAuthInterceptor(basicUser),
    });
    const attempts = new Map<string, number>();
    const fetched: {
      action: string;
      amount: unknown;
      amountType: string | undefined;
      retries: number | null;
    }[] = [];
    const done = clientEvents(client, {
      'complete:success': 1,
      'lock:success': 1,
      'extendLock:success': 1,
      'unlock:success': 1,
      'handleFailure:success': 2,
      'handleBpmnError:success': 1,
    });

    client.subscribe('credit-check', async ({ task, taskService }) => {
      const attempt = (attempts.get(task.id) ?? 0) + 1;
      attempts.set(task.id, attempt);
      const action = task.variables.get('action') as string;
      fetched.push({
        action,
        amount: task.variables.get('amount'),
        amountType: task.variables.getTyped('amount')?.type,
        retries: task.retries,
      });
      if (action === 'approve') {
        await taskService.lock(task, 45_000);
        await taskService.extendLock(task, 60_000);
        const result = new Variables()
          .set('score', 700)
          .set('checkedAt', new Date('2026-01-05T09:30:00Z'))
          .set('report', { bureau: 'central', flags: ['none'] });
        await taskService.complete(task, result);
      } else if (action === 'fail') {
        // First attempt gives the task back, the second fails with a retry left, the third with none.
        if (attempt === 1) await taskService.unlock(task);
        else
          await taskService.handleFailure(task, {
            errorMessage: 'bureau down',
            errorDetails: 'connect timeout',
            retries: attempt === 2 ? 1 : 0,
            retryTimeout: 0,
          });
      } else {
        await taskService.handleBpmnError(
          task,
          'CREDIT_REFUSED',
          'score too low',
          new Variables().set('refusal', 'score too low'),
        );
      }
    });

    const start = (businessKey: string, action: string) =>
      server.engine.start('external-work', { businessKey, variables: { action, amount: 1200 } });
    const approved = await start('customer-1', 'approve');
    const failing = await start('customer-2', 'fail');
    const refused = await start('customer-3', 'refuse');
    await done;

    expect(fetched.filter((f) => f.action === 'approve')).toEqual([
      { action: 'approve', amount: 1200, amountType: 'integer', retries: null },
    ]);
    expect(fetched.filter((f) => f.action === 'fail').map((f) => f.retries)).toEqual([
      null,
      null,
      1,
    ]);

    const approvedNow = await server.engine.getInstance(approved.id);
    expect(approvedNow.status).toBe('completed');
    expect(approvedNow.variables).toMatchObject({
      score: 700,
      checkedAt: '2026-01-05T09:30:00.000Z',
      report: { bureau: 'central', flags: ['none'] },
    });

    const failingNow = await server.engine.getInstance(failing.id);
    expect(failingNow).toMatchObject({ status: 'active', activeElements: ['check-credit'] });
    const incidents = await server.engine.listIncidents({ instanceId: failing.id, open: true });
    expect(incidents).toMatchObject([
      { type: 'failedExternalTask', elementId: 'check-credit', message: 'bureau down' },
    ]);

    const refusedNow = await server.engine.getInstance(refused.id);
    expect(refusedNow).toMatchObject({
      status: 'active',
      activeElements: ['call-customer'],
      variables: { refusal: 'score too low' },
    });

    // An incident takes the task out of the pool: no worker can fetch it any more.
    const probe = await server.rest('POST', '/external-task/fetchAndLock', {
      workerId: 'probe',
      maxTasks: 10,
      topics: [{ topicName: 'credit-check', lockDuration: 1000 }],
    });
    expect(await read(probe)).toEqual([]);
    expect([...attempts.values()].sort()).toEqual([1, 1, 3]);
  });

  it('is refused with 401 and the Camunda error body when the password is wrong', async () => {
    client = new Client({
      baseUrl: server.restUrl,
      interval: 20,
      autoPoll: false,
      interceptors: new BasicAuthInterceptor({ username: basicUser.username, password: 'wrong' }),
    });
    const failed = new Promise<{ httpStatusCode: number; type: string }>((resolve) =>
      client!.on('poll:error', resolve),
    );
    client.subscribe('credit-check', () => {});
    client.start();
    expect(await failed).toMatchObject({ httpStatusCode: 401, type: 'AuthenticationException' });
  });
});
