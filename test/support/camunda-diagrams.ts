import type { Engine } from '../../engine/index.ts';

/** Small diagrams for the `/engine-rest` tests, deployed from memory. */

const head = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs" targetNamespace="https://promesa.dev/test">`;

/** Work for two desks at once: `front-desk` is offered to front-office, `back-desk` to back-office. */
export const twoDesks = `${head}
  <bpmn:process id="two-desks" name="Two desks" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="split" />
    <bpmn:parallelGateway id="split" />
    <bpmn:sequenceFlow id="f2" sourceRef="split" targetRef="front-desk" />
    <bpmn:sequenceFlow id="f3" sourceRef="split" targetRef="back-desk" />
    <bpmn:userTask id="front-desk" name="Answer at the front desk" camunda:candidateGroups="front-office" camunda:priority="70" />
    <bpmn:userTask id="back-desk" name="Resolve at the back desk" camunda:candidateGroups="back-office" camunda:priority="30" />
    <bpmn:sequenceFlow id="f4" sourceRef="front-desk" targetRef="front-done" />
    <bpmn:sequenceFlow id="f5" sourceRef="back-desk" targetRef="back-done" />
    <bpmn:endEvent id="front-done" />
    <bpmn:endEvent id="back-done" />
  </bpmn:process>
</bpmn:definitions>`;

/** Waits for the message `payment-received`, then ends. */
export const awaitPayment = `${head}
  <bpmn:message id="payment-message" name="payment-received" />
  <bpmn:process id="await-payment" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="payment-received" />
    <bpmn:intermediateCatchEvent id="payment-received">
      <bpmn:messageEventDefinition messageRef="payment-message" />
    </bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f2" sourceRef="payment-received" targetRef="paid" />
    <bpmn:endEvent id="paid" />
  </bpmn:process>
</bpmn:definitions>`;

/** Deploys in-memory diagrams by file name. */
export async function deployDiagrams(
  engine: Engine,
  diagrams: Record<string, string>,
): Promise<void> {
  for (const [name, xml] of Object.entries(diagrams)) await engine.deploy({ name, xml });
}
