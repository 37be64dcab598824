import { afterEach, describe, expect, it } from 'vitest';
import { startTestEngine, type TestEngine } from '../support/test-engine.ts';

/** A process whose JavaScript script task writes `result`, then waits at a user task. */
const scripted = (script: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
  <bpmn:process id="scripted" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="calculate" />
    <bpmn:scriptTask id="calculate" scriptFormat="javascript" camunda:resultVariable="result">
      <bpmn:script><![CDATA[${script}]]></bpmn:script>
    </bpmn:scriptTask>
    <bpmn:sequenceFlow id="f2" sourceRef="calculate" targetRef="review" />
    <bpmn:userTask id="review" />
  </bpmn:process>
</bpmn:definitions>`;

describe('JavaScript script tasks', () => {
  let t: TestEngine;
  afterEach(() => t.close());

  async function run(script: string, variables: Record<string, unknown> = {}) {
    await t.engine.deploy({ name: 'scripted.bpmn', xml: scripted(script) });
    const instance = await t.engine.start('scripted', { variables });
    const incidents = await t.engine.listIncidents({ instanceId: instance.id, open: true });
    return { instance: await t.engine.getInstance(instance.id), incidents };
  }

  it('compute from the variables and hand back the last value as JSON', async () => {
    t = await startTestEngine({ allowJavaScript: true });
    const { instance, incidents } = await run(
      'const total = items.reduce((sum, item) => sum + item.price, 0); ({ total, count: variables.items.length })',
      { items: [{ price: 2 }, { price: 3 }] },
    );
    expect(incidents).toEqual([]);
    expect(instance.variables.result).toEqual({ total: 5, count: 2 });
  });

  it.each([
    ['the constructor chain', "this.constructor.constructor('return process')().env"],
    ['a global', 'process.env'],
    ['require', "require('node:fs').readFileSync('/etc/passwd', 'utf8')"],
  ])('reach nothing of the server through %s: the script fails', async (_way, script) => {
    t = await startTestEngine({ allowJavaScript: true });
    const { instance, incidents } = await run(script);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]!.message).toMatch(/is not defined/);
    expect(instance.variables.result).toBeUndefined();
  });

  it('see no server globals at all', async () => {
    t = await startTestEngine({ allowJavaScript: true });
    const { instance } = await run(
      "[typeof process, typeof require, typeof globalThis.fetch, typeof setTimeout, typeof this.constructor.constructor('return this')().process]",
    );
    expect(instance.variables.result).toEqual([
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'undefined',
    ]);
  });

  it('stop an endless loop and memory bombs within the time limit as incidents, and run the next script', async () => {
    t = await startTestEngine({ allowJavaScript: true });
    let started = performance.now();
    const loop = await run('while (true) {}');
    expect(performance.now() - started).toBeLessThan(3000);
    expect(loop.incidents[0]!.message).toMatch(/interrupted/i);

    const doubling = await run('let text = "x"; while (true) text += text;');
    expect(doubling.incidents[0]!.message).toMatch(/string too long|memory/i);

    // Filling arrays at the heap limit keeps QuickJS in native code, where its deadline is not
    // checked: the engine ends the sandbox's thread instead.
    started = performance.now();
    const bomb = await run('const hoard = []; while (true) hoard.push(new Array(1e6).fill(7));');
    expect(performance.now() - started).toBeLessThan(3000);
    expect(bomb.incidents[0]!.message).toMatch(/memory|longer than the limit of 1000 ms/i);

    const after = await run('6 * 7');
    expect(after.instance.variables.result).toBe(42);
  });

  it('turn a result nested past the variable limit into an incident, leaving the instance usable', async () => {
    t = await startTestEngine({ allowJavaScript: true });
    const { instance, incidents } = await run(
      'let deep = {}; for (let i = 0; i < 500; i++) deep = { deep }; deep',
    );
    expect(incidents[0]!.message).toMatch(/limit of 100 levels/);
    await t.engine.cancelInstance(instance.id);
    expect((await t.engine.getInstance(instance.id)).status).toBe('cancelled');
  });

  it('do not run at all unless the server enables them', async () => {
    t = await startTestEngine();
    await expect(
      t.engine.deploy({ name: 'scripted.bpmn', xml: scripted('1 + 1') }),
    ).rejects.toThrow(/javascript/i);
  });
});
