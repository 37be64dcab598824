import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { read } from '../support/camunda-server.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/**
 * `/engine-rest/history/task`: the tasks of claim reviews, worked and deleted through the REST
 * API, stay queryable after they end, as Camunda's historic task instances.
 */
describe('/engine-rest/history/task', () => {
  let t: TestApp;
  let paid: string;
  let withdrawn: string;
  const ids: Record<string, string> = {};
  const openTask = async (instanceId: string, key: string) => {
    const [task] = await t.json(
      'analyst',
      'GET',
      `/engine-rest/task?processInstanceId=${instanceId}&taskDefinitionKey=${key}`,
    );
    return task.id as string;
  };
  const work = async (instanceId: string, key: string) => {
    const id = await openTask(instanceId, key);
    ids[key] = id;
    const claim = await t.call('front', 'POST', `/engine-rest/task/${id}/claim`, {
      userId: 'front',
    });
    expect(claim.status).toBe(204);
    t.clock.advance('PT10M');
    expect((await t.call('front', 'POST', `/engine-rest/task/${id}/complete`, {})).status).toBe(
      204,
    );
  };

  beforeEach(async () => {
    t = await startTestApp();
    await t.deployFiles('test/processes/claim-review.bpmn');
    // 09:00 both claims are filed; the first is reviewed (09:10) and verified (09:20), then
    // waits for payment; the second is withdrawn at 09:30, with its review still open.
    paid = (await t.engine.start('claim-review', { businessKey: 'claim-1' })).id;
    withdrawn = (await t.engine.start('claim-review', { businessKey: 'claim-2' })).id;
    ids.withdrawn = await openTask(withdrawn, 'review-claim');
    await work(paid, 'review-claim');
    await work(paid, 'verify-documents');
    ids['pay-claim'] = await openTask(paid, 'pay-claim');
    t.clock.advance('PT10M');
    expect(
      (await t.call('admin', 'DELETE', `/engine-rest/process-instance/${withdrawn}`)).status,
    ).toBe(204);
  });
  afterEach(() => t.close());

  const keys = async (query: string, who: Parameters<TestApp['json']>[0] = 'analyst') =>
    (await t.json(who, 'GET', `/engine-rest/history/task?${query}`)).map((x: any) => x.id);
  const count = async (query: string, who: Parameters<TestApp['json']>[0] = 'analyst') =>
    (await t.json(who, 'GET', `/engine-rest/history/task/count?${query}`)).count;

  it("answers ended and open tasks as HistoricTaskInstanceDto, with Camunda's delete reasons", async () => {
    const all = await t.json('analyst', 'POST', '/engine-rest/history/task', {
      processInstanceId: paid,
      sorting: [{ sortBy: 'endTime', sortOrder: 'asc' }],
    });
    expect(all.map((x: any) => x.taskDefinitionKey)).toEqual([
      'review-claim',
      'verify-documents',
      'pay-claim',
    ]);
    expect(all[0]).toMatchObject({
      id: ids['review-claim'],
      processDefinitionKey: 'claim-review',
      processInstanceId: paid,
      name: 'Review the claim',
      assignee: 'front',
      priority: 50,
      deleteReason: 'completed',
      startTime: '2026-01-05T09:00:00.000+0000',
      endTime: '2026-01-05T09:10:00.000+0000',
      duration: 600_000,
      taskDefinitionKey: 'review-claim',
    });
    expect(all[2]).toMatchObject({
      id: ids['pay-claim'],
      deleteReason: null,
      endTime: null,
      duration: null,
      startTime: '2026-01-05T09:20:00.000+0000',
    });
    const [deleted] = await t.json(
      'analyst',
      'GET',
      `/engine-rest/history/task?processInstanceBusinessKey=claim-2`,
    );
    expect(deleted).toMatchObject({
      id: ids.withdrawn,
      deleteReason: 'deleted',
      endTime: '2026-01-05T09:30:00.000+0000',
      duration: 1_800_000,
    });
  });

  it('filters by finished, process finished, dates (bounds included), people and candidates, in both forms', async () => {
    expect(await count('')).toBe(4);
    expect(await count('finished=true')).toBe(3);
    expect(await keys('unfinished=true')).toEqual([ids['pay-claim']]);
    expect(await count('finished=true&unfinished=true')).toBe(0);
    expect(await keys('processFinished=true')).toEqual([ids.withdrawn]);
    expect(await count('processUnfinished=true')).toBe(3);
    expect(await keys('taskDeleteReason=deleted')).toEqual([ids.withdrawn]);
    expect(await count('taskDeleteReason=completed')).toBe(2);
    expect(await keys('finishedBefore=2026-01-05T09:10:00.000%2B0000')).toEqual([
      ids['review-claim'],
    ]);
    expect(
      await keys('finishedAfter=2026-01-05T09:20:00.000%2B0000&sortBy=endTime&sortOrder=desc'),
    ).toEqual([ids.withdrawn, ids['verify-documents']]);
    expect(await keys('startedAfter=2026-01-05T09:20:00.000%2B0000')).toEqual([ids['pay-claim']]);
    expect(await count('startedBefore=2026-01-05T09:00:00.000%2B0000')).toBe(2);
    expect(await count('taskAssignee=front')).toBe(2);
    expect(await count('taskAssigneeLike=fr%25')).toBe(2);
    expect(await count('taskInvolvedUser=front')).toBe(2);
    expect(await keys('taskHadCandidateGroup=back-office')).toEqual([ids['pay-claim']]);
    // The back office hands the payment on: it stays the task's owner.
    const id = ids['pay-claim'];
    await t.call('back', 'POST', `/engine-rest/task/${id}/claim`, { userId: 'back' });
    const handed = await t.call('back', 'POST', `/engine-rest/task/${id}/delegate`, {
      userId: 'supervisor',
    });
    expect(handed.status).toBe(204);
    expect(await keys('taskOwner=back')).toEqual([id]);
    expect(await keys('taskOwnerLike=ba%25&taskAssignee=supervisor')).toEqual([id]);
    expect(await count('taskOwner=front')).toBe(0);
    expect(await count('withoutCandidateGroups=true')).toBe(0);
    expect(await count('taskNameLike=Review%25&processDefinitionKey=claim-review')).toBe(2);
    expect(await count('taskDefinitionKeyIn=verify-documents,pay-claim')).toBe(2);
    expect(await count('processInstanceBusinessKeyLike=claim-%25&finished=true')).toBe(3);
    expect(await count('processDefinitionName=Claim%20review')).toBe(4);
    expect(await count('processDefinitionName=Other')).toBe(0);
    expect(
      (
        await t.json('analyst', 'POST', '/engine-rest/history/task/count', {
          finished: true,
          taskDefinitionKeyIn: ['review-claim'],
        })
      ).count,
    ).toBe(2);
    expect(await keys('sortBy=endTime&sortOrder=asc&maxResults=2&firstResult=1')).toEqual([
      ids['verify-documents'],
      ids.withdrawn,
    ]);
  });

  it('shows staff only the tasks they are involved in, as /task does', async () => {
    expect(await count('', 'front')).toBe(3);
    expect(await keys('', 'back')).toEqual([ids['pay-claim']]);
    expect(await count('finished=true', 'back')).toBe(0);
    expect((await t.call('anonymous', 'GET', '/engine-rest/history/task')).status).toBe(401);
  });

  it('refuses what it cannot honour, naming it', async () => {
    const described = await t.call(
      'analyst',
      'GET',
      '/engine-rest/history/task?taskDescriptionLike=x',
    );
    expect(described.status).toBe(400);
    expect((await read(described)).message).toContain('taskDescriptionLike');
    const both = await t.call(
      'analyst',
      'GET',
      '/engine-rest/history/task?taskHadCandidateUser=a&taskHadCandidateGroup=b',
    );
    expect(both.status).toBe(400);
    const sort = await t.call(
      'analyst',
      'GET',
      '/engine-rest/history/task?sortBy=duration&sortOrder=asc',
    );
    expect(sort.status).toBe(400);
  });
});
