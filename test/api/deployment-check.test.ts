import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const diagram = (timer: string) => `<?xml version="1.0"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
  <bpmn:process id="checked" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
    <bpmn:intermediateCatchEvent id="wait">
      <bpmn:timerEventDefinition><bpmn:timeDuration>${timer}</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end" />
    <bpmn:endEvent id="end" />
  </bpmn:process>
</bpmn:definitions>`;

describe('the dry-run deployment the modeler asks first', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists the errors a deployment would meet on their elements, and deploys nothing', async () => {
    const { problems } = await t.json('analyst', 'POST', '/api/deployments/check', {
      name: 'checked.bpmn',
      xml: diagram('in three minutes'),
    });
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', elementId: 'wait', line: expect.any(Number) }),
    ]);
    expect(await t.json('analyst', 'GET', '/api/process-definitions')).toEqual([]);
  });

  it('answers no errors for a diagram that would deploy, and is refused to staff', async () => {
    const { problems } = await t.json('analyst', 'POST', '/api/deployments/check', {
      name: 'checked.bpmn',
      xml: diagram('PT3M'),
    });
    expect(problems.filter((p: { severity: string }) => p.severity === 'error')).toEqual([]);
    const refused = await t.call('front', 'POST', '/api/deployments/check', {
      name: 'x.bpmn',
      xml: diagram('PT3M'),
    });
    expect(refused.status).toBe(403);
  });
});
