import { afterEach, describe, expect, it } from 'vitest';
import { startJobLoop } from '../../api/job-loop.ts';
import { ModelError } from '../../engine/errors.ts';
import { startTestEngine, type TestEngine } from '../support/test-engine.ts';

/** A process started by a timer cycle, waiting at a user task. */
const timerStarted = (
  cycle: string,
  processId = 'ticking',
) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
  <bpmn:process id="${processId}" isExecutable="true">
    <bpmn:startEvent id="tick"><bpmn:timerEventDefinition><bpmn:timeCycle>${cycle}</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="tick" targetRef="work" />
    <bpmn:userTask id="work" />
  </bpmn:process>
</bpmn:definitions>`;

const plainStart = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
  <bpmn:process id="ticking" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="work" />
    <bpmn:userTask id="work" />
  </bpmn:process>
</bpmn:definitions>`;

describe('start timer cycles', () => {
  let t: TestEngine;
  afterEach(() => t.close());

  it.each(['R/PT0S', 'R/PT0.001S', 'R/PT30S', '* * * * * ?'])(
    'refuses the cycle %s at deployment, below the minimum of one minute',
    async (cycle) => {
      t = await startTestEngine();
      const deploying = t.engine.deploy({ name: 'ticking.bpmn', xml: timerStarted(cycle) });
      await expect(deploying).rejects.toBeInstanceOf(ModelError);
      await expect(deploying).rejects.toMatchObject({
        details: {
          problems: [expect.objectContaining({ code: 'timer-cycle-too-short', elementId: 'tick' })],
        },
      });
      expect(await t.engine.listJobs({})).toEqual([]);
    },
  );

  it('accepts a shorter cycle where the server is configured for it, but never a zero one', async () => {
    t = await startTestEngine({ limits: { minTimerCycleMs: 0 } });
    await t.engine.deploy({ name: 'ticking.bpmn', xml: timerStarted('R/PT1S') });
    await expect(
      t.engine.deploy({ name: 'zero.bpmn', xml: timerStarted('R/PT0S', 'zero') }),
    ).rejects.toBeInstanceOf(ModelError);
  });

  it('keeps the job id of a cycle short however often it fires', async () => {
    t = await startTestEngine();
    await t.engine.deploy({ name: 'ticking.bpmn', xml: timerStarted('R/PT1M') });
    const [first] = await t.engine.listJobs({});
    for (let i = 0; i < 200; i++) {
      t.clock.advance('PT1M');
      await t.engine.runDueJobs();
    }
    const [job] = await t.engine.listJobs({});
    expect(job!.id.length).toBeLessThanOrEqual(first!.id.length + 20);
    expect(await t.engine.listInstances({ processId: 'ticking' })).toHaveLength(200);
  });

  it('ends the firings of a replaced version, even one re-inserted by a firing under way during the deployment', async () => {
    t = await startTestEngine();
    await t.engine.deploy({ name: 'ticking.bpmn', xml: timerStarted('R/PT1M') });
    const [pending] = await t.engine.listJobs({});
    await t.engine.deploy({ name: 'ticking.bpmn', xml: plainStart });
    expect(await t.engine.listJobs({})).toEqual([]);
    // The firing under way commits after the deployment: it puts the old version's next firing back.
    await t.store.commit({ jobsToInsert: [pending!] });
    t.clock.advance('PT10M');
    await t.engine.runDueJobs();
    expect(await t.engine.listInstances({ processId: 'ticking' })).toEqual([]);
    expect(await t.engine.listJobs({})).toEqual([]);
  });

  it('stops the job loop within the shutdown grace while thousands of firings are due, serving other work meanwhile', async () => {
    t = await startTestEngine();
    await t.engine.deploy({ name: 'ticking.bpmn', xml: timerStarted('R/PT1M') });
    // A server down for a week: every missed minute is due at once.
    t.clock.advance('P7D');
    const loop = startJobLoop(t.engine, t.store, t.clock);
    let served = 0;
    const serve = setInterval(() => served++, 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const stopping = performance.now();
    await loop.stop();
    const stopMs = performance.now() - stopping;
    clearInterval(serve);
    expect(stopMs).toBeLessThan(2000);
    expect(served).toBeGreaterThan(5);
    const started = await t.engine.listInstances({ processId: 'ticking', limit: 20_000 });
    expect(started.length).toBeGreaterThan(0);
    expect(started.length).toBeLessThan(7 * 24 * 60);
  });
});
