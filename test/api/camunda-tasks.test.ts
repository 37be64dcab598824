import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deployDiagrams, twoDesks } from '../support/camunda-diagrams.ts';
import { read } from '../support/camunda-server.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('/engine-rest tasks', () => {
  let t: TestApp;
  let instanceId: string;
  let front: any;
  let back: any;
  beforeEach(async () => {
    t = await startTestApp();
    await deployDiagrams(t.engine, { 'two-desks.bpmn': twoDesks });
    instanceId = (
      await t.engine.start('two-desks', { businessKey: 'customer-9', variables: { amount: 1200 } })
    ).id;
    [front] = await t.json('front', 'GET', '/engine-rest/task');
    [back] = await t.json('back', 'GET', '/engine-rest/task');
  });
  afterEach(() => t.close());

  it('shows staff only the tasks offered to their groups, in lists, counts and detail, and analysts all', async () => {
    expect(front).toMatchObject({
      taskDefinitionKey: 'front-desk',
      name: 'Answer at the front desk',
      priority: 70,
      processInstanceId: instanceId,
      assignee: null,
      suspended: false,
    });
    expect(back).toMatchObject({ taskDefinitionKey: 'back-desk' });
    expect(await t.json('front', 'GET', '/engine-rest/task?candidateGroup=back-office')).toEqual(
      [],
    );
    expect(await t.json('front', 'GET', '/engine-rest/task/count')).toEqual({ count: 1 });
    expect(await t.json('analyst', 'GET', '/engine-rest/task/count')).toEqual({ count: 2 });
    const hidden = await t.call('front', 'GET', `/engine-rest/task/${back.id}`);
    expect(hidden.status).toBe(404);
    expect(await read(hidden)).toMatchObject({ type: 'InvalidRequestException' });
    expect((await t.call('anonymous', 'GET', '/engine-rest/task')).status).toBe(401);
  });

  it('filters like Camunda: candidateUser through groups, assigned tasks left out of candidate queries unless asked, sorting and pages', async () => {
    const keys = async (query: string) =>
      (await t.json('analyst', 'GET', `/engine-rest/task?${query}`)).map(
        (x: any) => x.taskDefinitionKey,
      );
    expect(await keys('candidateUser=front')).toEqual(['front-desk']);
    expect(
      await keys('processInstanceBusinessKey=customer-9&sortBy=priority&sortOrder=asc'),
    ).toEqual(['back-desk', 'front-desk']);
    expect(
      await keys(
        'processDefinitionKey=two-desks&sortBy=priority&sortOrder=desc&firstResult=1&maxResults=1',
      ),
    ).toEqual(['back-desk']);
    expect(await keys('taskDefinitionKeyIn=back-desk,nothing')).toEqual(['back-desk']);
    await t.json('front', 'POST', `/engine-rest/task/${front.id}/claim`, { userId: 'front' }, 204);
    expect(await keys('candidateGroup=front-office')).toEqual([]);
    expect(await keys('candidateGroup=front-office&includeAssignedTasks=true')).toEqual([
      'front-desk',
    ]);
    expect(await keys('assignee=front')).toEqual(['front-desk']);
    expect(await keys('unassigned=true')).toEqual(['back-desk']);
    expect((await t.call('analyst', 'GET', '/engine-rest/task?sortOrder=asc')).status).toBe(400);
  });

  it('honours the task filters Camunda 7 scripts use, counting and paging in the store', async () => {
    const keys = async (query: string) =>
      (await t.json('analyst', 'GET', `/engine-rest/task?${query}`)).map(
        (x: any) => x.taskDefinitionKey,
      );
    await t.json('admin', 'POST', `/engine-rest/task/${back.id}/claim`, { userId: 'back' }, 204);
    expect(await keys('involvedUser=back')).toEqual(['back-desk']);
    expect(await keys('assigneeIn=back,nobody')).toEqual(['back-desk']);
    expect(await keys('assigneeLike=ba%25')).toEqual(['back-desk']);
    expect(await keys('nameLike=%25front%25')).toEqual(['front-desk']);
    expect(await keys('taskDefinitionKeyLike=back-%25')).toEqual(['back-desk']);
    expect(await keys('processInstanceBusinessKeyLike=customer-_')).toHaveLength(2);
    expect(await keys('withoutCandidateUsers=true&withCandidateGroups=true')).toHaveLength(2);
    expect(await keys('withCandidateUsers=true')).toEqual([]);
    expect(await keys('withoutDueDate=true&minPriority=50')).toEqual(['front-desk']);
    expect(await keys('followUpBeforeOrNotExistent=2030-01-01T00:00:00.000%2B0000')).toHaveLength(
      2,
    );
    expect(await keys(`createdOn=${encodeURIComponent(front.created)}`)).toHaveLength(2);
    expect(await keys('sortBy=name&sortOrder=desc&maxResults=1')).toEqual(['back-desk']);
    expect(await t.json('analyst', 'GET', '/engine-rest/task/count?assigned=true')).toEqual({
      count: 1,
    });
  });

  it('refuses with 400 naming them the query parameters it cannot honour, tenants included, instead of ignoring them', async () => {
    const res = await t.call(
      'analyst',
      'GET',
      '/engine-rest/task?tenantIdIn=acme&withoutTenantId=true',
    );
    expect(res.status).toBe(400);
    expect(await read(res)).toEqual({
      type: 'InvalidRequestException',
      message: 'Query parameters not supported by this resource: tenantIdIn, withoutTenantId',
    });
    const variables = await t.call(
      'analyst',
      'GET',
      `/engine-rest/task/${front.id}?withVariables=1`,
    );
    expect(variables.status).toBe(400);
  });

  it('claims, refuses a claim on a task held by someone else with TaskAlreadyClaimedException, unclaims and completes with typed variables', async () => {
    await t.json('front', 'POST', `/engine-rest/task/${front.id}/claim`, { userId: 'front' }, 204);
    await t.json('front', 'POST', `/engine-rest/task/${front.id}/claim`, { userId: 'front' }, 204); // re-claim by the holder: a no-op
    const taken = await t.call('admin', 'POST', `/engine-rest/task/${front.id}/claim`, {
      userId: 'admin',
    });
    expect(taken.status).toBe(500);
    expect(await read(taken)).toMatchObject({ type: 'TaskAlreadyClaimedException', code: 0 });
    await t.json('front', 'POST', `/engine-rest/task/${front.id}/unclaim`, undefined, 204);
    expect((await t.json('front', 'GET', `/engine-rest/task/${front.id}`)).assignee).toBeNull();
    await t.json(
      'front',
      'POST',
      `/engine-rest/task/${front.id}/complete`,
      { variables: { answer: { value: 'refund', type: 'String' } } },
      204,
    );
    expect((await t.engine.getInstance(instanceId)).variables).toMatchObject({ answer: 'refund' });
    expect((await t.call('front', 'GET', `/engine-rest/task/${front.id}`)).status).toBe(404);
  });

  it('lets staff act only for themselves and on tasks offered to them', async () => {
    const forOther = await t.call('front', 'POST', `/engine-rest/task/${front.id}/claim`, {
      userId: 'back',
    });
    expect(forOther.status).toBe(403);
    expect(await read(forOther)).toMatchObject({ type: 'AuthorizationException' });
    expect(
      (await t.call('back', 'POST', `/engine-rest/task/${front.id}/complete`, {})).status,
    ).toBe(404);
    await t.json('admin', 'POST', `/engine-rest/task/${front.id}/claim`, { userId: 'front' }, 204);
    expect((await t.json('front', 'GET', `/engine-rest/task/${front.id}`)).assignee).toBe('front');
  });

  it('completes a task held by someone else for whoever may work it (developers, admins, supervisors of its lane), checking authorization only as Camunda does (TaskAuthorizationTest#testProcessTaskCompleteTaskWithUpdatePermissionOnAnyTask)', async () => {
    await t.json('front', 'POST', `/engine-rest/task/${front.id}/claim`, { userId: 'front' }, 204);
    await t.json('back', 'POST', `/engine-rest/task/${back.id}/claim`, { userId: 'back' }, 204);
    const outside = await t.call(
      'supervisor',
      'POST',
      `/engine-rest/task/${front.id}/complete`,
      {},
    );
    expect(outside.status).toBeGreaterThanOrEqual(403);
    expect(outside.status).toBeLessThan(500);
    await t.json('developer', 'POST', `/engine-rest/task/${front.id}/complete`, {}, 204);
    await t.json('supervisor', 'POST', `/engine-rest/task/${back.id}/complete`, {}, 204);
    const completions = (await t.engine.history(instanceId))
      .filter((h) => h.kind === 'task.completed')
      .map((h) => [h.userId, h.data?.onBehalfOf]);
    expect(completions).toEqual([
      ['developer', 'front'],
      ['supervisor', 'back'],
    ]);
    expect((await t.engine.getInstance(instanceId)).status).toBe('completed');
  });

  it('reads and writes task variables as typed values', async () => {
    expect(await t.json('front', 'GET', `/engine-rest/task/${front.id}/variables`)).toEqual({
      amount: { type: 'Integer', value: 1200, valueInfo: {} },
    });
    await t.json(
      'front',
      'PUT',
      `/engine-rest/task/${front.id}/variables/note`,
      { value: '{"urgent":true}', type: 'Json' },
      204,
    );
    expect(await t.json('front', 'GET', `/engine-rest/task/${front.id}/variables/note`)).toEqual({
      type: 'Json',
      value: '{"urgent":true}',
      valueInfo: {},
    });
    await t.json(
      'front',
      'POST',
      `/engine-rest/task/${front.id}/variables`,
      { modifications: { amount: { value: '1500', type: 'Long' } } },
      204,
    );
    expect((await t.engine.getInstance(instanceId)).variables).toMatchObject({
      amount: 1500,
      note: { urgent: true },
    });
    expect(
      (await t.call('front', 'GET', `/engine-rest/task/${front.id}/variables/missing`)).status,
    ).toBe(404);
    await t.json(
      'front',
      'POST',
      `/engine-rest/task/${front.id}/variables`,
      { modifications: { kept: { value: true } }, deletions: ['amount'] },
      204,
    );
    await t.json('front', 'DELETE', `/engine-rest/task/${front.id}/variables/note`, undefined, 204);
    expect(await t.json('front', 'GET', `/engine-rest/task/${front.id}/variables`)).toEqual({
      kept: { type: 'Boolean', value: true, valueInfo: {} },
    });
    const badType = await t.call('front', 'PUT', `/engine-rest/task/${front.id}/variables/x`, {
      value: 1,
      type: 'Bytes',
    });
    expect(await read(badType)).toMatchObject({
      type: 'InvalidRequestException',
      message: "Unsupported value type 'Bytes' for variable 'x'",
    });
  });

  it('shows a task every variable visible from its scope, nearest first, and its own as localVariables, in /engine-rest and /api alike (TaskServiceTest#testUserTaskWithLocalVariablesCompleteWithVariable)', async () => {
    await t.deployFiles('test/processes/case-review.bpmn');
    const { id } = await t.engine.start('case-review', {
      variables: { reviewers: ['ada'], caseNote: 'from the call' },
    });
    const [review] = await t.engine.listTasks({ instanceId: id, elementId: 'review' });
    const base = `/engine-rest/task/${review!.id}`;
    const typed = (value: unknown) => expect.objectContaining({ value });
    const seen = await t.json('back', 'GET', `${base}/variables`);
    expect(Object.keys(seen)).toEqual([
      'loopCounter',
      'reviewer',
      'nrOfInstances',
      'nrOfActiveInstances',
      'nrOfCompletedInstances',
      'caseNote',
      'reviewers',
    ]);
    expect(seen).toMatchObject({ reviewer: typed('ada'), caseNote: typed('opened for review') });
    expect(await t.json('back', 'GET', `${base}/localVariables`)).toEqual({});
    await t.json('back', 'PUT', `${base}/localVariables/verdict`, { value: 'fine' }, 204);
    expect(await t.json('back', 'GET', `${base}/localVariables`)).toEqual({
      verdict: { type: 'String', value: 'fine', valueInfo: {} },
    });
    expect(await t.json('back', 'GET', `${base}/variables/caseNote`)).toMatchObject({
      value: 'opened for review',
    });
    const detail = await t.json('back', 'GET', `/api/tasks/${review!.id}`);
    expect(detail.variables).toEqual({
      verdict: 'fine',
      ...Object.fromEntries(Object.entries(seen).map(([k, v]: [string, any]) => [k, v.value])),
      reviewers: ['ada'],
    });
    expect((await t.engine.getInstance(id)).variables).not.toHaveProperty('verdict');
  });

  it('lists identity links, filtered by type', async () => {
    await t.json('front', 'POST', `/engine-rest/task/${front.id}/claim`, {}, 204);
    expect(await t.json('front', 'GET', `/engine-rest/task/${front.id}/identity-links`)).toEqual([
      { userId: 'front', groupId: null, type: 'assignee' },
      { userId: null, groupId: 'front-office', type: 'candidate' },
    ]);
    expect(
      await t.json('front', 'GET', `/engine-rest/task/${front.id}/identity-links?type=assignee`),
    ).toEqual([{ userId: 'front', groupId: null, type: 'assignee' }]);
  });
});
