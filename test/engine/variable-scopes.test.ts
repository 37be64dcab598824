import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TaskRecord } from '../../engine/index.ts';
import { startTestEngine, type TestEngine } from '../support/test-engine.ts';

describe('variables by scope', () => {
  let t: TestEngine;
  let instanceId: string;
  let ada: TaskRecord;
  let bob: TaskRecord;
  beforeEach(async () => {
    t = await startTestEngine();
    await t.deployFiles('test/processes/case-review.bpmn');
    instanceId = (
      await t.engine.start('case-review', {
        variables: { reviewers: ['ada', 'bob'], caseNote: 'from the call', amount: 5 },
      })
    ).id;
    const reviews = await t.engine.listTasks({ instanceId, elementId: 'review' });
    const reviewerOf = async (task: TaskRecord) =>
      (await t.engine.variableScopes(instanceId, task.tokenId))[0]?.variables.reviewer;
    for (const task of reviews) {
      if ((await reviewerOf(task)) === 'ada') ada = task;
      else bob = task;
    }
  });
  afterEach(() => t.close());

  const visible = async (tokenId?: string) =>
    (await t.engine.variableScopes(instanceId, tokenId)).map(
      (s) => [s.elementId, s.variables] as const,
    );

  it('lists what a task sees nearest first: its multi-instance instance, the subprocess, the process', async () => {
    const scopes = await visible(ada.tokenId);
    expect(scopes[0]).toEqual(['review', { loopCounter: 0, reviewer: 'ada' }]);
    expect(scopes.find(([id]) => id === 'case')).toEqual([
      'case',
      { caseNote: 'opened for review' },
    ]);
    expect(scopes.at(-1)).toEqual([
      'case-review',
      { reviewers: ['ada', 'bob'], caseNote: 'from the call', amount: 5 },
    ]);
    expect(scopes.findIndex(([id]) => id === 'case')).toBeLessThan(scopes.length - 1);
    expect(await visible()).toEqual([scopes.at(-1)]);
  });

  it("writes local variables on the task's own scope, which ends with the task", async () => {
    await t.engine.setVariables(
      instanceId,
      { note: 'mine' },
      { tokenId: ada.tokenId, local: true },
    );
    const [own, inner] = await t.engine.variableScopes(instanceId, ada.tokenId);
    expect(own).toMatchObject({ elementId: 'review', local: true, variables: { note: 'mine' } });
    expect(inner).toMatchObject({ local: false, variables: { reviewer: 'ada' } });
    expect((await visible(bob.tokenId)).flatMap(([, v]) => Object.keys(v))).not.toContain('note');
    await t.engine.completeTask(ada.id);
    expect((await t.engine.getInstance(instanceId)).variables).not.toHaveProperty('note');
  });

  it('writes and removes from the token where the name already lives, walking outwards', async () => {
    const target = { tokenId: ada.tokenId };
    await t.engine.setVariables(instanceId, { caseNote: 'reviewed', fresh: 1 }, target);
    expect((await visible(ada.tokenId)).find(([id]) => id === 'case')?.[1]).toEqual({
      caseNote: 'reviewed',
    });
    const process = (await t.engine.getInstance(instanceId)).variables;
    expect(process).toMatchObject({ caseNote: 'from the call', fresh: 1 });
    await t.engine.modifyVariables(instanceId, { remove: ['caseNote', 'missing'] }, target);
    const seen = Object.assign({}, ...(await visible(ada.tokenId)).reverse().map(([, v]) => v));
    expect(seen.caseNote).toBe('from the call');
    const history = await t.engine.history(instanceId);
    expect(history.filter((h) => h.kind === 'variable.removed')).toEqual([
      expect.objectContaining({ elementId: 'case', data: { name: 'caseNote' } }),
    ]);
  });
});
