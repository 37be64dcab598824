import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredHistoryEntry } from '../../engine/ports/store.ts';
import { startTestEngine, type TestEngine } from '../support/test-engine.ts';

/** Each activity instance at an element: its start, and its end when it has one. */
function passesAt(history: StoredHistoryEntry[], elementId: string) {
  const starts = history.filter((e) => e.kind === 'activity.started' && e.elementId === elementId);
  return starts.map((start) => ({
    tokenId: start.tokenId,
    ended: history.some(
      (e) =>
        e.seq > start.seq &&
        e.tokenId === start.tokenId &&
        e.elementId === elementId &&
        (e.kind === 'activity.completed' || e.kind === 'activity.cancelled'),
    ),
  }));
}

describe('history of joins', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await startTestEngine();
    await t.deployFiles('test/processes/two-checks.bpmn');
  });
  afterEach(() => t.close());

  async function completeAll(instanceId: string, elementIds: string[]) {
    for (const elementId of elementIds) {
      const [task] = await t.engine.listTasks({ instanceId, elementId, state: 'open' });
      await t.engine.completeTask(task!.id);
    }
  }

  // Camunda: HistoricActivityInstanceTest#testHistoricActivityInstanceGatewayEndTimes
  it('ends every activity instance that waited at a parallel or inclusive join when it fires', async () => {
    const { id, definitionId } = await t.engine.start('two-checks');
    await completeAll(id, ['check-identity', 'check-address', 'notify-customer', 'notify-branch']);
    expect((await t.engine.getInstance(id)).status).toBe('completed');

    const history = await t.engine.history(id);
    for (const join of ['join', 'inclusive-join']) {
      const passes = passesAt(history, join);
      expect(passes, join).toHaveLength(2);
      expect(
        passes.every((p) => p.ended),
        join,
      ).toBe(true);
    }
    const statistics = await t.engine.elementStatistics(definitionId);
    for (const join of ['join', 'inclusive-join'])
      expect(statistics.find((s) => s.elementId === join)).toMatchObject({
        started: 2,
        completed: 2,
      });
  });

  it('ends the activity instance of a token still waiting at a join when the instance is cancelled', async () => {
    const { id } = await t.engine.start('two-checks');
    await completeAll(id, ['check-identity']);
    await t.engine.cancelInstance(id);

    const passes = passesAt(await t.engine.history(id), 'join');
    expect(passes).toEqual([{ tokenId: expect.any(String), ended: true }]);
  });
});
