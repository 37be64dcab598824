import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/**
 * The `supervisor` caller supervises the back office. Two customer requests: one deferred to the
 * back office (`resolve-request`, 24 hours), one answered by the front office
 * (`answer-customer`, 3 minutes).
 */
describe('a supervisor of the back office', () => {
  let t: TestApp;
  let back: { instanceId: string; taskId: string; slaId: string };
  let front: { instanceId: string; taskId: string; slaId: string };

  async function request(businessKey: string, solvableNow: boolean) {
    const instance = await t.json(
      'developer',
      'POST',
      '/api/process-definitions/customer-request/start',
      { businessKey },
      201,
    );
    const [classify] = await t.engine.listTasks({ instanceId: instance.id, state: 'open' });
    await t.json(
      'front',
      'POST',
      `/api/tasks/${classify!.id}/complete`,
      { variables: { solvableNow } },
      204,
    );
    const [task] = await t.engine.listTasks({ instanceId: instance.id, state: 'open' });
    const [sla] = await t.engine.listSlas({ instanceId: instance.id, taskIds: [task!.id] });
    return { instanceId: instance.id as string, taskId: task!.id, slaId: sla!.id };
  }

  beforeAll(async () => {
    t = await startTestApp();
    await t.deployFiles('processes/customer-request.bpmn');
    // Two back-office colleagues a supervisor hands work to (only users who may work it).
    for (const username of ['ana', 'luis'])
      await t.identity.addUser({ username, role: 'staff', groups: ['back-office'] });
    back = await request('customer-1', false);
    front = await request('customer-2', true);
  });
  afterAll(() => t.close());

  it("sees the back office's tasks and not the front office's", async () => {
    const { items } = await t.json('supervisor', 'GET', '/api/tasks');
    expect(items.map((task: { id: string }) => task.id)).toEqual([back.taskId]);
    expect((await t.call('supervisor', 'GET', `/api/tasks/${front.taskId}`)).status).toBe(404);
  });

  it("assigns and delegates back-office tasks, also when someone else holds them, and is refused on the front office's", async () => {
    await t.json('back', 'POST', `/api/tasks/${back.taskId}/claim`, undefined, 204);
    await t.json(
      'supervisor',
      'POST',
      `/api/tasks/${back.taskId}/assign`,
      { assignee: 'ana' },
      204,
    );
    expect((await t.engine.getTask(back.taskId)).assignee).toBe('ana');
    // Staff cannot take a task from a colleague, nor delegate it for them.
    await t.json('back', 'POST', `/api/tasks/${back.taskId}/assign`, { assignee: 'back' }, 409);
    await t.json('back', 'POST', `/api/tasks/${back.taskId}/delegate`, { assignee: 'back' }, 409);
    await t.json(
      'supervisor',
      'POST',
      `/api/tasks/${back.taskId}/delegate`,
      { assignee: 'luis' },
      204,
    );
    expect((await t.engine.getTask(back.taskId)).assignee).toBe('luis');
    const refused = await t.call('supervisor', 'POST', `/api/tasks/${front.taskId}/assign`, {
      assignee: 'ana',
    });
    expect(refused.status).toBe(404);
    expect((await t.engine.getTask(front.taskId)).assignee).toBeNull();
  });

  it("sees and re-targets the back office's SLAs, and is refused on the front office's", async () => {
    const slas = await t.json(
      'supervisor',
      'GET',
      `/api/process-instances/${back.instanceId}/slas`,
    );
    expect(slas.map((s: { id: string }) => s.id)).toEqual([back.slaId]);
    expect(
      (await t.call('supervisor', 'GET', `/api/process-instances/${front.instanceId}/slas`)).status,
    ).toBe(404);

    const moved = await t.json(
      'supervisor',
      'POST',
      `/api/process-instances/${back.instanceId}/slas/${back.slaId}/retarget`,
      { duration: 'PT48H' },
    );
    expect(Date.parse(moved.targetAt) - Date.parse(moved.startedAt)).toBe(48 * 3_600_000);
    const refused = await t.call(
      'supervisor',
      'POST',
      `/api/process-instances/${front.instanceId}/slas/${front.slaId}/retarget`,
      { duration: 'PT1H' },
    );
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ type: 'lane-not-steered' });
    const [unmoved] = await t.engine.listSlas({ instanceId: front.instanceId });
    expect(unmoved!.targetAt - unmoved!.startedAt).toBe(3 * 60_000);
  });

  it("reads the back office's figures only", async () => {
    const openWork = await t.json('supervisor', 'GET', '/api/metrics/open-work');
    expect(openWork.byLane).toEqual([
      { lane: 'Back office', open: 1, overdue: 0, dueSoon: 0, byAge: [1, 0, 0, 0] },
    ]);
    expect(openWork.byProcess).toEqual([
      { processId: 'customer-request', open: 1, overdue: 0, dueSoon: 0, byAge: [1, 0, 0, 0] },
    ]);
    const analyst = await t.json('analyst', 'GET', '/api/metrics/open-work');
    expect(analyst.byLane.map((l: { lane: string }) => l.lane)).toEqual([
      'Back office',
      'Front office',
    ]);

    const sla = await t.json('supervisor', 'GET', '/api/metrics/sla');
    expect(sla.byLane.map((l: { lane: string }) => l.lane)).toEqual(['Back office']);
    expect(sla.openByLane.map((l: { lane: string }) => l.lane)).toEqual(['Back office']);
    expect(sla.byElement.map((e: { elementId: string }) => e.elementId)).toEqual([
      'resolve-request',
    ]);
    expect(sla.byProcess).toEqual([]);
    expect(
      (await t.json('supervisor', 'GET', '/api/metrics/escalations?from=2000-01-01T00:00:00Z'))
        .items,
    ).toEqual([]);
  });

  it("reads the instances the back office worked on, read-only, and not the front office's", async () => {
    const instance = await t.json('supervisor', 'GET', `/api/process-instances/${back.instanceId}`);
    expect(instance.businessKey).toBe('customer-1');
    const log = await t.json(
      'supervisor',
      'GET',
      `/api/history/process-instances/${back.instanceId}`,
    );
    expect(log.length).toBeGreaterThan(0);
    const version = await t.json(
      'supervisor',
      'GET',
      `/api/process-definitions/${instance.definitionId}`,
    );
    expect(version.processId).toBe('customer-request');
    const xml = await t.call(
      'supervisor',
      'GET',
      `/api/process-definitions/${instance.definitionId}/xml`,
    );
    expect(xml.status).toBe(200);

    // The front office's request: no back-office task, no back-office promise.
    for (const path of [
      `/api/process-instances/${front.instanceId}`,
      `/api/history/process-instances/${front.instanceId}`,
    ])
      expect([path, (await t.call('supervisor', 'GET', path)).status]).toEqual([path, 404]);
    // A supervisor of the front office reads both: each began with its classification.
    await t.identity.addUser({ username: 'fiona', role: 'supervisor', groups: ['front-office'] });
    const fiona = await t.identity.createToken('fiona', 'test');
    const asFiona = (path: string) =>
      t.app.request(path, { headers: { authorization: `Bearer ${fiona.token}` } });
    expect((await asFiona(`/api/process-instances/${front.instanceId}`)).status).toBe(200);
    expect((await asFiona(`/api/process-instances/${back.instanceId}`)).status).toBe(200);
  });

  it('reads a version without lanes that offers a task to the back office, and not one that does not', async () => {
    // case-review.bpmn has no lanes: its tasks name the back office; order-intake names the front office's.
    await t.deployFiles('test/processes/case-review.bpmn', 'test/processes/order-intake.bpmn');
    const [caseReview, orderIntake] = await Promise.all(
      ['case-review', 'order-intake'].map(
        async (processId) =>
          (await t.engine.listDefinitions({ processId, latestOnly: true }))[0]!.id,
      ),
    );
    for (const path of [
      `/api/process-definitions/${caseReview}`,
      `/api/process-definitions/${caseReview}/xml`,
    ])
      expect([path, (await t.call('supervisor', 'GET', path)).status]).toEqual([path, 200]);
    for (const path of [
      `/api/process-definitions/${orderIntake}`,
      `/api/process-definitions/${orderIntake}/xml`,
    ])
      expect([path, (await t.call('supervisor', 'GET', path)).status]).toEqual([path, 404]);
  });

  it('is refused on deployments, the catalogue, acting on instances and users; staff read no instance', async () => {
    for (const path of [
      `/api/process-instances/${back.instanceId}`,
      `/api/history/process-instances/${back.instanceId}`,
      `/api/process-definitions/customer-request`,
    ])
      expect([path, (await t.call('back', 'GET', path)).status]).toEqual([path, 403]);
    const refused = [
      ['GET', '/api/deployments'],
      ['POST', '/api/deployments'],
      ['GET', '/api/process-definitions'],
      ['POST', '/api/process-definitions/customer-request/start'],
      ['POST', `/api/process-instances/${back.instanceId}/cancel`],
      ['POST', `/api/process-instances/${back.instanceId}/variables`],
      ['GET', '/api/incidents'],
      ['GET', '/api/users'],
      ['POST', '/api/users'],
      ['POST', '/api/users/supervisor/tokens'],
    ] as const;
    for (const [method, path] of refused)
      expect([
        method,
        path,
        (await t.call('supervisor', method, path, method === 'GET' ? undefined : {})).status,
      ]).toEqual([method, path, 403]);
  });
});
