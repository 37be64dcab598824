import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/**
 * Lanes that hand out their work: the claims lane in turn, case review to whoever has least.
 * People come from the identity store the API uses, as on a running server.
 */
describe('work distribution', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    await t.deployFiles('test/processes/handed-out-work.bpmn');
    for (const username of ['ana', 'luis', 'marta'])
      await t.identity.addUser({ username, role: 'staff', groups: ['claims'] });
    // A supervisor of claims steers the lane and is not handed its work.
    await t.identity.addUser({ username: 'lola', role: 'supervisor', groups: ['claims'] });
    for (const username of ['pedro', 'rosa', 'sol'])
      await t.identity.addUser({ username, role: 'staff', groups: ['case-review'] });
  });
  afterEach(() => t.close());

  const openTasks = (elementId: string) => t.engine.listTasks({ elementId, state: 'open' });
  const tally = (names: (string | null | undefined)[]) => {
    const counts: Record<string, number> = {};
    for (const name of names) counts[String(name)] = (counts[String(name)] ?? 0) + 1;
    return counts;
  };

  it('splits 30 claims 15/15 between the two members who are in, in turn', async () => {
    await t.identity.updateUser('marta', { absent: true });
    for (let i = 0; i < 30; i++) await t.engine.start('handed-out-work');
    const tasks = await openTasks('handle-case');
    expect(tasks).toHaveLength(30);
    expect(tally(tasks.map((task) => task.assignee))).toEqual({ ana: 15, luis: 15 });
  });

  it('says in the history who got the task and by which policy', async () => {
    const { id } = await t.engine.start('handed-out-work');
    const lines = (await t.engine.history(id)).filter((l) => l.kind.startsWith('task.'));
    const [task] = await openTasks('handle-case');
    expect(lines.map(({ kind, data }) => ({ kind, data }))).toEqual([
      { kind: 'task.created', data: expect.objectContaining({ taskId: task!.id }) },
      {
        kind: 'task.assigned',
        data: { taskId: task!.id, assignee: 'ana', distribution: 'round-robin', pool: 'claims' },
      },
    ]);
  });

  it('keeps the open review work of each member within one, and refills whoever finished', async () => {
    const reviewCounts = async () => {
      const open = tally((await openTasks('review-case')).map((task) => task.assignee));
      return ['pedro', 'rosa', 'sol'].map((name) => open[name] ?? 0);
    };
    for (let i = 0; i < 30; i++) {
      await t.engine.start('handed-out-work', { variables: { review: true } });
      const counts = await reviewCounts();
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
    expect(await reviewCounts()).toEqual([10, 10, 10]);
    // rosa finishes five: the next five reviews are hers, and the three are level again.
    const hers = (await openTasks('review-case')).filter((task) => task.assignee === 'rosa');
    for (const task of hers.slice(0, 5)) await t.engine.completeTask(task.id);
    for (let i = 0; i < 5; i++)
      await t.engine.start('handed-out-work', { variables: { review: true } });
    expect(await reviewCounts()).toEqual([10, 10, 10]);
  });

  it('hands escalated work out again in the lane it moves to', async () => {
    await t.identity.updateUser('pedro', { absent: true });
    const { id } = await t.engine.start('handed-out-work');
    expect((await openTasks('handle-case'))[0]?.assignee).toBe('ana');
    t.clock.advance('PT1H');
    await t.engine.runDueJobs();
    const [review] = await t.engine.listTasks({ instanceId: id, state: 'open' });
    expect(review).toMatchObject({
      elementId: 'review-case',
      candidateGroups: ['case-review'],
      assignee: 'rosa',
    });
    const assigned = (await t.engine.history(id)).filter((l) => l.kind === 'task.assigned');
    expect(assigned.map((l) => [l.elementId, l.data?.assignee, l.data?.distribution])).toEqual([
      ['handle-case', 'ana', 'round-robin'],
      ['review-case', 'rosa', 'least-busy'],
    ]);
  });

  it('leaves the task to be claimed when everyone is away', async () => {
    for (const username of ['ana', 'luis', 'marta'])
      await t.identity.updateUser(username, { absent: true });
    await t.engine.start('handed-out-work');
    expect(await openTasks('handle-case')).toMatchObject([
      { assignee: null, candidateGroups: ['claims'] },
    ]);
  });

  it('refuses a diagram whose lane names a policy that does not exist', async () => {
    const xml = (
      await readFile(new URL('../processes/handed-out-work.bpmn', import.meta.url), 'utf8')
    ).replace('value="least-busy"', 'value="least busy"');
    await expect(t.engine.deploy({ name: 'typo.bpmn', xml })).rejects.toMatchObject({
      code: 'invalid-model',
      details: {
        problems: [
          expect.objectContaining({
            code: 'invalid-distribution',
            message: expect.stringContaining("lane 'Case review' is 'least busy'"),
          }),
        ],
      },
    });
  });
});
