import { afterEach, describe, expect, it } from 'vitest';
import { ModelError } from '../../engine/errors.ts';
import { startTestEngine, type TestEngine } from '../support/test-engine.ts';

const definitions = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">${body}
</bpmn:definitions>`;

/** A user task run once per `${count}`, in parallel. */
const fanOut = definitions(`
  <bpmn:process id="fan-out" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="call-customer" />
    <bpmn:userTask id="call-customer">
      <bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>\${count}</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>
    </bpmn:userTask>
    <bpmn:sequenceFlow id="f2" sourceRef="call-customer" targetRef="end" />
    <bpmn:endEvent id="end" />
  </bpmn:process>`);

/** A FEEL script task that loops over `1..size`. */
const feelLoop = definitions(`
  <bpmn:process id="feel-loop" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="sum" />
    <bpmn:scriptTask id="sum" scriptFormat="feel" camunda:resultVariable="total">
      <bpmn:script>sum(for i in 1..size return i)</bpmn:script>
    </bpmn:scriptTask>
    <bpmn:sequenceFlow id="f2" sourceRef="sum" targetRef="review" />
    <bpmn:userTask id="review" />
  </bpmn:process>`);

const processes = (count: number) =>
  definitions(
    Array.from(
      { length: count },
      (_, i) =>
        `<bpmn:process id="p${i}" isExecutable="true"><bpmn:startEvent id="s${i}" /></bpmn:process>`,
    ).join(''),
  );

describe('work one command may ask for', () => {
  let t: TestEngine;
  afterEach(() => t.close());

  it('refuses a multi-instance body of 20,000 instances as an incident naming the limit, at once', async () => {
    t = await startTestEngine();
    await t.engine.deploy({ name: 'fan-out.bpmn', xml: fanOut });
    const started = performance.now();
    const { id } = await t.engine.start('fan-out', { variables: { count: 20_000 } });
    expect(performance.now() - started).toBeLessThan(500);
    const [incident] = await t.engine.listIncidents({ instanceId: id, open: true });
    expect(incident).toMatchObject({ elementId: 'call-customer' });
    expect(incident!.message).toMatch(/20000 instances, more than the limit of 1000/);
    expect(await t.engine.listTasks({ instanceId: id })).toEqual([]);
  });

  it('runs a body at the limit, configurable per server', async () => {
    t = await startTestEngine({ limits: { multiInstanceCardinality: 50 } });
    await t.engine.deploy({ name: 'fan-out.bpmn', xml: fanOut });
    const fifty = await t.engine.start('fan-out', { variables: { count: 50 } });
    expect(await t.engine.listTasks({ instanceId: fifty.id })).toHaveLength(50);
    const more = await t.engine.start('fan-out', { variables: { count: 51 } });
    expect(await t.engine.listIncidents({ instanceId: more.id, open: true })).toHaveLength(1);
  });

  it('stops a FEEL loop over 2,000,000 items at the time limit as an incident', async () => {
    t = await startTestEngine();
    await t.engine.deploy({ name: 'feel-loop.bpmn', xml: feelLoop });
    const small = await t.engine.start('feel-loop', { variables: { size: 100 } });
    expect(small.variables.total).toBe(5050);
    // The limit is wall-clock time; the bound is CPU time, which other work on the machine does
    // not stretch: within 200 ms of wall time the loop gets 200 ms of CPU at most, and building
    // the 2,000,000 items alone took 0.9 s of CPU here.
    const before = process.cpuUsage();
    const { id } = await t.engine.start('feel-loop', { variables: { size: 2_000_000 } });
    const { user, system } = process.cpuUsage(before);
    expect((user + system) / 1000).toBeLessThan(600);
    const [incident] = await t.engine.listIncidents({ instanceId: id, open: true });
    expect(incident!.message).toMatch(/longer than the limit of 200 ms/);
  });

  it('refuses a deployment of 1,000 processes before parsing it, naming the limit', async () => {
    t = await startTestEngine();
    const started = performance.now();
    const deploying = t.engine.deploy({ name: 'many.bpmn', xml: processes(1000) });
    await expect(deploying).rejects.toBeInstanceOf(ModelError);
    await expect(deploying).rejects.toMatchObject({ code: 'too-many-processes' });
    expect(performance.now() - started).toBeLessThan(100);
    await t.engine.deploy({ name: 'fifty.bpmn', xml: processes(50) });
    expect(await t.engine.listDefinitions()).toHaveLength(50);
  });
});
