import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activityHistoryPath } from '../../engine/lifecycle/activity.machine.ts';
import type { StoredHistoryEntry } from '../../engine/ports/store.ts';
import { startTestEngine, type TestEngine } from '../support/test-engine.ts';

/** Every activity instance's history lines, by token and element, in order. */
function activityInstances(history: StoredHistoryEntry[]): Map<string, string[]>[] {
  const done: Map<string, string[]>[] = [];
  const open = new Map<string, string[]>();
  for (const line of history) {
    if (!line.tokenId || !line.elementId) continue;
    const key = `${line.tokenId}/${line.elementId}`;
    if (line.kind === 'activity.started' && open.has(key)) {
      done.push(new Map([[key, open.get(key)!]]));
      open.delete(key);
    }
    if (!open.has(key)) open.set(key, []);
    open.get(key)!.push(line.kind);
  }
  return [...done, ...[...open].map(([key, lines]) => new Map([[key, lines]]))];
}

// The token game writes activity history; every instance's lines must be a path of the
// activity machine, whatever way the instance went.
describe('activity history follows the activity instance machine', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await startTestEngine();
    await t.deployFiles(
      'test/processes/two-checks.bpmn',
      'test/processes/trip-booking.bpmn',
      'test/processes/complaint-escalation.bpmn',
      'test/processes/rejected-claim.bpmn',
      'test/processes/refund-batch.bpmn',
      'test/processes/catch-event-mappings.bpmn',
      'test/processes/complaint-with-reply.bpmn',
    );
  });
  afterEach(() => t.close());

  async function completeAll(instanceId: string, variables = {}) {
    for (let round = 0; round < 10; round++) {
      const open = await t.engine.listTasks({ instanceId, state: 'open' });
      if (open.length === 0) return;
      for (const task of open) await t.engine.completeTask(task.id, { variables });
    }
  }

  it('for joins, compensation, escalations, errors, multi-instance, timers, cancellation and incidents', async () => {
    const runs: string[] = [];
    for (const [processId, variables] of [
      ['two-checks', {}],
      ['trip-booking', { valid: false }],
      ['complaint-escalation', {}],
      ['rejected-claim', {}],
      ['refund-batch', {}],
    ] as const) {
      const { id } = await t.engine.start(processId, { variables });
      await completeAll(id, variables);
      runs.push(id);
    }
    const reminder = await t.engine.start('reply-or-reminder');
    t.clock.advance('P1D');
    await t.engine.runDueJobs();
    runs.push(reminder.id);
    const complaint = await t.engine.start('complaint-with-reply');
    t.clock.advance('P2D');
    await t.engine.runDueJobs();
    runs.push(complaint.id);
    const cancelled = await t.engine.start('two-checks');
    await t.engine.cancelInstance(cancelled.id);
    runs.push(cancelled.id);
    const failing = await t.engine.start('call-back-later', { variables: { agreedTime: 'soon' } });
    const [incident] = await t.engine.listIncidents({ instanceId: failing.id, open: true });
    await t.engine.setVariables(failing.id, { agreedTime: '2026-01-05T10:00:00Z' });
    await t.engine.retryIncident(incident!.id);
    await t.engine.runDueJobs();
    await completeAll(failing.id);
    runs.push(failing.id);

    let instances = 0;
    for (const id of runs) {
      // In an instance that ended, every activity instance ended too.
      const ended = (await t.engine.getInstance(id)).status !== 'active';
      for (const instance of activityInstances(await t.engine.history(id))) {
        for (const [key, lines] of instance) {
          const path = activityHistoryPath(lines);
          const where = `${id} ${key}: ${lines.join(', ')}`;
          expect(path, where).toHaveProperty('states');
          if (ended && 'states' in path)
            expect(['completed', 'cancelled'], where).toContain(path.states.at(-1));
          instances++;
        }
      }
    }
    expect(instances).toBeGreaterThan(60);
  });
});
