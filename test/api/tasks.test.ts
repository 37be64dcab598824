import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEngine } from '../../engine/index.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('tasks API', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    await t.deployFiles(
      'processes/customer-request.bpmn',
      'test/processes/conditional-approval.bpmn',
    );
  });
  afterEach(() => t.close());

  const start = (businessKey: string, variables: Record<string, unknown> = {}) =>
    t.json(
      'developer',
      'POST',
      '/api/process-definitions/customer-request/start',
      { businessKey, variables },
      201,
    );
  const tasksOf = async (caller: Parameters<TestApp['call']>[0], query = '') =>
    (await t.json(caller, 'GET', `/api/tasks${query}`)).items;

  it('lists to staff only the tasks offered to their groups, and every task to analysts', async () => {
    await start('customer-1');
    expect((await tasksOf('front')).map((task: any) => task.elementId)).toEqual([
      'classify-request',
    ]);
    expect(await tasksOf('back')).toEqual([]);
    expect(await tasksOf('analyst')).toHaveLength(1);
  });

  it("names each task's process as drawn, in the list and the single read, without reading a definition per task", async () => {
    await start('customer-1');
    await start('customer-2');
    await t.json(
      'developer',
      'POST',
      '/api/process-definitions/conditional-approval/start',
      { variables: { amount: 5000, manager: 'analyst' } },
      201,
    );
    const reads = ['getDefinition', 'latestDefinition', 'listDefinitions', 'getDeployment'].map(
      (method) => vi.spyOn(t.store, method as 'getDefinition'),
    );
    const tasks = await tasksOf('analyst', '?sort=created');
    expect(tasks.map((task: any) => [task.processId, task.processName])).toEqual([
      ['customer-request', 'Customer request'],
      ['customer-request', 'Customer request'],
      // A diagram that names no process: null, and the app shows the id.
      ['conditional-approval', null],
    ]);
    for (const read of reads) expect(read).not.toHaveBeenCalled();
    const detail = await t.json('front', 'GET', `/api/tasks/${tasks[0].id}`);
    expect(detail).toMatchObject({
      processId: 'customer-request',
      processName: 'Customer request',
    });
  });

  it('names the processes of versions this engine has not read yet with one store query for the page', async () => {
    await start('customer-1');
    await start('customer-2');
    // Another engine on the same store (a restart, or a second node) starts with nothing in memory.
    const other = createEngine({ store: t.store, clock: t.clock });
    const listDefinitions = vi.spyOn(t.store, 'listDefinitions');
    const names = await other.processNames(
      (await t.store.listTasks({})).map((task) => task.definitionId),
    );
    expect([...names.values()]).toEqual(['Customer request']);
    expect(listDefinitions).toHaveBeenCalledTimes(1);
    await other.processNames((await t.store.listTasks({})).map((task) => task.definitionId));
    expect(listDefinitions).toHaveBeenCalledTimes(1);
  });

  it("answers 404 when staff ask for another group's task, as for a task that does not exist", async () => {
    await start('customer-1');
    const [task] = await tasksOf('front');
    expect((await t.call('back', 'GET', `/api/tasks/${task.id}`)).status).toBe(404);
    expect((await t.call('back', 'POST', `/api/tasks/${task.id}/claim`)).status).toBe(404);
    expect((await t.call('back', 'GET', `/api/tasks/${task.id}/diagram`)).status).toBe(404);
    // Staff read their task's diagram without reading process definitions.
    const diagram = await t.call('front', 'GET', `/api/tasks/${task.id}/diagram`);
    expect(diagram.headers.get('content-type')).toContain('application/xml');
    expect(await diagram.text()).toContain('<bpmn:userTask id="classify-request"');
    expect(
      (await t.call('front', 'GET', `/api/process-definitions/${task.definitionId}/xml`)).status,
    ).toBe(403);
    const detail = await t.json('front', 'GET', `/api/tasks/${task.id}`);
    expect(detail).toMatchObject({
      elementId: 'classify-request',
      form: {
        key: null,
        fields: expect.arrayContaining([
          expect.objectContaining({ id: 'solvableNow', type: 'boolean', required: true }),
        ]),
      },
      variables: {},
      businessKey: 'customer-1',
    });
  });

  it('serves the form-js form a task links, deployed beside its process, and checks a completion against it', async () => {
    const file = (name: string) => readFile(`test/processes/${name}`, 'utf8');
    await t.engine.deploy({
      name: 'visit-report',
      resources: [
        { name: 'visit-report.bpmn', content: await file('visit-report.bpmn') },
        { name: 'visit-report.form', content: await file('visit-report.form') },
      ],
    });
    await t.json('developer', 'POST', '/api/process-definitions/visit-report/start', {}, 201);
    const [task] = await tasksOf('back', '?processId=visit-report');
    const detail = await t.json('back', 'GET', `/api/tasks/${task.id}`);
    expect(detail.form.schema).toMatchObject({ id: 'visit-report-form' });
    expect(detail.form.fields.map((f: any) => [f.id, f.type])).toEqual([
      ['outcome', 'enum'],
      ['minutes', 'long'],
      ['notes', 'string'],
    ]);

    const refused = await t.call('back', 'POST', `/api/tasks/${task.id}/complete`, {
      variables: { outcome: 'fixed', minutes: 2, notes: 'x'.repeat(201) },
    });
    expect(refused.status).toBe(400);
    const problem = (await refused.json()) as any;
    expect(problem.type).toContain('form-invalid');
    expect(problem.details.problems.map((p: any) => [p.field, p.rule])).toEqual([
      ['minutes', 'min'],
      ['notes', 'maxlength'],
    ]);
    await t.json(
      'back',
      'POST',
      `/api/tasks/${task.id}/complete`,
      {
        variables: { outcome: 'fixed', minutes: 45 },
      },
      204,
    );
  });

  it('names the missing form of a task whose formRef is not deployed', async () => {
    await t.engine.deploy({
      name: 'visit-report.bpmn',
      xml: await readFile('test/processes/visit-report.bpmn', 'utf8'),
    });
    await t.json('developer', 'POST', '/api/process-definitions/visit-report/start', {}, 201);
    const [task] = await tasksOf('back', '?processId=visit-report');
    const answer = await t.call('back', 'GET', `/api/tasks/${task.id}`);
    expect(answer.status).toBe(404);
    expect(JSON.stringify(await answer.json())).toContain('visit-report-form');
  });

  it('filters by candidate group, lane, business key, and due and created windows', async () => {
    await start('customer-1');
    t.clock.advance('PT1M');
    await start('customer-2');
    const created = new Date(t.clock.now()).toISOString();
    expect(
      (await tasksOf('analyst', '?candidateGroup=front-office&lane=Front%20office')).length,
    ).toBe(2);
    expect(
      (await tasksOf('analyst', '?businessKey=customer-2')).map((x: any) => x.businessKey),
    ).toEqual(['customer-2']);
    expect(
      (await tasksOf('analyst', `?createdBefore=${created}`)).map((x: any) => x.businessKey),
    ).toEqual(['customer-1']);
    expect(
      (await tasksOf('analyst', `?createdAfter=${new Date(t.clock.now() - 1).toISOString()}`)).map(
        (x: any) => x.businessKey,
      ),
    ).toEqual(['customer-2']);
    expect(await tasksOf('analyst', '?candidateGroup=back-office')).toEqual([]);
    expect(await tasksOf('analyst', `?dueBefore=${created}`)).toEqual([]);
  });

  it('pages with a cursor that neither repeats nor skips a task while tasks are completed', async () => {
    for (let i = 1; i <= 5; i++) {
      await start(`customer-${i}`);
      t.clock.advance('PT1S');
    }
    const first = await t.json('front', 'GET', '/api/tasks?limit=2&sort=created');
    expect(first.items.map((x: any) => x.businessKey)).toEqual(['customer-1', 'customer-2']);
    // Someone completes a task of the first page while we read on.
    await t.json(
      'front',
      'POST',
      `/api/tasks/${first.items[0].id}/complete`,
      { variables: { solvableNow: true } },
      204,
    );
    const second = await t.json(
      'front',
      'GET',
      `/api/tasks?limit=2&sort=created&cursor=${first.nextCursor}`,
    );
    expect(second.items.map((x: any) => x.businessKey)).toEqual(['customer-3', 'customer-4']);
    const third = await t.json(
      'front',
      'GET',
      `/api/tasks?limit=2&sort=created&cursor=${second.nextCursor}`,
    );
    expect(third.items.map((x: any) => x.businessKey)).toEqual(['customer-5', 'customer-1']);
    expect(third.nextCursor).toBeNull();
  });

  it('sorts by due date and by priority with cursors of that sort', async () => {
    await t.json(
      'developer',
      'POST',
      '/api/process-definitions/conditional-approval/start',
      { variables: { amount: 5000, manager: 'front' } },
      201,
    );
    await start('customer-1');
    const byPriority = await t.json('analyst', 'GET', '/api/tasks?sort=priority&limit=1');
    expect(byPriority.items[0].priority).toBe(80);
    const rest = await t.json(
      'analyst',
      'GET',
      `/api/tasks?sort=priority&limit=1&cursor=${byPriority.nextCursor}`,
    );
    expect(rest.items[0].elementId).toBe('classify-request');
    const byDue = await tasksOf('analyst', '?sort=due');
    expect(byDue.map((x: any) => x.elementId)).toEqual(['manager-approval', 'classify-request']);
    const wrongSort = await t.call(
      'analyst',
      'GET',
      `/api/tasks?sort=due&cursor=${byPriority.nextCursor}`,
    );
    expect(wrongSort.status).toBe(400);
    expect(await wrongSort.json()).toMatchObject({
      type: 'validation-failed',
      details: { field: 'cursor' },
    });
  });

  it('names the offending field of an invalid query and caps the page size', async () => {
    const res = await t.call('front', 'GET', '/api/tasks?sort=soonest');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      type: 'validation-failed',
      details: { in: 'query', field: 'sort' },
    });
    const tooMany = await t.call('front', 'GET', '/api/tasks?limit=100000');
    expect(await tooMany.json()).toMatchObject({ details: { field: 'limit' } });
  });

  it('refuses query parameters a route does not know, naming them, instead of ignoring them', async () => {
    const res = await t.call('front', 'GET', '/api/tasks?asignee=front&limit=5&sort_by=due');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      type: 'validation-failed',
      message: 'Unknown query parameters: asignee, sort_by',
      details: { in: 'query', field: 'asignee' },
    });
    expect((await t.call('front', 'GET', '/api/me?verbose=1')).status).toBe(400);
    expect((await t.call('front', 'GET', '/api/tasks?limit=5')).status).toBe(200);
  });

  it('answers 409 when a task claimed by someone else is claimed, assigned or completed', async () => {
    await t.identity.addUser({ username: 'front-2', role: 'staff', groups: ['front-office'] });
    const other = (await t.identity.createToken('front-2', 'test')).token;
    await start('customer-1');
    const [task] = await tasksOf('front');
    await t.json('front', 'POST', `/api/tasks/${task.id}/claim`, undefined, 204);
    const as = (method: string, path: string, body?: unknown) =>
      t.app.request(path, {
        method,
        headers: { authorization: `Bearer ${other}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const taken = await as('POST', `/api/tasks/${task.id}/claim`);
    expect(taken.status).toBe(409);
    // Who holds it, for the page to say so.
    expect(await taken.json()).toMatchObject({
      type: 'task-claimed',
      details: { assignee: 'front' },
    });
    expect((await as('POST', `/api/tasks/${task.id}/assign`, { assignee: 'front-2' })).status).toBe(
      409,
    );
    expect((await as('POST', `/api/tasks/${task.id}/complete`, {})).status).toBe(409);
    await t.json(
      'front',
      'POST',
      `/api/tasks/${task.id}/complete`,
      { variables: { solvableNow: true } },
      204,
    );
    const again = await t.call('front', 'POST', `/api/tasks/${task.id}/complete`, {});
    expect(again.status).toBe(409);
    const refused = (await again.json()) as { type: string; details: { completedAt: string } };
    // Who completed it and when, so a colleague reads "completed by … a moment ago".
    expect(refused).toMatchObject({ type: 'task-not-open', details: { completedBy: 'front' } });
    expect(refused.details.completedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("lets developers and admins complete a task held by someone else on the assignee's behalf, and history records both", async () => {
    const { id } = await start('customer-1');
    const [task] = await tasksOf('front');
    await t.json('front', 'POST', `/api/tasks/${task.id}/claim`, undefined, 204);
    expect((await t.call('back', 'POST', `/api/tasks/${task.id}/complete`, {})).status).toBe(404);
    await t.json(
      'developer',
      'POST',
      `/api/tasks/${task.id}/complete`,
      { variables: { solvableNow: true } },
      204,
    );
    const completed = (await t.engine.history(id)).find((h) => h.kind === 'task.completed');
    expect(completed).toMatchObject({ userId: 'developer', data: { onBehalfOf: 'front' } });
    expect((await t.engine.getTask(task.id)).completedBy).toBe('developer');
  });

  it('lets exactly one of two staff completing the same task at once succeed, and advances the instance once', async () => {
    await t.identity.addUser({ username: 'front-2', role: 'staff', groups: ['front-office'] });
    const other = (await t.identity.createToken('front-2', 'test')).token;
    const instance = await start('customer-1');
    const [task] = await tasksOf('front');
    const complete = (token: string, solvableNow: boolean) =>
      t.app.request(`/api/tasks/${task.id}/complete`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ variables: { solvableNow } }),
      });
    const statuses = (await Promise.all([complete(t.tokens.front, true), complete(other, false)]))
      .map((r) => r.status)
      .sort();
    expect(statuses).toEqual([204, 409]);
    const after = await t.json('analyst', 'GET', `/api/process-instances/${instance.id}`);
    expect(after.activeElements).toHaveLength(1);
  });

  it('lets exactly one of two staff claiming the same task at once succeed', async () => {
    await t.identity.addUser({ username: 'front-2', role: 'staff', groups: ['front-office'] });
    const other = (await t.identity.createToken('front-2', 'test')).token;
    const instance = await start('customer-1');
    const [task] = await tasksOf('front');
    const claim = (token: string) =>
      t.app.request(`/api/tasks/${task.id}/claim`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
      });
    const responses = await Promise.all([claim(t.tokens.front), claim(other)]);
    expect(responses.map((r) => r.status).sort()).toEqual([204, 409]);
    const loser = responses.find((r) => r.status === 409)!;
    expect(await loser.json()).toMatchObject({
      type: expect.stringMatching(/^task-(changed|claimed)$/),
    });
    const winner = responses[0]!.status === 204 ? 'front' : 'front-2';
    expect((await t.json('front', 'GET', `/api/tasks/${task.id}`)).assignee).toBe(winner);
    const history = await t.json('analyst', 'GET', `/api/history/process-instances/${instance.id}`);
    expect(history.filter((h: any) => h.kind === 'task.claimed').map((h: any) => h.userId)).toEqual(
      [winner],
    );
  });

  it('assigns, unclaims and delegates, and history keeps who delegated to whom', async () => {
    const instance = await start('customer-1');
    const [task] = await tasksOf('front');
    await t.json('front', 'POST', `/api/tasks/${task.id}/assign`, { assignee: 'front' }, 204);
    await t.json('front', 'POST', `/api/tasks/${task.id}/unclaim`, undefined, 204);
    expect((await t.json('front', 'GET', `/api/tasks/${task.id}`)).assignee).toBeNull();
    await t.json('front', 'POST', `/api/tasks/${task.id}/claim`, undefined, 204);
    // Only to someone who may work the task: not to the back office, who is not offered it.
    await t.json('front', 'POST', `/api/tasks/${task.id}/delegate`, { assignee: 'back' }, 400);
    await t.identity.addUser({ username: 'rosa', role: 'staff', groups: ['front-office'] });
    await t.json('front', 'POST', `/api/tasks/${task.id}/delegate`, { assignee: 'rosa' }, 204);
    const history = await t.json('analyst', 'GET', `/api/history/process-instances/${instance.id}`);
    expect(history.find((h: any) => h.kind === 'task.delegated')).toMatchObject({
      userId: 'front',
      data: { taskId: task.id, assignee: 'rosa', owner: 'front' },
    });
  });
});
