import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { read } from '../support/camunda-server.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/**
 * Changing a task through `/engine-rest`: `PUT /task/{id}` and its identity links, on
 * `claim-review.bpmn` (its `review-claim` task is offered to the front office).
 */
describe('/engine-rest task update and identity links', () => {
  let t: TestApp;
  let path: string;
  let taskId: string;
  beforeEach(async () => {
    t = await startTestApp();
    await t.deployFiles('test/processes/claim-review.bpmn');
    const instance = await t.engine.start('claim-review', { businessKey: 'claim-7' });
    const [task] = await t.engine.listTasks({ instanceId: instance.id, elementId: 'review-claim' });
    taskId = task!.id;
    path = `/engine-rest/task/${taskId}`;
  });
  afterEach(() => t.close());

  const refusal = async (res: Response) => ({ status: res.status, ...(await read(res)) });

  it("replaces a task's name, priority, due and follow-up dates as Camunda's TaskDto says, read back by the task and its list", async () => {
    const before = await t.json('developer', 'GET', path);
    expect(before).toMatchObject({ name: 'Review the claim', priority: 50, due: null });
    const res = await t.call('developer', 'PUT', path, {
      ...before,
      name: 'Review the claim (urgent)',
      priority: 90,
      due: '2026-01-06T17:00:00.000+0100',
      followUp: '2026-01-06T09:00:00.000+0000',
    });
    expect(res.status).toBe(204);
    expect(await t.json('front', 'GET', path)).toMatchObject({
      name: 'Review the claim (urgent)',
      priority: 90,
      due: '2026-01-06T16:00:00.000+0000',
      followUp: '2026-01-06T09:00:00.000+0000',
    });
    const urgent = await t.json('front', 'GET', '/engine-rest/task?minPriority=80');
    expect(urgent.map((task: { id: string }) => task.id)).toEqual([taskId]);
    expect(
      await t.json(
        'front',
        'GET',
        '/engine-rest/task/count?dueBefore=2026-01-06T16:30:00.000%2B0000',
      ),
    ).toEqual({ count: 1 });
    // A full replacement: what a PUT leaves out is cleared (the priority to 0), as in Camunda.
    expect((await t.call('developer', 'PUT', path, { name: 'Review' })).status).toBe(204);
    expect(await t.json('front', 'GET', path)).toMatchObject({
      name: 'Review',
      priority: 0,
      due: null,
      followUp: null,
    });
    const history = await t.store.history(before.processInstanceId);
    expect(history.filter((h) => h.kind === 'task.updated').map((h) => h.data)).toEqual([
      { taskId, changed: ['name', 'priority', 'dueAt', 'followUpAt'] },
      { taskId, changed: ['name', 'priority', 'dueAt', 'followUpAt'] },
    ]);
  });

  it('refuses, naming it, a field Promesa keeps no value of or derives, and an unknown one', async () => {
    const task = await t.json('developer', 'GET', path);
    const cases: [Record<string, unknown>, string][] = [
      [{ description: 'Check the receipts' }, 'description'],
      [{ tenantId: 'acme' }, 'tenantId'],
      [{ parentTaskId: 'other' }, 'parentTaskId'],
      [{ caseInstanceId: 'case-1' }, 'caseInstanceId'],
      [{ owner: 'front' }, 'owner'],
      [{ delegationState: 'PENDING' }, 'delegationState'],
      [{ due: 'next tuesday' }, 'due'],
      [{ nmae: 'typo' }, 'nmae'],
    ];
    for (const [change, field] of cases) {
      const res = await refusal(await t.call('developer', 'PUT', path, { ...task, ...change }));
      expect(res, field).toMatchObject({ status: 400, type: 'InvalidRequestException' });
      expect(res.message, field).toContain(field);
    }
    expect(await t.json('front', 'GET', path)).toEqual(task);
  });

  it('lets staff hand on the task they may work with a PUT, but only those who steer its lane change the rest', async () => {
    const task = await t.json('front', 'GET', path);
    expect((await t.call('front', 'PUT', path, { ...task, assignee: 'front' })).status).toBe(204);
    expect(await t.json('front', 'GET', path)).toMatchObject({ assignee: 'front' });
    const renamed = await refusal(await t.call('front', 'PUT', path, { ...task, name: 'Mine' }));
    expect(renamed).toMatchObject({ status: 403, type: 'AuthorizationException' });
    expect(renamed.message).toContain('name');
    expect((await t.call('analyst', 'PUT', path, { ...task, priority: 1 })).status).toBe(403);
    // Not offered to the back office: as if it did not exist.
    expect((await t.call('back', 'PUT', path, task)).status).toBe(404);
    // The new assignee must be able to work the task.
    expect((await t.call('developer', 'PUT', path, { ...task, assignee: 'back' })).status).toBe(
      403,
    );
    expect((await t.call('admin', 'PUT', path, { ...task, assignee: 'back' })).status).toBe(400);
    expect((await t.engine.getTask(taskId)).assignee).toBe('front');
  });

  it('re-offers a task to another lane: the new candidates are in its task list at once, the old ones lose it', async () => {
    const group = (groupId: string) => ({ groupId, type: 'candidate' });
    // Staff work what they are offered; they do not re-offer it.
    const staff = await refusal(
      await t.call('front', 'POST', `${path}/identity-links`, group('back-office')),
    );
    expect(staff).toMatchObject({ status: 403, type: 'AuthorizationException' });
    expect(staff.message).toContain('candidates');
    expect((await t.call('back', 'GET', path)).status).toBe(404);

    expect(
      (await t.call('developer', 'POST', `${path}/identity-links`, group('back-office'))).status,
    ).toBe(204);
    expect(await t.json('back', 'GET', `${path}/identity-links`)).toEqual([
      { userId: null, groupId: 'front-office', type: 'candidate' },
      { userId: null, groupId: 'back-office', type: 'candidate' },
    ]);
    const backList = await t.json('back', 'GET', '/engine-rest/task?candidateGroup=back-office');
    expect(backList.map((task: { id: string }) => task.id)).toContain(taskId);
    expect(
      (await t.engine.listTasks({ candidateGroups: ['back-office'], state: 'open' })).map(
        (task) => task.id,
      ),
    ).toContain(taskId);

    // Now it is in the back office's lane, whose supervisor takes the front office off it.
    expect(
      (await t.call('supervisor', 'POST', `${path}/identity-links/delete`, group('front-office')))
        .status,
    ).toBe(204);
    expect((await t.call('front', 'GET', path)).status).toBe(404);
    expect(
      await t.json(
        'developer',
        'GET',
        '/engine-rest/task/count?candidateGroup=front-office&processDefinitionKey=claim-review',
      ),
    ).toEqual({ count: 0 });
    expect((await t.engine.getTask(taskId)).candidateGroups).toEqual(['back-office']);

    // Candidate users: only someone who exists, and removing one not there changes nothing.
    const user = (userId: string) => ({ userId, type: 'candidate' });
    expect(
      (await t.call('supervisor', 'POST', `${path}/identity-links`, user('front'))).status,
    ).toBe(204);
    expect((await t.call('front', 'GET', path)).status).toBe(200);
    const nobody = await refusal(
      await t.call('supervisor', 'POST', `${path}/identity-links`, user('nobody')),
    );
    expect(nobody.status).toBe(400);
    expect(nobody.message).toContain('nobody');
    expect(
      (await t.call('supervisor', 'POST', `${path}/identity-links/delete`, user('eve'))).status,
    ).toBe(204);
    expect(await t.json('developer', 'GET', `${path}/identity-links?type=candidate`)).toEqual([
      { userId: 'front', groupId: null, type: 'candidate' },
      { userId: null, groupId: 'back-office', type: 'candidate' },
    ]);
  });

  it('sets and removes the assignee through its identity link, and refuses links Promesa does not keep', async () => {
    const assignee = { userId: 'front', type: 'assignee' };
    expect((await t.call('front', 'POST', `${path}/identity-links`, assignee)).status).toBe(204);
    expect((await t.engine.getTask(taskId)).assignee).toBe('front');
    expect(
      (
        await t.call('front', 'POST', `${path}/identity-links/delete`, {
          userId: 'x',
          type: 'assignee',
        })
      ).status,
    ).toBe(204);
    expect((await t.engine.getTask(taskId)).assignee).toBeNull();
    const cases: [Record<string, unknown>, string][] = [
      [{ userId: 'front', type: 'owner' }, 'owner'],
      [{ userId: 'front', type: 'watcher' }, 'watcher'],
      [{ groupId: 'front-office', type: 'assignee' }, 'groupId'],
      [{ userId: 'front', groupId: 'front-office', type: 'candidate' }, 'not both'],
      [{ type: 'candidate' }, 'userId or groupId'],
      [{ userId: 'front' }, 'type'],
    ];
    for (const [body, words] of cases) {
      const res = await refusal(await t.call('developer', 'POST', `${path}/identity-links`, body));
      expect(res.status, words).toBe(400);
      expect(res.message, words).toContain(words);
    }
  });
});
