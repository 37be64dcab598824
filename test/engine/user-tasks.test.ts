import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError } from '../../engine/errors.ts';
import type { Store } from '../../engine/ports/store.ts';
import { startTestEngine, type TestEngine } from '../support/test-engine.ts';

describe('human tasks', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await startTestEngine();
    await t.deployFiles(
      'processes/customer-request.bpmn',
      'test/processes/conditional-approval.bpmn',
    );
  });
  afterEach(() => t.close());

  it('offers a task in a lane without groups of its own to the lane, in kebab case', async () => {
    const instance = await t.engine.start('customer-request', { businessKey: 'customer-42' });
    expect(instance.activeElements).toEqual(['classify-request']);
    const [task] = await t.engine.listTasks({ instanceId: instance.id });
    expect(task).toMatchObject({
      elementId: 'classify-request',
      candidateGroups: ['front-office'],
      lane: 'Front office',
      businessKey: 'customer-42',
      state: 'open',
      priority: 50,
    });
  });

  it('routes a deferred request to the back office with a 24 hour due date', async () => {
    const instance = await t.engine.start('customer-request', {
      variables: { solvableNow: false },
    });
    const [classify] = await t.engine.listTasks({ instanceId: instance.id, state: 'open' });
    t.clock.advance('PT1M');
    await t.engine.completeTask(classify!.id, { userId: 'ana' });
    const [resolve] = await t.engine.listTasks({ instanceId: instance.id, state: 'open' });
    expect(resolve).toMatchObject({
      elementId: 'resolve-request',
      candidateGroups: ['back-office'],
      dueAt: t.clock.now() + 24 * 3_600_000,
    });
    const done = await t.engine.listTasks({ instanceId: instance.id, state: 'completed' });
    expect(done).toMatchObject([
      { elementId: 'classify-request', completedBy: 'ana', completedAt: t.clock.now() },
    ]);
  });

  it('evaluates assignee, candidate groups, due date and priority from the diagram', async () => {
    const instance = await t.engine.start('conditional-approval', {
      variables: { amount: 5000, manager: 'marta' },
    });
    const [task] = await t.engine.listTasks({ instanceId: instance.id });
    expect(task).toMatchObject({
      assignee: 'marta',
      candidateGroups: ['managers', 'supervisors'],
      priority: 80,
      dueAt: t.clock.now() + 86_400_000,
    });
  });

  it('completes the instance when the last task is done', async () => {
    const instance = await t.engine.start('customer-request', { variables: { solvableNow: true } });
    for (const elementId of ['classify-request', 'answer-customer']) {
      const [task] = await t.engine.listTasks({
        instanceId: instance.id,
        elementId,
        state: 'open',
      });
      await t.engine.completeTask(task!.id);
    }
    const ended = await t.engine.getInstance(instance.id);
    expect(ended.status).toBe('completed');
    const completed = (await t.engine.history(instance.id))
      .filter((h) => h.kind === 'activity.completed')
      .map((h) => h.elementId);
    expect(completed).toEqual([
      'request-received',
      'classify-request',
      'immediate-or-deferred',
      'answer-customer',
      'request-answered',
    ]);
  });

  it('answers a second completion of the same task with a conflict', async () => {
    const instance = await t.engine.start('customer-request');
    const [task] = await t.engine.listTasks({ instanceId: instance.id });
    await t.engine.completeTask(task!.id, { variables: { solvableNow: true } });
    await expect(t.engine.completeTask(task!.id)).rejects.toBeInstanceOf(ConflictError);
  });

  it('answers an unknown task id with not found', async () => {
    await expect(t.engine.completeTask('no-such-task')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses completion by someone other than the user who claimed the task', async () => {
    const instance = await t.engine.start('customer-request');
    const [task] = await t.engine.listTasks({ instanceId: instance.id });
    await t.engine.claimTask(task!.id, 'ana');
    await expect(t.engine.claimTask(task!.id, 'luis')).rejects.toBeInstanceOf(ConflictError);
    await expect(t.engine.completeTask(task!.id, { userId: 'luis' })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await t.engine.completeTask(task!.id, { userId: 'ana', variables: { solvableNow: true } });
    expect((await t.engine.getInstance(instance.id)).activeElements).toEqual(['answer-customer']);
  });

  it('keeps two concurrent completions from both advancing the instance', async () => {
    const instance = await t.engine.start('customer-request');
    const [task] = await t.engine.listTasks({ instanceId: instance.id });
    const results = await Promise.allSettled([
      t.engine.completeTask(task!.id, { variables: { solvableNow: true } }),
      t.engine.completeTask(task!.id, { variables: { solvableNow: false } }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({
      reason: expect.any(ConflictError),
    });
    expect((await t.engine.getInstance(instance.id)).activeElements).toHaveLength(1);
  });

  it('lets only one of a claim and an assignment racing on the same task through', async () => {
    const instance = await t.engine.start('customer-request');
    const [task] = await t.engine.listTasks({ instanceId: instance.id });
    // An assignment overrides whoever holds the task, so the race is both reading the task before
    // either commits; held commits make it one on any store (PostgreSQL's reads are not instant).
    holdCommitsUntil(t.store, 2);
    const results = await Promise.allSettled([
      t.engine.claimTask(task!.id, 'ana'),
      t.engine.assignTask(task!.id, 'luis', { userId: 'marta' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({
      reason: { code: 'task-changed' },
    });
    const winner = results[0]!.status === 'fulfilled' ? 'ana' : 'luis';
    expect((await t.engine.getTask(task!.id)).assignee).toBe(winner);
    expect(
      (await t.engine.history(instance.id)).filter(
        (h) => h.kind === 'task.claimed' || h.kind === 'task.assigned',
      ),
    ).toHaveLength(1);
  });

  it('never lets a completion and a claim by someone else both succeed', async () => {
    const instance = await t.engine.start('customer-request');
    const [task] = await t.engine.listTasks({ instanceId: instance.id });
    const results = await Promise.allSettled([
      t.engine.completeTask(task!.id, { userId: 'ana', variables: { solvableNow: true } }),
      t.engine.claimTask(task!.id, 'luis'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({
      reason: expect.any(ConflictError),
    });
  });
});

/** Holds every commit of `store` until `count` commits have arrived, then lets them all go. */
function holdCommitsUntil(store: Store, count: number): void {
  const commit = store.commit.bind(store);
  let arrived = 0;
  let release!: () => void;
  const allArrived = new Promise<void>((resolve) => (release = resolve));
  store.commit = async (work) => {
    if (++arrived === count) release();
    await allArrived;
    return commit(work);
  };
}
